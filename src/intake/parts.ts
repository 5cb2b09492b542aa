// What a reader makes of one event, before normalize.ts turns it into an Incident (title,
// severity, links, resource types), and the two reader tables' entry types.
import type { Incident, Link } from '../generated/incident.js'
import type { Json } from './json.js'

export type Severity = Incident['severity']
export type AlarmState = NonNullable<Incident['state']>

/**
 * The incident's fields as a reader finds them (schemas/incident.schema.json is their source):
 * the title and severity may be left to normalize.ts (the severity a reader finds is the source's
 * own; a dispatch `context.severity` overrides it), and a reader adds what only links need.
 */
export type Parts = Pick<Incident, 'source' | 'detailType' | 'kind' | 'resources' | 'metrics'> &
  Partial<
    Pick<
      Incident,
      | 'id'
      | 'title'
      | 'alarmName'
      | 'alarmArn'
      | 'state'
      | 'previousState'
      | 'eventName'
      | 'account'
      | 'region'
      | 'time'
      | 'description'
      | 'reason'
      | 'alarm'
      | 'severity'
      | 'details'
    >
  > & {
    /** What the title says the event is about; defaults to the first resource. */
    subject?: string
    /** EC2 instance ids named in the event body, for console links. */
    instances: string[]
    links: Link[]
  }

/** What every event of a shape carries, before a source reader adds what it knows. */
export type Base = Omit<Parts, 'kind'>

/** One shape AWS delivers events in (normalize.ts tries them in order). */
export interface Reader {
  name: string
  accepts(event: unknown): boolean
  read(event: unknown): Parts
}

/** One EventBridge source's events (sources/eventbridge.ts tries them in order). */
export interface SourceReader {
  name: string
  /** Decided on the envelope alone: `source` and `detail-type`. */
  accepts(base: Base): boolean
  read(detail: Json, base: Base): Parts
}
