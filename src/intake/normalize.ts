// Turns whatever AWS delivered (an EventBridge event or a PutEvents entry, an SNS-wrapped alarm
// notification, an alarm's Lambda-action payload, or a dispatch payload holding one of those)
// into one Incident: unwrap the dispatch payload, let the first reader that accepts the event
// read it (sources/), then build the incident. Pure: no I/O, and no assumption that the input
// is well-formed. Nothing here recurses into the payload; still, the payload is made safe first
// (sanitize.ts), since normalize is reached by other ways than intake's readPayload (a runbook's
// example incidents, sealed records): the incident keeps the event as `raw`, which later walks
// (redaction, fingerprints, the issue) serialize. A payload intake already made safe comes through
// unchanged and uncopied.
import type { Incident } from '../generated/incident.js'
import { clean, isObject, obj, parseJsonString, str, stringRecord, type Json } from './json.js'
import { linksOf } from './links.js'
import { safeJson } from './sanitize.js'
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

/** How the title of an incident OpsLoop could not read begins. */
export const UNRECOGNIZED = 'Unrecognized incident payload'

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

/** The shapes OpsLoop reads, for every message about a payload it does not. */
export const ACCEPTED_PAYLOADS =
  'OpsLoop reads an EventBridge event (`source`, `detail-type` and `detail`, e.g. a CloudWatch alarm state change), ' +
  'a CloudWatch alarm notification (`AlarmName`, `NewStateValue`) alone or wrapped in SNS (`Records[].Sns.Message` or an SNS `Notification`), ' +
  "an alarm's Lambda action payload (`alarmData`), or a PutEvents entry (`Source`, `DetailType`, `Detail`), " +
  'each by itself or as `event` in the dispatch envelope `{"event": …, "context": …}`'

/** A name from the payload, quoted for a message: one line, short, no backticks. */
function quoted(name: string): string {
  return JSON.stringify(oneLine(name, 40)).replace(/`/g, "'")
}

function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`
}

/** Why an SNS notification's message is not an incident. */
function snsMessageProblem(where: string, message: unknown): string {
  if (message === undefined) return `${where} is missing`
  const parsed = parseJsonString(message)
  if (typeof message === 'string' && parsed === undefined) return `${where} is not JSON`
  if (!isObject(parsed)) return `${where} is ${jsonType(parsed)}, not an object`
  return `${where} is neither a CloudWatch alarm notification (\`AlarmName\`) nor an EventBridge event (\`source\`, \`detail-type\`, \`detail\`)`
}

/**
 * Which field or shape of an event no reader accepted: what the sender has to change. `wrapped`
 * says whether the event came as `event` in a dispatch envelope (`payload` is that envelope).
 */
function notRecognized(event: unknown, payload: unknown): string {
  const wrapped = isObject(payload) && 'event' in payload && event !== payload
  const where = wrapped ? '`event`' : 'the payload'
  if (event === undefined) {
    if (wrapped && typeof payload.event === 'string') return '`event` is a string that is not JSON'
    return `${where} is empty`
  }
  if (Array.isArray(event))
    return event.length === 0
      ? `${where} is an empty list`
      : `${where} is a list whose first item is not a PutEvents entry (\`Source\`, \`DetailType\`)`
  if (!isObject(event)) return `${where} is ${jsonType(event)}, not an object`
  const keys = Object.keys(event)
  if (keys.length === 0) return `${where} is an empty object`
  if ('awslogs' in event)
    return '`awslogs`: a CloudWatch Logs subscription delivery is log data, not an incident (alarm on the logs instead)'
  if ('Records' in event) {
    if (!Array.isArray(event.Records)) return '`Records` is not a list'
    const first: unknown = event.Records[0]
    if (first === undefined) return '`Records` is empty'
    if (!isObject(first) || !isObject(first.Sns)) {
      const from = isObject(first) ? (str(first.eventSource) ?? str(first.EventSource)) : undefined
      return `\`Records[0]\` has no \`Sns\`${from ? ` (it is a record from ${quoted(from)})` : ''}`
    }
    return snsMessageProblem('`Records[0].Sns.Message`', first.Sns.Message)
  }
  if (event.Type === 'Notification') return snsMessageProblem('the SNS `Message`', event.Message)
  if ('Entries' in event) return '`Entries` holds no PutEvents entry (`Source`, `DetailType`)'
  if ('alarmData' in event) return '`alarmData` is not an object'
  if ('AlarmName' in event) return '`AlarmName` is not a non-empty string'
  if ('detail-type' in event) return '`detail-type` is not a string'
  if ('source' in event) {
    if (typeof event.source !== 'string') return '`source` is not a string'
    return 'detail' in event
      ? '`detail` is not an object (nor JSON text holding one), and there is no `detail-type`'
      : 'it has `source` but no `detail-type` or `detail`'
  }
  if ('detail' in event)
    return 'it has `detail` but no `source` or `detail-type` (send the whole EventBridge event, not only its detail)'
  if ('Source' in event || 'DetailType' in event || 'Detail' in event)
    return 'a PutEvents entry needs `DetailType`, or `Source` with `Detail`'
  if ('context' in event)
    return 'it has `context` but no `event`: the dispatch envelope carries the AWS event as `event`'
  const shown = keys.slice(0, 6).map(quoted).join(', ')
  return `none of the fields OpsLoop reads is there (top-level keys: ${shown}${keys.length > 6 ? `, … ${keys.length - 6} more` : ''})`
}

function partsOf(event: unknown, payload: unknown): Parts {
  const reader = READERS.find((r) => r.accepts(event))
  if (reader) return reader.read(event)
  const source = str(obj(event).source)
  return {
    source: source ?? 'unknown',
    detailType: 'unknown',
    kind: 'unrecognized',
    title: `${UNRECOGNIZED}${source ? ` from ${source}` : ''}: ${notRecognized(event, payload)}`,
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

export function normalize(delivered: unknown): Incident {
  const payload = safeJson(delivered).value
  const { event, context } = unwrapDispatch(payload)
  const p = partsOf(event, payload)
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
