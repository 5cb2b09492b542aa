import { describe, expect, it } from '@jest/globals'
import { findBurst, newTemplateDue } from '../../src/detect/anomaly.js'
import { parseDetectorConfig } from '../../src/detect/settings.js'
import {
  byMinute,
  detector,
  event,
  HOUR,
  MINUTE,
  normalHour,
  record,
  spread,
  T0
} from './helpers.js'

const settings = parseDetectorConfig({ defaults: { learning: '1h' } }).defaults

describe('new template', () => {
  it('is an error, warn or fatal template first seen after learning, reported once', async () => {
    const { detector: d, sink } = detector()
    await d.process(byMinute(normalHour()))
    expect(sink.sent).toEqual([])
    const at = T0 + HOUR + 5 * MINUTE
    await d.process([
      record([
        event(at, 'ERROR connection to 10.0.0.7:5432 refused', 'i-0abc'),
        event(at + 1000, 'ERROR connection to 10.0.0.9:5432 refused', 'i-0def')
      ])
    ])
    await d.process([record([event(at + 2 * MINUTE, 'ERROR connection to 10.0.3.1:5432 refused')])])
    expect(sink.sent).toHaveLength(1)
    expect(sink.sent[0]).toMatchObject({
      kind: 'new-template',
      logGroup: '/aws/lambda/orders',
      severity: 'error',
      template: 'ERROR connection to <*> refused',
      count: 2,
      baseline: 0,
      firstSeen: at,
      windowStart: at,
      windowEnd: at + 5 * MINUTE,
      detectedAt: at,
      examples: [
        {
          message: 'ERROR connection to 10.0.0.7:5432 refused',
          logStream: 'i-0abc',
          timestamp: at
        },
        {
          message: 'ERROR connection to 10.0.0.9:5432 refused',
          logStream: 'i-0def',
          timestamp: at + 1000
        }
      ]
    })
    expect(sink.sent[0]?.templateKey).toMatch(/^[0-9a-f]{16}$/)
    expect(sink.sent[0]?.id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('is not reported during the learning period, nor later for a template learnt then', async () => {
    const { detector: d, sink } = detector()
    await d.process([record([event(T0, 'INFO service started')])])
    await d.process([record([event(T0 + 30 * MINUTE, 'ERROR disk /dev/xvda1 is 91% full')])])
    await d.process([record([event(T0 + 2 * HOUR, 'ERROR disk /dev/xvdb1 is 97% full')])])
    expect(sink.sent).toEqual([])
  })

  it('never reports info (or unlevelled) templates as new, whatever is configured', async () => {
    const { detector: d, sink } = detector()
    await d.process([record([event(T0, 'ERROR boot')])])
    await d.process([
      record([
        event(T0 + 2 * HOUR, 'INFO a brand new message'),
        event(T0 + 2 * HOUR, 'a line with no level at all'),
        event(T0 + 2 * HOUR, 'DEBUG cache warmed'),
        event(T0 + 2 * HOUR, 'WARN a new warning'),
        event(T0 + 2 * HOUR, 'FATAL a new fatal'),
        event(T0 + 2 * HOUR, 'Exception in thread "main" java.lang.NullPointerException')
      ])
    ])
    expect(sink.sent.map((a) => [a.kind, a.severity]).sort()).toEqual([
      ['new-template', 'error'],
      ['new-template', 'fatal'],
      ['new-template', 'warn']
    ])
    for (const severity of ['info'] as const)
      expect(newTemplateDue(severity, T0 + 2 * HOUR, T0, T0 + 2 * HOUR, settings)).toBe(false)
  })

  it('reports only the configured severities', async () => {
    const { detector: d, sink } = detector({ newSeverities: ['fatal'] })
    await d.process([record([event(T0, 'INFO boot')])])
    await d.process([
      record([event(T0 + 2 * HOUR, 'ERROR new error'), event(T0 + 2 * HOUR, 'FATAL new fatal')])
    ])
    expect(sink.sent.map((a) => a.severity)).toEqual(['fatal'])
  })

  it('is due within one cooldown of the first sight only', () => {
    const first = T0 + 2 * HOUR
    expect(newTemplateDue('error', first, T0, first, settings)).toBe(true)
    expect(newTemplateDue('error', first, T0, first + 29 * MINUTE, settings)).toBe(true)
    expect(newTemplateDue('error', first, T0, first + 30 * MINUTE, settings)).toBe(false)
    expect(newTemplateDue('error', T0 + 59 * MINUTE, T0, T0 + 2 * HOUR, settings)).toBe(false)
  })

  it('is capped per log group per cooldown; the rest are counted as suppressed', async () => {
    const { detector: d, sink } = detector({ newTemplateBudget: 3 })
    await d.process([record([event(T0, 'INFO boot')])])
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo']
    const result = await d.process([
      record(words.map((w) => event(T0 + 2 * HOUR, `ERROR ${w} subsystem failed`)))
    ])
    expect(sink.sent).toHaveLength(3)
    expect(result.suppressed).toBe(2)
    // The next cooldown window has a budget again.
    await d.process([record([event(T0 + 3 * HOUR, 'ERROR foxtrot subsystem failed')])])
    expect(sink.sent).toHaveLength(4)
  })
})

describe('burst', () => {
  const pool = (i: number): string => `WARN connection pool exhausted, waited ${i % 97} ms`

  it('is a window count ≥ minCount and ≥ factor × the mean per window before it', async () => {
    const { detector: d, sink } = detector()
    // Baseline: 2 lines a minute for 2 hours, i.e. 10 per 5-minute window.
    await d.process(byMinute(spread(240, T0, 2 * HOUR, pool)))
    expect(sink.sent).toEqual([])
    // 49 in 5 minutes (< 5 × 10): not a burst.
    await d.process(byMinute(spread(49, T0 + 2 * HOUR, 5 * MINUTE, pool)))
    expect(sink.sent).toEqual([])
    // Then 200 in the next 5 minutes: a burst.
    await d.process(byMinute(spread(200, T0 + 2 * HOUR + 5 * MINUTE, 5 * MINUTE, pool)))
    expect(sink.sent).toHaveLength(1)
    const burst = sink.sent[0]
    expect(burst).toMatchObject({ kind: 'burst', severity: 'warn' })
    expect(burst?.count).toBeGreaterThanOrEqual(50)
    expect(burst?.baseline).toBeGreaterThan(9)
    expect(burst?.baseline).toBeLessThan(16)
    expect((burst?.windowEnd ?? 0) - (burst?.windowStart ?? 0)).toBe(5 * MINUTE)
  })

  it('needs the minimum count even from a zero baseline', () => {
    const counts = new Map<number, number>()
    const minute = Math.floor((T0 + 2 * HOUR) / MINUTE)
    counts.set(minute, 19)
    expect(findBurst((m) => counts.get(m) ?? 0, minute, T0, settings)).toBeUndefined()
    counts.set(minute, 20)
    expect(findBurst((m) => counts.get(m) ?? 0, minute, T0, settings)).toEqual({
      count: 20,
      baseline: 0,
      windowStart: (minute - 4) * MINUTE,
      windowEnd: (minute + 1) * MINUTE
    })
  })

  it('takes the baseline over what was observed, and gives no verdict in learning', () => {
    const minute = Math.floor((T0 + 70 * MINUTE) / MINUTE)
    // 4 per minute since T0: 20 per window; 100 now is exactly 5× → a burst.
    const count = (m: number): number => (m === minute ? 84 : 4)
    const found = findBurst(count, minute, T0, settings)
    expect(found?.baseline).toBe(20)
    expect(found?.count).toBe(100)
    // The same counts 10 minutes into the group's life: still learning.
    expect(findBurst(count, minute, T0 + 60 * MINUTE, settings)).toBeUndefined()
    // Bursts off.
    expect(findBurst(count, minute, T0, { ...settings, burst: false })).toBeUndefined()
  })

  it('is reported once per cooldown window, then again in a later one', async () => {
    const { detector: d, sink } = detector()
    const storm = (from: number): ReturnType<typeof spread> => spread(90, from, 3 * MINUTE, pool)
    await d.process(byMinute(spread(12, T0, 2 * HOUR, pool)))
    // 02:00 and 02:10 are in one cooldown window (02:00–02:30); 03:40 is in another, and more
    // than an hour after the last storm, so its baseline is quiet again.
    await d.process(byMinute(storm(T0 + 2 * HOUR)))
    await d.process(byMinute(storm(T0 + 2 * HOUR + 10 * MINUTE)))
    await d.process(byMinute(storm(T0 + 3 * HOUR + 40 * MINUTE)))
    expect(
      sink.sent.map((a) => [a.kind, new Date(a.detectedAt).toISOString().slice(11, 16)])
    ).toEqual([
      ['burst', '02:00'],
      ['burst', '03:40']
    ])
  })

  it('is not reported for a template reported new in the same cooldown', async () => {
    const { detector: d, sink } = detector()
    await d.process([record([event(T0, 'INFO boot')])])
    await d.process(
      byMinute(spread(100, T0 + 2 * HOUR, 2 * MINUTE, (i) => `ERROR upstream 503 for order ${i}`))
    )
    expect(sink.sent.map((a) => a.kind)).toEqual(['new-template'])
    // Counted when reported: the first minute's 50 lines.
    expect(sink.sent[0]?.count).toBe(50)
  })
})
