// A Kinesis batch of CloudWatch Logs subscription records, as Lambda hands it to the detector
// function, and the answer Lambda reads back (ReportBatchItemFailures).
//
// Decoding. Each Kinesis record's `data` is base64 of gzip of one subscription message (JSON):
// `DATA_MESSAGE` with `logGroup`, `logStream` and `logEvents` ([{id, timestamp, message}]), or
// `CONTROL_MESSAGE`, which CloudWatch sends to check that the destination is reachable and which
// carries no log event. A data message becomes one SourceRecord whose id is the record's
// `eventID` (shard id and sequence number), the same on every redelivery of the record.
//
// Processing, in the batch's order (one shard, or one partition-key slice of it with
// ParallelizationFactor): each record goes to the detector on its own, so the first failure
// names its record, and the answer is the checkpoint Lambda keeps:
// - everything succeeded: no failures;
// - record i failed (the store or the bus failed, or it is poison: not base64, not gzip, not a
//   subscription message): `batchItemFailures: [{ itemIdentifier: <its sequence number> }]`.
//   Lambda checkpoints before it and retries from it; the records before it are done.
// - but when that record is the batch's first and others follow it, no checkpoint can move, so
//   the function fails instead: with BisectBatchOnFunctionError Lambda splits the batch in two
//   (which spends no retry) until the bad record is alone, retries it MaximumRetryAttempts times
//   and sends its metadata (shard, sequence numbers) to the on-failure destination, then goes
//   on. Reporting a poison record at the head of a batch would instead retry the whole batch as
//   one and, retries spent, discard every good record after it with it.
// A poison record is reported, not skipped: skipping would lose it without a trace, while
// reported it reaches the on-failure queue (and its alarm) and can be read from the stream within
// its retention. Its cost is the retries, bounded by MaximumRetryAttempts and
// MaximumRecordAgeInSeconds. Records skipped as already done cost one GetItem each.
// When the invocation is about to time out, the records not yet started are reported failed
// (from the first of them), so a slow batch makes progress instead of failing whole.
import { gunzipSync } from 'node:zlib'
import type { LogEvent, SourceRecord } from '../../detect/anomaly.js'
import type { ProcessResult } from '../../detect/detector.js'
import { describeAwsError } from '../../util/aws-error.js'

/** A record of a Kinesis event as Lambda delivers it (the fields read here). */
export interface KinesisStreamRecord {
  /** `shardId-...:<sequence number>`. */
  eventID?: string
  eventSourceARN?: string
  kinesis: {
    /** Base64. */
    data: string
    sequenceNumber: string
    partitionKey?: string
    approximateArrivalTimestamp?: number
  }
}

export interface KinesisStreamEvent {
  Records: KinesisStreamRecord[]
}

/** ReportBatchItemFailures: the sequence number Lambda retries from (none: all done). */
export interface KinesisBatchResponse {
  batchItemFailures: { itemIdentifier: string }[]
}

export type DecodedRecord =
  { kind: 'data'; record: SourceRecord } | { kind: 'control' } | { kind: 'poison'; reason: string }

/** Decompressed bytes a record may hold; CloudWatch sends at most about 1 MB of events. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A record's id, stable across redeliveries: its eventID, else its sequence number. */
export function recordId(record: KinesisStreamRecord): string {
  return record.eventID !== undefined && record.eventID !== ''
    ? record.eventID
    : `sequence:${record.kinesis.sequenceNumber}`
}

