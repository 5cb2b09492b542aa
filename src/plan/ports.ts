// What the plan stage needs from the world: the managed instances that carry a set of tags now,
// so a tag-targeted plan names (and its digest binds) concrete instances.
import type { TaggedInstances } from './plan.js'

export interface InstanceDirectory {
  /** Instances carrying every tag (each with one of its values), and whether each agent is online. */
  tagged(tags: Readonly<Record<string, readonly string[] | undefined>>): Promise<TaggedInstances>
}
