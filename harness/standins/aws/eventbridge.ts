// EventBridge stand-in (AWS JSON 1.1, `X-Amz-Target: AWSEvents.<Operation>`): PutEvents, as the
// model documents it. A request holds 1 to 10 entries whose total size (Time 14 bytes if given,
// then the UTF-8 bytes of Source, DetailType, Detail and each of Resources, as AWS's "Calculating
// PutEvents event entry size" counts it) is at most 256 KB; otherwise the whole request fails
// with ValidationException. Each entry is then answered on its own, in request order: an EventId,
// or an ErrorCode and ErrorMessage (InvalidArgument for a missing Source, DetailType or Detail,
// MalformedDetail for a Detail that is not a JSON object), counted in FailedEntryCount; the call
// itself succeeds. Tests read the accepted events (with their ids and the envelope EventBridge
// delivers) and script per-entry failures such as InternalFailure or ThrottlingException for the
// next entries, to see that a caller retries only the entries that failed.
//
// As EventBridge does, an entry for an event bus that does not exist is accepted (it is dropped
// there); the stand-in records it with the bus it named. Not modelled: rules, targets and
// delivery, archives, global endpoints (EndpointId), the request-wide failure the model mentions
// when no entry has all of Source, DetailType and Detail (each such entry fails instead).
import { AwsError, type JsonService } from './protocol.js'

export interface EventBridgeOptions {
  /** Clock for the Time of entries that give none. */
  now?: () => Date
  region?: string
  accountId?: string
  /** The limit on a request's total entry size, in bytes (default 256 KB, as the model says). */
  maxRequestBytes?: number
}

/** An entry of PutEvents as it arrives on the wire (Time in epoch seconds). */
export interface PutEventsEntry {
  Source?: string
  DetailType?: string
  Detail?: string
  EventBusName?: string
  Resources?: string[]
  Time?: number
  TraceHeader?: string
}

/** An event PutEvents accepted. */
export interface PutEvent {
  EventId: string
  /** The bus the entry named (a name or an ARN), or `default`. */
  EventBusName: string
  Source: string
  DetailType: string
  /** The entry's Detail: a JSON object, as text. */
  Detail: string
  Resources: string[]
  /** The entry's Time, or the time of the call when it gave none. */
  Time: Date
  TraceHeader?: string
  /** The event as EventBridge hands it to rule targets. */
  event: {
    version: '0'
    id: string
    'detail-type': string
    source: string
    account: string
    time: string
    region: string
    resources: string[]
    detail: Record<string, unknown>
  }
}

/** How an entry failed, as PutEvents answers it in `Entries[]`. */
export interface EntryFailure {
  ErrorCode: string
  ErrorMessage: string
}

export interface EventBridgeControl {
  /** Every event accepted, in order. */
  readonly events: readonly PutEvent[]
  /** Every entry answered with an error (invalid or scripted), in order. */
  readonly failedEntries: readonly (EntryFailure & { entry: PutEventsEntry })[]
  /**
   * Makes the next `times` entries that would be accepted fail instead, with `ErrorCode` (default
   * InternalFailure) and the model's message for it unless `ErrorMessage` is given. `when` limits
   * it to the entries it matches (e.g. one DetailType).
   */
  failEntries(
    times: number,
    failure?: { ErrorCode: string; ErrorMessage?: string },
    when?: (entry: PutEventsEntry) => boolean
  ): void
}

const MESSAGES: Record<string, string> = {
  // The model's words for the retryable codes.
  InternalFailure:
    'The request processing has failed because of an unknown error, exception or failure.',
  ThrottlingException: 'The request was denied due to request throttling.',
  AccessDeniedException: 'You do not have sufficient access to perform this action.'
}