/** One Kinesis record as the detector reads it, or why it cannot be read. */
export function decodeRecord(record: KinesisStreamRecord): DecodedRecord {
  const data = record.kinesis.data
  if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data))
    return { kind: 'poison', reason: 'its data is not base64' }
  let text: string
  try {
    text = gunzipSync(Buffer.from(data, 'base64'), {
      maxOutputLength: MAX_DECODED_BYTES
    }).toString('utf8')
  } catch (error) {
    return {
      kind: 'poison',
      reason: `its data is not gzip of at most ${MAX_DECODED_BYTES} bytes (${(error as Error).message})`
    }
  }
  let message: unknown
  try {
    message = JSON.parse(text)
  } catch {
    return { kind: 'poison', reason: 'its data is gzip but not JSON' }
  }
  if (!isObject(message))
    return { kind: 'poison', reason: 'its data is not a subscription message (a JSON object)' }
  if (message.messageType === 'CONTROL_MESSAGE') return { kind: 'control' }
  if (message.messageType !== 'DATA_MESSAGE')
    return {
      kind: 'poison',
      reason: `its messageType is ${JSON.stringify(message.messageType)}, not DATA_MESSAGE or CONTROL_MESSAGE`
    }
  const { logGroup, logStream, logEvents } = message
  if (typeof logGroup !== 'string' || logGroup === '' || typeof logStream !== 'string')
    return { kind: 'poison', reason: 'its subscription message has no logGroup or logStream' }
  if (!Array.isArray(logEvents))
    return { kind: 'poison', reason: 'its subscription message has no logEvents list' }
  const events: LogEvent[] = []
  for (const [i, e] of logEvents.entries()) {
    // A timestamp that is not a number reaches the detector, which counts it as invalid.
    if (!isObject(e) || typeof e.message !== 'string')
      return { kind: 'poison', reason: `its logEvents[${i}] has no message text` }
    events.push({
      logGroup,
      logStream,
      timestamp: typeof e.timestamp === 'number' ? e.timestamp : Number.NaN,
      message: e.message,
      ...(typeof e.id === 'string' ? { id: e.id } : {})
    })
  }
  return { kind: 'data', record: { id: recordId(record), events } }
}

/** The detector as a batch needs it: records in, a result or an error out. */
export interface RecordProcessor {
  process(records: readonly SourceRecord[]): Promise<ProcessResult>
}

/** What one invocation did, for its log line. */
export interface BatchSummary {
  records: number
  processed: number
  /** Already done before (redeliveries). */
  skipped: number
  control: number
  events: number
  invalidEvents: number
  anomalies: number
  suppressed: number
  /** The sequence number Lambda retries from, when not everything was done. */
  failedAt?: string
  failure?: string
}

/** The function failed on the batch's first record: Lambda splits the batch and retries. */
export class BatchHeadError extends Error {
  override readonly name = 'BatchHeadError'
}

export interface BatchOptions {
  /** Milliseconds this invocation has left (Lambda's context); undefined: no limit. */
  remainingMs?: () => number
  /** Stop starting records when fewer ms than this are left. Default 10 s. */
  reserveMs?: number
  /** A record that could not be processed, with why. */
  onFailure?: (record: KinesisStreamRecord, reason: string) => void
}

/** Processes a batch in order; see the file comment for what the answer says. */
export async function processBatch(
  event: KinesisStreamEvent,
  detector: RecordProcessor,
  options: BatchOptions = {}
): Promise<{ response: KinesisBatchResponse; summary: BatchSummary }> {
  const records = event.Records
  const reserve = options.reserveMs ?? 10_000
  const summary: BatchSummary = {
    records: records.length,
    processed: 0,
    skipped: 0,
    control: 0,
    events: 0,
    invalidEvents: 0,
    anomalies: 0,
    suppressed: 0
  }
  const fail = (i: number, reason: string) => {
    const record = records[i]
    if (record === undefined) throw new Error(`no record ${i} in a batch of ${records.length}`)
    summary.failedAt = record.kinesis.sequenceNumber
    summary.failure = reason
    options.onFailure?.(record, reason)
    if (i === 0 && records.length > 1)
      throw new BatchHeadError(
        `The batch's first record (sequence number ${record.kinesis.sequenceNumber}) failed: ${reason}. The function fails so that Lambda splits the batch (BisectBatchOnFunctionError) and the records after it go on.`
      )
    return { response: { batchItemFailures: [{ itemIdentifier: summary.failedAt }] }, summary }
  }
  for (const [i, raw] of records.entries()) {
    // Out of time: stop before a record, not in the middle of one (i = 0 always starts).
    if (i > 0 && options.remainingMs !== undefined && options.remainingMs() < reserve)
      return fail(i, 'the invocation was about to time out before this record')
    const decoded = decodeRecord(raw)
    if (decoded.kind === 'control') {
      summary.control++
      continue
    }
    if (decoded.kind === 'poison') return fail(i, `it cannot be read: ${decoded.reason}`)
    let result: ProcessResult
    try {
      result = await detector.process([decoded.record])
    } catch (error) {
      return fail(i, describeAwsError(error))
    }
    summary.processed += result.records
    summary.skipped += result.skipped
    summary.events += result.events
    summary.invalidEvents += result.invalid
    summary.anomalies += result.anomalies.length
    summary.suppressed += result.suppressed
  }
  return { response: { batchItemFailures: [] }, summary }
}
