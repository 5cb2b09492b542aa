import { describe, expect, it } from '@jest/globals'
import { chartOf, sparkline, summarizeMetric } from '../../src/context/metric-summary.js'
import { mermaidChart } from '../../src/report/incident-issue.js'

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

  it('resamples a chart to at most 40 buckets, keeping peaks, labelled by UTC time', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0)
    const points = Array.from({ length: 120 }, (_, i) => ({
      t: at - (119 - i) * 60_000,
      v: i === 100 ? 900 : i % 4
    }))
    const chart = chartOf(points)
    expect(chart?.times).toHaveLength(40)
    expect(chart?.times[0]).toBe('10:01')
    expect(chart?.values).toContain(900)
    expect(chartOf(points.slice(0, 2))).toBeUndefined()
  })

  it('renders a Mermaid xychart from numbers and times only, with the threshold as a line', () => {
    const chart = { times: ['11:58', '11:59', '12:00'], values: [2, 1.23456789, 400] }
    expect(mermaidChart(chart, 50)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  x-axis ["11:58", "11:59", "12:00"]',
        '  line [2, 1.23457, 400]',
        '  line [50, 50, 50]',
        '```'
      ].join('\n')
    )
    // Nothing but digits and colons reaches a label; a non-finite value is drawn as 0.
    expect(
      mermaidChart({ times: ['1"]\n```<b>'], values: [Number.NaN] }, Number.POSITIVE_INFINITY)
    ).toBe(['```mermaid', 'xychart-beta', '  x-axis ["1"]', '  line [0]', '```'].join('\n'))
  })
})
