// What a reader makes of one event, before normalize.ts turns it into an Incident (title,
// severity, links, resource types), and the two reader tables' entry types.
import type { Alarm, Incident, Link, Metric } from '../generated/incident.js'
import type { Json } from './json.js'

export type Severity = Incident['severity']
export type AlarmState = NonNullable<Incident['state']>

export interface Parts {
  source: string
  detailType: string
  kind: Incident['kind']
  id?: string
  title?: string
  alarmName?: string
  alarmArn?: string
  state?: AlarmState
  previousState?: AlarmState
  eventName?: string
  account?: string
  region?: string
  time?: string
  description?: string
  reason?: string
  alarm?: Alarm
  /** The source's own severity; a dispatch `context.severity` overrides it. */
  severity?: Severity
  /** What the title says the event is about; defaults to the first resource. */
  subject?: string
  resources: string[]
  metrics: Metric[]
  /** EC2 instance ids named in the event body, for console links. */
  instances: string[]
  links: Link[]
  details?: Record<string, string>
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
