// When the symptom began: a change point in a metric's history, not the moment the alarm fired
// (alarms wait for several datapoints, so a change that landed "just before the page" may have
// landed after the symptom began). Pure: series in, a time out.

/** A series as `[epoch ms, value]`, oldest first. */
export type Points = readonly (readonly [number, number])[]

/** How many points before a candidate onset form its baseline, at least. */
const MIN_BASELINE = 5
/** A point departs from the baseline when it is this many robust deviations away… */
const DEVIATIONS = 4
/** …and at least this share of the baseline's level (a flat zero baseline has no deviation). */
const RELATIVE_FLOOR = 0.5

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

/**
 * The time of the first point that departs upward from everything before it (median + 4 median
 * absolute deviations, and half the median or 1 above it) and stays departed in at least two of
 * the next three points: the onset of a rise in errors or latency. Undefined when the series
 * never departs, or departs before it has a baseline.
 */
export function changePoint(points: Points): number | undefined {
  for (let i = MIN_BASELINE; i < points.length; i++) {
    const before = points.slice(0, i).map((p) => p[1])
    const level = median(before)
    const mad = median(before.map((v) => Math.abs(v - level)))
    const bar = level + Math.max(DEVIATIONS * mad * 1.4826, RELATIVE_FLOOR * Math.abs(level), 1)
    const departs = (j: number): boolean => (points[j]?.[1] ?? -Infinity) > bar
    if (!departs(i)) continue
    const next = [i + 1, i + 2, i + 3].filter((j) => j < points.length)
    if (next.length === 0 || next.filter(departs).length >= Math.min(2, next.length))
      return points[i]?.[0]
  }
  return undefined
}

/** The mean of the values in [from, to). */
export function meanBetween(points: Points, from: number, to: number): number | undefined {
  const xs = points.filter(([t]) => t >= from && t < to).map(([, v]) => v)
  return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length
}