const BUS = /^(arn:aws[\w-]*:events:[a-z]{2}-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[.\-_A-Za-z0-9]+$/

const validationError = (message: string) => new AwsError('ValidationException', message)
const constraint = (value: string, member: string, rule: string) =>
  validationError(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ` +
      rule
  )

const utf8 = (text: string | undefined) => Buffer.byteLength(text ?? '', 'utf8')

/** An entry's size as AWS documents it for the PutEvents limit. */
export function entrySize(entry: PutEventsEntry): number {
  return (
    (entry.Time === undefined ? 0 : 14) +
    utf8(entry.Source) +
    utf8(entry.DetailType) +
    utf8(entry.Detail) +
    (entry.Resources ?? []).reduce((n, r) => n + utf8(r), 0)
  )
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function detailObject(detail: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(detail) as unknown
    return isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The whole-request checks, as the model's constraints and the size limit make them. */
function checkRequest(entries: unknown, maxBytes: number): PutEventsEntry[] {
  if (!Array.isArray(entries))
    throw validationError(
      "1 validation error detected: Value null at 'entries' failed to satisfy constraint: " +
        'Member must not be null'
    )
  const shown = `[${entries.map(() => 'PutEventsRequestEntry').join(', ')}]`
  if (entries.length < 1)
    throw constraint(shown, 'entries', 'Member must have length greater than or equal to 1')
  if (entries.length > 10)
    throw constraint(shown, 'entries', 'Member must have length less than or equal to 10')
  const list = entries.map((e) => (isRecord(e) ? e : {})) as PutEventsEntry[]
  list.forEach((entry, i) => {
    const at = (member: string) => `entries.${i + 1}.member.${member}`
    const bus = entry.EventBusName
    if (bus !== undefined && (bus.length < 1 || bus.length > 1600))
      throw constraint(bus, at('eventBusName'), 'Member must have length between 1 and 1600')
    if (bus !== undefined && !BUS.test(bus))
      throw constraint(
        bus,
        at('eventBusName'),
        `Member must satisfy regular expression pattern: ${BUS.source}`
      )
    for (const resource of entry.Resources ?? [])
      if (resource.length > 2048)
        throw constraint(
          resource,
          at('resources'),
          'Member must have length less than or equal to 2048'
        )
    const trace = entry.TraceHeader
    if (trace !== undefined && (trace.length < 1 || trace.length > 500))
      throw constraint(trace, at('traceHeader'), 'Member must have length between 1 and 500')
  })
  if (list.reduce((n, entry) => n + entrySize(entry), 0) > maxBytes)
    throw validationError('Total size of the entries in the request is over the limit.')
  return list
}

/** Why EventBridge refuses an entry on its own, if it does. */
function entryProblem(entry: PutEventsEntry): EntryFailure | undefined {
  const missing = (['Source', 'DetailType', 'Detail'] as const).find(
    (member) => (entry[member] ?? '') === ''
  )
  if (missing !== undefined)
    return {
      ErrorCode: 'InvalidArgument',
      ErrorMessage: `Parameter ${missing} is not valid. Reason: ${missing} is a required argument.`
    }
  if (!detailObject(entry.Detail ?? ''))
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' }
  return undefined
}

export function createEventBridgeService(options: EventBridgeOptions = {}): {
  service: JsonService
  control: EventBridgeControl
} {
  const now = options.now ?? (() => new Date())
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const maxBytes = options.maxRequestBytes ?? 256 * 1024
  const events: PutEvent[] = []
  const failedEntries: (EntryFailure & { entry: PutEventsEntry })[] = []
  const scripted: {
    failure: EntryFailure
    remaining: number
    when?: (entry: PutEventsEntry) => boolean
  }[] = []

  function scriptedFailure(entry: PutEventsEntry): EntryFailure | undefined {
    const script = scripted.find((s) => s.remaining > 0 && (s.when?.(entry) ?? true))
    if (!script) return undefined
    script.remaining--
    return script.failure
  }

  function accept(entry: PutEventsEntry, at: Date): PutEvent {
    const EventId = `e7e00000-0000-4000-8000-${String(events.length + 1).padStart(12, '0')}`
    const Time = entry.Time === undefined ? at : new Date(entry.Time * 1000)
    const accepted: PutEvent = {
      EventId,
      EventBusName: entry.EventBusName ?? 'default',
      Source: entry.Source ?? '',
      DetailType: entry.DetailType ?? '',
      Detail: entry.Detail ?? '{}',
      Resources: [...(entry.Resources ?? [])],
      Time,
      ...(entry.TraceHeader === undefined ? {} : { TraceHeader: entry.TraceHeader }),
      event: {
        version: '0',
        id: EventId,
        'detail-type': entry.DetailType ?? '',
        source: entry.Source ?? '',
        account: accountId,
        time: Time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        region,
        resources: [...(entry.Resources ?? [])],
        detail: detailObject(entry.Detail ?? '') ?? {}
      }
    }
    events.push(accepted)
    return accepted
  }

  function putEvents(input: Record<string, unknown>) {
    if (input.EndpointId !== undefined)
      throw validationError('The EventBridge stand-in does not model global endpoints (EndpointId)')
    const entries = checkRequest(input.Entries, maxBytes)
    const at = now()
    const results = entries.map((entry) => {
      const failure = entryProblem(entry) ?? scriptedFailure(entry)
      if (failure) {
        failedEntries.push({ ...failure, entry })
        return { ...failure }
      }
      return { EventId: accept(entry, at).EventId }
    })
    return {
      FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length,
      Entries: results
    }
  }

  const service: JsonService = {
    targetPrefix: 'AWSEvents',
    jsonVersion: '1.1',
    accessDenied: { iamPrefix: 'events' },
    handle(operation, input) {
      return operation === 'PutEvents' ? putEvents(input) : undefined
    }
  }

  const control: EventBridgeControl = {
    events,
    failedEntries,
    failEntries(times, failure = { ErrorCode: 'InternalFailure' }, when) {
      const ErrorMessage =
        failure.ErrorMessage ?? MESSAGES[failure.ErrorCode] ?? `${failure.ErrorCode} (injected)`
      scripted.push({
        failure: { ErrorCode: failure.ErrorCode, ErrorMessage },
        remaining: times,
        ...(when ? { when } : {})
      })
    }
  }
  return { service, control }
}
