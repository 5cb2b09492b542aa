import { describe, expect, it } from '@jest/globals'
import { sparkline, summarizeMetric } from '../../src/context/metric-summary.js'

describe('metric summary', () => {
  it('draws a sparkline that keeps spikes when resampling', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█')
    expect(sparkline([1, 1, 1])).toBe('▁▁▁')
    const long = Array.from({ length: 400 }, (_, i) => (i === 201 ? 100 : 1))
    expect(sparkline(long)).toHaveLength(40)
    expect(sparkline(long)).toContain('█')
    expect(sparkline([])).toBe('')
  })

  it('finds the baseline before the incident, the peak and when it changed', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0)
    const timestamps = Array.from({ length: 30 }, (_, i) => at - (25 - i) * 60_000)
    const values = timestamps.map((t) => (t < at - 2 * 60_000 ? 2 : 400))
    const s = summarizeMetric({ label: 'x', timestamps, values }, at)
    expect(s).toMatchObject({ baseline: 2, peak: 400, changedAt: at - 2 * 60_000, points: 30 })
    expect(s.text).toBe(
      'baseline 2, peak 400 at 2026-01-01T11:58:00Z, changed at 2026-01-01T11:58:00Z'
    )
    expect(summarizeMetric({ label: 'y', timestamps: [], values: [] }, at).text).toBe(
      'no data points in the window'
    )
  })
})
