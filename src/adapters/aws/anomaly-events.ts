// Where the log anomaly detector's anomalies go (detect/ports.ts AnomalySink): EventBridge
// PutEvents on the stack's bus, as `source: opsloop.logs`, `detail-type: OpsLoop Log Anomaly`,
// each detail a LogAnomaly (schemas/log-anomaly.schema.json, `version: 1`) checked with the
// generated validator before it leaves. The stack's rule sends them to GitHub.
//
// - Requests hold at most 10 entries and 256 KB (EventBridge's limits, its entry size counted as
//   its docs count it); a detail that fails the schema or cannot fit in a request is never sent:
//   it is reported (`onDropped`) and left out, since retrying cannot fix it and blocking the
//   shard on it would stop every other detection.
// - PutEvents answers each entry on its own. Only the entries that failed with a retryable code
//   (InternalFailure, ThrottlingException, as the API reference lists them) are sent again, in
//   order, after each wait of `backoffMs`; then, if any is still unsent, `send` throws an
//   AnomalySendError, so the detector releases the claims and the record is redelivered. The
//   error lists which anomalies did reach the bus (`sent`): the port's "throwing means none was
//   sent" cannot hold for a request EventBridge accepts in part (docs/detector.md).
// - Throttling and 5xx of the whole request are the SDK's to retry (configured in the entry).
import {
  PutEventsCommand,
  type EventBridgeClient,
  type PutEventsRequestEntry
} from '@aws-sdk/client-eventbridge'
import type { Anomaly } from '../../detect/anomaly.js'
import type { AnomalySink } from '../../detect/ports.js'
import type { LogAnomaly } from '../../generated/log-anomaly.js'
import { validate as validLogAnomaly } from '../../generated/validate-log-anomaly.js'
import { LOG_ANOMALY_DETAIL_TYPE, LOG_ANOMALY_SOURCE } from '../../intake/sources/log-anomaly.js'
import { describeAwsError } from '../../util/aws-error.js'

/** PutEvents takes at most this many entries... */
export const MAX_ENTRIES = 10
/** ...whose sizes add up to at most this (EventBridge's 256 KB). */
export const MAX_REQUEST_BYTES = 256 * 1024
/** The entry codes the PutEvents reference lists as retryable. */
const RETRYABLE = new Set(['InternalFailure', 'ThrottlingException'])
const DEFAULT_BACKOFF_MS: readonly number[] = [100, 400, 1600]

export interface AnomalySinkOptions {
  /** The bus's name or ARN. */
  eventBusName: string
  /**
   * The waits before each new try of the entries that failed; their number bounds the retries.
   * Default 100, 400 and 1600 ms (each taken at 50 to 100%); tests pass zeros.
   */
  backoffMs?: readonly number[]
  /** An anomaly that will never be sent (invalid, or too large), and why. Default: ignored. */
  onDropped?: (anomaly: Anomaly, reason: string) => void
  /** An entry that failed and is tried again: its anomaly, the code and the attempt it failed. */
  onRetry?: (anomaly: Anomaly, code: string, attempt: number) => void
}

/** Some anomalies could not be put on the bus; `sent` did reach it (ids, in order). */
export class AnomalySendError extends Error {
  override readonly name = 'AnomalySendError'
  constructor(
    message: string,
    readonly sent: readonly string[],
    readonly failed: readonly { id: string; code: string; message: string }[]
  ) {
    super(message)
  }
}

/**
 * The EventBridge detail for an anomaly (not yet validated): the schema's fields, copied one by
 * one, so nothing the detector adds to its Anomaly leaves without the schema saying so.
 */
export function logAnomalyDetail(anomaly: Anomaly): LogAnomaly {
  return {
    version: 1,
    id: anomaly.id,
    kind: anomaly.kind,
    logGroup: anomaly.logGroup,
    templateKey: anomaly.templateKey,
    template: anomaly.template,
    drainTemplate: anomaly.drainTemplate,
    drainCount: anomaly.drainCount,
    severity: anomaly.severity,
    count: anomaly.count,
    baseline: anomaly.baseline,
    firstSeen: anomaly.firstSeen,
    windowStart: anomaly.windowStart,
    windowEnd: anomaly.windowEnd,
    detectedAt: anomaly.detectedAt,
    examples: anomaly.examples.map((e) => ({
      message: e.message,
      logStream: e.logStream,
      timestamp: e.timestamp
    }))
  }
}

/** Why a detail fails the schema, in one line; undefined when it passes. */
export function detailProblems(detail: unknown): string | undefined {
  if (validLogAnomaly(detail)) return undefined
  return (validLogAnomaly.errors ?? [])
    .map((e) => `${e.instancePath || '(detail)'} ${e.message ?? 'is invalid'}`)
    .join('; ')
}

