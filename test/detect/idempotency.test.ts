import { describe, expect, it } from '@jest/globals'
import type { Anomaly, SourceRecord } from '../../src/detect/anomaly.js'
import { MemoryStore } from '../../src/detect/memory-store.js'
import {
  byMinute,
  CollectingSink,
  detector,
  event,
  GROUP,
  HOUR,
  MINUTE,
  record,
  spread,
  T0
} from './helpers.js'

/** Learning, then a new error and a burst of a known warning: two anomalies to find. */
function scenario(): SourceRecord[] {
  const warn = (i: number): string => `WARN queue depth ${i} above limit`
  const learning = byMinute([event(T0, 'INFO boot'), ...spread(24, T0, 2 * HOUR, warn)])
  const incident = byMinute([
    ...spread(150, T0 + 2 * HOUR, 5 * MINUTE, warn),
    event(T0 + 2 * HOUR + MINUTE, 'ERROR replica 3 lost quorum'),
    event(T0 + 2 * HOUR + 2 * MINUTE, 'ERROR replica 5 lost quorum')
  ])
  return [...learning, ...incident]
}

const kinds = (sink: CollectingSink): string[] => sink.sent.map((a) => a.kind).sort()

describe('idempotency over at-least-once delivery', () => {
  it('finds the scenario\u2019s two anomalies', async () => {
    const { detector: d, sink } = detector()
    await d.process(scenario())
    expect(kinds(sink)).toEqual(['burst', 'new-template'])
  })

  it('skips a redelivered batch: the same records twice give each anomaly once', async () => {
    const { detector: d, sink, store } = detector()
    const records = scenario()
    await d.process(records)
    const again = await d.process(records)
    expect(again).toMatchObject({ records: 0, skipped: records.length, anomalies: [] })
    expect(kinds(sink)).toEqual(['burst', 'new-template'])
    // A new container (empty caches) over the same store skips them too.
    const other = detector({}, store)
    await other.detector.process(records)
    expect(other.sink.sent).toEqual([])
  })

  it('a redelivery after a crash before `recordDone` counts again but emits nothing again', async () => {
    const records = scenario()
    const store = new MemoryStore()
    const first = detector({}, store)
    await first.detector.process(records)
    // The crash: every record is processed and its anomalies sent, but none marked done.
    const forgetful = Object.assign(Object.create(store) as MemoryStore, {
      wasDone: () => Promise.resolve(false)
    })
    const second = detector({}, forgetful)
    const result = await second.detector.process(records)
    expect(result.records).toBe(records.length)
    expect(second.sink.sent).toEqual([])
    // The cost: the minute counts hold those lines twice.
    const minute = Math.floor((T0 + 2 * HOUR) / MINUTE)
    const keyOf = first.sink.sent.find((a) => a.kind === 'burst')?.templateKey ?? ''
    const counts = await store.counts(GROUP, keyOf, minute, minute + 4)
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(300)
  })

  it('two containers sharing the store, fed overlapping batches at once, emit each anomaly once', async () => {
    const records = scenario()
    const store = new MemoryStore()
    const a = detector({}, store)
    const b = detector({}, store)
    // Overlap: both get the incident; b also gets a copy of it under other record ids (a
    // subscription delivering the same lines twice), interleaved request by request.
    const copies = records.map((r, i) => ({ ...r, id: `copy-${i}` }))
    await Promise.all([a.detector.process(records), b.detector.process([...records, ...copies])])
    const all = [...a.sink.sent, ...b.sink.sent]
    expect(all.map((x) => x.kind).sort()).toEqual(['burst', 'new-template'])
    expect(new Set(all.map((x) => x.id)).size).toBe(2)
  })

  it('releases the claims of a record whose anomalies could not be sent, so its retry sends them', async () => {
    const records = scenario()
    const { detector: d, sink, store } = detector()
    sink.failNext = new Error('EventBridge: ThrottlingException')
    let failures = 0
    // The batch fails at the first record with anomalies; Kinesis retries the batch until done.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await d.process(records)
        break
      } catch (error) {
        expect((error as Error).message).toMatch(/Throttling/)
        failures++
      }
    }
    expect(failures).toBe(1)
    expect(kinds(sink)).toEqual(['burst', 'new-template'])
    // And a container that never saw them cannot claim them any more.
    const late = detector({}, store)
    await late.detector.process(records.map((r, i) => ({ ...r, id: `late-${i}` })))
    expect(late.sink.sent).toEqual([])
  })

  it('keeps the claims of anomalies a sink delivered before it failed: their retry sends only the rest', async () => {
    // A sink that delivers the first anomaly of a send, then fails for the rest, as EventBridge
    // may accept some entries of a request and refuse others.
    class PartlyFailing extends CollectingSink {
      failOnce = true
      override send(anomalies: readonly Anomaly[]): Promise<void> {
        if (!this.failOnce || anomalies.length < 2) return super.send(anomalies)
        this.failOnce = false
        const [first] = anomalies
        if (first === undefined) return Promise.resolve()
        this.sent.push(first)
        return Promise.reject(
          Object.assign(new Error('1 of 2 entries failed'), { sent: [first.id] })
        )
      }
    }
    const sink = new PartlyFailing()
    const { detector: d } = detector({}, new MemoryStore(), sink)
    // Both anomalies in one record.
    const all = scenario().flatMap((r) => r.events)
    const one = record(all, 'the-record')
    await expect(d.process([one])).rejects.toThrow('1 of 2 entries failed')
    await d.process([one])
    const ids = sink.sent.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(kinds(sink)).toEqual(['burst', 'new-template'])
  })

  it('skips blank lines: they have no template', async () => {
    const { detector: d, sink } = detector()
    const blanks = Array.from({ length: 40 }, (_, i) => event(T0 + 2 * HOUR + i * 1_000, '   '))
    const result = await d.process([record([event(T0, 'INFO boot')]), record(blanks)])
    expect(result.invalid).toBe(40)
    expect(sink.sent).toEqual([])
  })

  it('releases what a record claimed when the store fails half way, so the retry emits it', async () => {
    const store = new MemoryStore()
    let failures = 1
    // The store answers claims, then fails the Query that follows a new template's claim, once.
    const flaky = Object.assign(Object.create(store) as MemoryStore, {
      counts: (...args: Parameters<MemoryStore['counts']>) =>
        args[3] - args[2] === 4 && failures-- > 0
          ? Promise.reject(new Error('ProvisionedThroughputExceededException'))
          : store.counts(...args)
    })
    const { detector: d, sink } = detector({}, flaky)
    const records = scenario()
    await expect(d.process(records)).rejects.toThrow(/ProvisionedThroughput/)
    await d.process(records)
    expect(kinds(sink)).toEqual(['burst', 'new-template'])
  })

  it('gives an anomaly the same id whichever container emits it', async () => {
    const run = async (): Promise<string[]> => {
      const { detector: d, sink } = detector()
      await d.process(scenario())
      return sink.sent.map((a) => a.id).sort()
    }
    expect(await run()).toEqual(await run())
  })

  it('leaves out events whose timestamp is not a number, and says so', async () => {
    const { detector: d } = detector()
    const result = await d.process([record([event(Number.NaN, 'ERROR x'), event(T0, 'INFO y')])])
    expect(result).toMatchObject({ events: 2, invalid: 1, records: 1 })
  })
})
