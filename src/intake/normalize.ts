// Turns whatever AWS delivered (an EventBridge event or a PutEvents entry, an SNS-wrapped alarm
// notification, an alarm's Lambda-action payload, or a dispatch payload holding one of those)
// into one Incident: unwrap the dispatch payload, let the first reader that accepts the event
// read it (sources/), then build the incident. Pure: no I/O, and no assumption that the input
// is well-formed.
import type { Incident } from '../generated/incident.js'
import { clean, isObject, obj, parseJsonString, str, stringRecord, type Json } from './json.js'
import { linksOf } from './links.js'
import type { Parts, Reader, Severity } from './parts.js'
import { lastSegment, resourceTypes } from './resources.js'
import { classicAlarm } from './sources/classic-alarm.js'
import { eventBridge } from './sources/eventbridge.js'
import { lambdaAction } from './sources/lambda-action.js'
import { putEventsBatch, putEventsEntry } from './sources/put-events.js'
import { sns } from './sources/sns.js'
import { oneLine } from './text.js'

export { resourceTypeOfArn } from './resources.js'

// Tried in order; the first that accepts reads the event. The order settles payloads that look
// like two shapes at once: a PutEvents list wins over EventBridge fields beside it, and those
// over a single entry's fields, an SNS envelope, `AlarmName` and `alarmData`, in that order.
const READERS: readonly Reader[] = [
  putEventsBatch,
  eventBridge,
  putEventsEntry,
  sns,
  classicAlarm,
  lambdaAction
]

const SEVERITIES = new Set(['low', 'medium', 'high', 'critical'])

/**
 * A dispatch payload is `{event, context}`; anything else is taken to be the event itself.
 * Unlike `wrapEvent` (dispatch.ts), an object that also has `detail-type` or `Records` is an
 * event, and an `event` string that is not JSON becomes `undefined` (normalize keeps the text).
 */
export function unwrapDispatch(payload: unknown): { event: unknown; context: Json } {
  if (
    isObject(payload) &&
    'event' in payload &&
    !('detail-type' in payload) &&
    !('Records' in payload)
  ) {
    return { event: parseJsonString(payload.event), context: obj(payload.context) }
  }
  return { event: payload, context: {} }
}

function partsOf(event: unknown): Parts {
  const reader = READERS.find((r) => r.accepts(event))
  if (reader) return reader.read(event)
  const source = str(obj(event).source)
  return {
    source: source ?? 'unknown',
    detailType: 'unknown',
    kind: 'unrecognized',
    title: `Unrecognized incident payload${source ? ` from ${source}` : ''}`,
    resources: [],
    metrics: [],
    instances: [],
    links: []
  }
}

function titleOf(p: Parts): string {
  const where = p.region ? ` in ${p.region}` : ''
  if (p.title) return oneLine(p.title, 256)
  if (p.kind === 'alarm')
    return oneLine(`${p.alarmName ?? 'CloudWatch alarm'} is ${p.state ?? 'changed'}${where}`, 256)
  const type = p.detailType === 'unknown' ? `Event from ${p.source}` : p.detailType
  const what = p.eventName && p.eventName !== type ? `${type}: ${p.eventName}` : type
  const subject = p.subject ?? (p.resources[0] ? lastSegment(p.resources[0]) : undefined)
  return oneLine(`${what}${subject ? ` on ${subject}` : ''}${where}`, 256)
}

function severityOf(context: Json, p: Parts): Severity {
  const declared = str(context.severity)?.toLowerCase()
  if (declared && SEVERITIES.has(declared)) return declared as Severity
  return p.severity ?? 'medium'
}

export function normalize(payload: unknown): Incident {
  const { event, context } = unwrapDispatch(payload)
  const p = partsOf(event)
  const links = linksOf(p)
  // An `event` that is not JSON is kept as the text that arrived.
  const raw = event === undefined && isObject(payload) ? payload.event : event
  return clean({
    source: p.source,
    id: p.id,
    detailType: p.detailType,
    kind: p.kind,
    title: titleOf(p),
    alarmName: p.alarmName,
    alarmArn: p.alarmArn,
    state: p.state,
    previousState: p.previousState,
    eventName: p.eventName,
    severity: severityOf(context, p),
    account: p.account,
    region: p.region,
    time: p.time,
    description: p.description,
    reason: p.reason,
    alarm: p.alarm,
    resources: p.resources,
    resourceTypes: resourceTypes(p.resources, p.metrics),
    metrics: p.metrics,
    tags: stringRecord(context.tags),
    context,
    links: links.length > 0 ? links : undefined,
    details: p.details,
    raw: raw ?? null
  })
}
