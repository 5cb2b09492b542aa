// What the plan stage needs from the world: the managed instances that carry a set of tags now,
// so a tag-targeted plan names (and its digest binds) concrete instances.
import type { PlanTargets, TaggedInstances } from './plan.js'

export interface InstanceDirectory {
  /** Instances carrying every tag (each with one of its values), and whether each agent is online. */
  tagged(tags: Readonly<Record<string, readonly string[] | undefined>>): Promise<TaggedInstances>
}

/**
 * The instances carrying a tag plan's tags, never throwing: no directory (no AWS access) or a
 * failed lookup is an answer too, which leaves the plan unapprovable or stops the run.
 */
export async function taggedInstances(
  directory: InstanceDirectory | undefined,
  targets: Extract<PlanTargets, { kind: 'tags' }>
): Promise<TaggedInstances> {
  if (!directory) return { ok: false, reason: 'this job has no AWS access to list them' }
  try {
    return await directory.tagged(targets.tags)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
