// Test helpers for the detector: log events on a fake clock, records, and a sink that collects.
import type { Anomaly, LogEvent, SourceRecord } from '../../src/detect/anomaly.js'
import { Detector } from '../../src/detect/detector.js'
import { MemoryStore } from '../../src/detect/memory-store.js'
import type { AnomalySink } from '../../src/detect/ports.js'
import { parseDetectorConfig, type RawSettings } from '../../src/detect/settings.js'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
/** 2024-05-01T00:00:00Z: every test clock starts here. */
export const T0 = Date.UTC(2024, 4, 1)

export const GROUP = '/aws/lambda/orders'

export const event = (
  t: number,
  message: string,
  logStream = 'stream-a',
  logGroup = GROUP
): LogEvent => ({ logGroup, logStream, timestamp: t, message })

let records = 0
/** A record with a fresh id unless one is given. */
export const record = (events: LogEvent[], id = `record-${++records}`): SourceRecord => ({
  id,
  events
})

export class CollectingSink implements AnomalySink {
  readonly sent: Anomaly[] = []
  /** When set, the next send throws it (once). */
  failNext: Error | undefined

  send(anomalies: readonly Anomaly[]): Promise<void> {
    if (this.failNext !== undefined) {
      const error = this.failNext
      this.failNext = undefined
      return Promise.reject(error)
    }
    this.sent.push(...anomalies)
    return Promise.resolve()
  }
}

/** Short learning and defaults otherwise, unless overridden. */
export function detector(
  settings: RawSettings = {},
  store = new MemoryStore(),
  sink = new CollectingSink()
): { detector: Detector; store: MemoryStore; sink: CollectingSink } {
  const config = parseDetectorConfig({ defaults: { learning: '1h', ...settings } })
  return { detector: new Detector({ store, sink, config }), store, sink }
}

/** `n` lines of one message shape spread evenly over [from, from + span). */
export function spread(
  n: number,
  from: number,
  span: number,
  line: (i: number) => string
): LogEvent[] {
  return Array.from({ length: n }, (_, i) => event(from + Math.floor((span * i) / n), line(i)))
}

/**
 * An hour of a normal log group: a steady INFO line every 10 s, and an ERROR seen during it now
 * and then, so both are known templates after learning.
 */
export function normalHour(from = T0): LogEvent[] {
  const out: LogEvent[] = []
  for (let t = from; t < from + HOUR; t += 10_000) {
    out.push(event(t, `INFO GET /orders/${t % 977} 200 in ${t % 53} ms`))
    if (t % (10 * MINUTE) === 0)
      out.push(event(t + 1, `ERROR payment declined for order ${t % 9973}: card expired`))
  }
  return out
}

/** Events as records of one minute each, in time order. */
export function byMinute(events: readonly LogEvent[]): SourceRecord[] {
  const minutes = new Map<number, LogEvent[]>()
  for (const e of events) {
    const m = Math.floor(e.timestamp / MINUTE)
    const list = minutes.get(m)
    if (list === undefined) minutes.set(m, [e])
    else list.push(e)
  }
  return [...minutes.entries()].sort((a, b) => a[0] - b[0]).map(([, es]) => record(es))
}
