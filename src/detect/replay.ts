// Replays a log file's lines through the detector with the in-memory store, as the Lambda
// function would see them arrive: for `opsloop watch` and the bench. Lines become records of
// consecutive lines within one minute of log time (at most `recordLines`), in file order.
import type { Anomaly, LogEvent } from './anomaly.js'
import { Detector } from './detector.js'
import { MemoryStore } from './memory-store.js'
import { DetectorConfig } from './settings.js'
import { TimestampReader, type TimestampKind } from './timestamps.js'

export interface ReplayOptions {
  logGroup: string
  /** The stream every line is said to come from. Default: the log group. */
  logStream?: string
  config?: DetectorConfig
  /** The year of syslog stamps, which carry none. */
  year: number
  /** Lines per record at most. Default 500. */
  recordLines?: number
  /** Each anomaly, as the detector emits it, and how the lines are timed. */
  onAnomaly?: (anomaly: Anomaly, timing: ReplaySummary['timing']) => void
  /** Said once: the lines carry no timestamp the reader knows. */
  onWarning?: (text: string) => void
  /** Each line as the detector received it, with its label (bench). */
  onLine?: (event: LogEvent, label: string | undefined) => void
}

export interface ReplaySummary {
  lines: number
  /** How lines were timed: by their own timestamps, or by their order (one second apart). */
  timing: TimestampKind | 'line-order'
  /** Epoch ms (line-order: seconds from 0) of the first and the latest line. */
  first: number
  last: number
  anomalies: Anomaly[]
  suppressed: number
  templates: number
  store: MemoryStore
}

const MINUTE = 60_000

export async function replay(
  lines: AsyncIterable<string> | Iterable<string>,
  options: ReplayOptions
): Promise<ReplaySummary> {
  const store = new MemoryStore()
  const anomalies: Anomaly[] = []
  const detector = new Detector({
    store,
    config: options.config ?? new DetectorConfig(),
    sink: {
      send(found) {
        for (const a of found) {
          anomalies.push(a)
          options.onAnomaly?.(a, timing ?? 'line-order')
        }
        return Promise.resolve()
      }
    }
  })
  const reader = new TimestampReader(options.year)
  const logStream = options.logStream ?? options.logGroup
  const recordLines = options.recordLines ?? 500
  let timing: ReplaySummary['timing'] | undefined
  let count = 0
  let first = Number.NaN
  let last = Number.NaN
  let time = 0
  let batch: LogEvent[] = []
  let records = 0
  let suppressed = 0
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return
    const events = batch
    batch = []
    const result = await detector.process([{ id: `${options.logGroup}#${++records}`, events }])
    suppressed += result.suppressed
  }

  for await (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') continue
    const stamped = timing === 'line-order' ? undefined : reader.read(line)
    if (timing === undefined) {
      timing = stamped?.kind ?? 'line-order'
      if (stamped === undefined)
        options.onWarning?.(
          'the first line has no timestamp this reader knows (ISO 8601, syslog `Mon dd hh:mm:ss`, or Loghub epoch seconds in the second field); timing lines by their order, one second apart'
        )
    }
    // A line without a stamp in a stamped file (a stack trace's) takes the previous line's time.
    if (timing === 'line-order') time = count * 1000
    else if (stamped !== undefined) time = stamped.time
    const event: LogEvent = {
      logGroup: options.logGroup,
      logStream,
      timestamp: time,
      message: stamped?.message ?? line
    }
    options.onLine?.(event, stamped?.label)
    if (
      batch.length >= recordLines ||
      (batch.length > 0 &&
        Math.floor((batch[0]?.timestamp ?? 0) / MINUTE) !== Math.floor(time / MINUTE))
    )
      await flush()
    batch.push(event)
    if (count === 0) first = time
    last = time
    count++
  }
  await flush()
  return {
    lines: count,
    timing: timing ?? 'line-order',
    first,
    last,
    anomalies,
    suppressed,
    templates: store.templateCount,
    store
  }
}
