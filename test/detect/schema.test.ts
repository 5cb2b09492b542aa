import { describe, expect, it } from '@jest/globals'
import { validate } from '../../src/generated/validate-log-anomaly.js'
import { byMinute, detector, event, HOUR, MINUTE, record, spread, T0 } from './helpers.js'

describe('what the detector emits', () => {
  it('is a valid log anomaly detail (schemas/log-anomaly.schema.json), both kinds', async () => {
    const { detector: d, sink } = detector()
    const warn = (i: number): string => `WARN queue depth ${i} above limit`
    await d.process(byMinute([event(T0, 'INFO boot'), ...spread(24, T0, 2 * HOUR, warn)]))
    await d.process(byMinute(spread(150, T0 + 2 * HOUR, 5 * MINUTE, warn)))
    await d.process([
      record([
        event(T0 + 2 * HOUR, `FATAL ${'x'.repeat(3000)} with a very long line`, 's'.repeat(600))
      ])
    ])
    expect(sink.sent.map((a) => a.kind).sort()).toEqual(['burst', 'new-template'])
    for (const anomaly of sink.sent) {
      const ok = validate(anomaly)
      expect({ ok, errors: validate.errors ?? null }).toEqual({ ok: true, errors: null })
    }
  })
})