const utf8 = (text: string | undefined): number => Buffer.byteLength(text ?? '', 'utf8')

/** An entry's size as EventBridge counts it against the request limit. */
export function entrySize(entry: PutEventsRequestEntry): number {
  return (
    (entry.Time === undefined ? 0 : 14) +
    utf8(entry.Source) +
    utf8(entry.DetailType) +
    utf8(entry.Detail) +
    (entry.Resources ?? []).reduce((n, r) => n + utf8(r), 0)
  )
}

interface Pending {
  anomaly: Anomaly
  entry: PutEventsRequestEntry
  size: number
}

/** Consecutive requests of at most MAX_ENTRIES entries and MAX_REQUEST_BYTES. */
function requests(pending: readonly Pending[]): Pending[][] {
  const out: Pending[][] = []
  let current: Pending[] = []
  let bytes = 0
  for (const p of pending) {
    if (current.length === MAX_ENTRIES || bytes + p.size > MAX_REQUEST_BYTES) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(p)
    bytes += p.size
  }
  if (current.length > 0) out.push(current)
  return out
}

const sleep = (ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))

export function eventBridgeAnomalySink(
  client: EventBridgeClient,
  options: AnomalySinkOptions
): AnomalySink {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS

  function pendingOf(anomaly: Anomaly): Pending | undefined {
    const detail = logAnomalyDetail(anomaly)
    const problems = detailProblems(detail)
    if (problems !== undefined) {
      options.onDropped?.(anomaly, `its detail does not match the log anomaly schema: ${problems}`)
      return undefined
    }
    const entry: PutEventsRequestEntry = {
      EventBusName: options.eventBusName,
      Source: LOG_ANOMALY_SOURCE,
      DetailType: LOG_ANOMALY_DETAIL_TYPE,
      Detail: JSON.stringify(detail),
      // The event's time is when the line that made the rule fire was logged.
      Time: new Date(anomaly.detectedAt)
    }
    const size = entrySize(entry)
    if (size > MAX_REQUEST_BYTES) {
      options.onDropped?.(
        anomaly,
        `its event is ${size} bytes, over EventBridge's ${MAX_REQUEST_BYTES} per request`
      )
      return undefined
    }
    return { anomaly, entry, size }
  }

  return {
    async send(anomalies) {
      let pending = anomalies.flatMap((a) => pendingOf(a) ?? [])
      const sent: string[] = []
      for (let attempt = 0; pending.length > 0; attempt++) {
        const failed: { p: Pending; code: string; message: string }[] = []
        for (const batch of requests(pending)) {
          let out
          try {
            out = await client.send(new PutEventsCommand({ Entries: batch.map((p) => p.entry) }))
          } catch (error) {
            // The SDK has retried what it retries; what is left fails the whole send.
            throw new AnomalySendError(
              `PutEvents failed for ${batch.length} log anomal${batch.length === 1 ? 'y' : 'ies'} on ${options.eventBusName}: ${describeAwsError(error)}`,
              sent,
              pending
                .filter((p) => !sent.includes(p.anomaly.id))
                .map((p) => ({
                  id: p.anomaly.id,
                  code: error instanceof Error ? error.name : 'Error',
                  message: error instanceof Error ? error.message : String(error)
                }))
            )
          }
          batch.forEach((p, i) => {
            const result = out.Entries?.[i]
            if (result?.ErrorCode === undefined && result?.EventId !== undefined)
              sent.push(p.anomaly.id)
            else
              failed.push({
                p,
                code: result?.ErrorCode ?? 'NoResult',
                message: result?.ErrorMessage ?? 'PutEvents gave no result for this entry'
              })
          })
        }
        const retryable = failed.every((f) => RETRYABLE.has(f.code))
        const wait = backoff[attempt]
        if (failed.length === 0) return
        if (!retryable || wait === undefined) {
          const [first] = failed
          throw new AnomalySendError(
            `EventBridge refused ${failed.length} of ${anomalies.length} log anomal${anomalies.length === 1 ? 'y' : 'ies'} on ${options.eventBusName} after ${attempt + 1} attempt${attempt === 0 ? '' : 's'} (${first?.code ?? ''}: ${first?.message ?? ''})`,
            sent,
            failed.map((f) => ({ id: f.p.anomaly.id, code: f.code, message: f.message }))
          )
        }
        for (const f of failed) options.onRetry?.(f.p.anomaly, f.code, attempt + 1)
        await sleep(wait * (0.5 + Math.random() / 2))
        pending = failed.map((f) => f.p)
      }
    }
  }
}
