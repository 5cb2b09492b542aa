// A metric around the incident in a few words and a sparkline (Unicode blocks render anywhere,
// GitHub included): the baseline before the incident, the peak, and when it changed.
import type { MetricSeries } from './ports.js'

const BLOCKS = '▁▂▃▄▅▆▇█'
const SPARK_POINTS = 40

/** A series resampled for a chart: bucket start times (`HH:MM` UTC) and the max per bucket. */
export interface MetricChart {
  times: string[]
  values: number[]
}

export interface MetricSummary {
  label: string
  sparkline: string
  /** For a Mermaid chart; absent with fewer than 3 points. */
  chart?: MetricChart
  baseline?: number
  peak?: number
  peakAt?: number
  changedAt?: number
  points: number
  text: string
}

const median = (values: readonly number[]): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const round = (n: number): string =>
  Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3).replace(/\.?0+$/, '')

/** Resamples to at most SPARK_POINTS buckets (max per bucket, so spikes survive). */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return ''
  const buckets: number[] = []
  const size = Math.max(1, Math.ceil(values.length / SPARK_POINTS))
  for (let i = 0; i < values.length; i += size) buckets.push(Math.max(...values.slice(i, i + size)))
  const min = Math.min(...buckets)
  const span = Math.max(...buckets) - min
  return buckets
    .map((v) => BLOCKS[span === 0 ? 0 : Math.min(7, Math.floor(((v - min) / span) * 8))] ?? '')
    .join('')
}

/** At most SPARK_POINTS buckets, max per bucket, each labelled by its first point's time. */
export function chartOf(points: readonly { t: number; v: number }[]): MetricChart | undefined {
  if (points.length < 3) return undefined
  const size = Math.max(1, Math.ceil(points.length / SPARK_POINTS))
  const chart: MetricChart = { times: [], values: [] }
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size)
    chart.times.push(new Date(bucket[0]?.t ?? 0).toISOString().slice(11, 16))
    chart.values.push(Math.max(...bucket.map((p) => p.v)))
  }
  return chart
}

export function summarizeMetric(series: MetricSeries, incidentAt: number): MetricSummary {
  const points = series.timestamps
    .map((t, i) => ({ t, v: series.values[i] ?? NaN }))
    .filter((p) => Number.isFinite(p.v))
    .sort((a, b) => a.t - b.t)
  const values = points.map((p) => p.v)
  const base = median(points.filter((p) => p.t < incidentAt).map((p) => p.v))
  let peak: { t: number; v: number } | undefined
  for (const p of points) if (!peak || p.v > peak.v) peak = p
  // The first point after which the series stays well away from the baseline.
  let changedAt: number | undefined
  if (base !== undefined) {
    const far = (v: number) => Math.abs(v - base) > Math.max(Math.abs(base) * 0.5, 1e-9)
    for (const p of points) {
      if (far(p.v)) {
        changedAt ??= p.t
      } else changedAt = undefined
    }
  }
  const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z')
  const chart = chartOf(points)
  const parts = [
    base !== undefined ? `baseline ${round(base)}` : 'no data before the incident',
    ...(peak ? [`peak ${round(peak.v)} at ${iso(peak.t)}`] : []),
    ...(changedAt !== undefined ? [`changed at ${iso(changedAt)}`] : [])
  ]
  return {
    label: series.label,
    sparkline: sparkline(values),
    ...(chart ? { chart } : {}),
    ...(base !== undefined ? { baseline: base } : {}),
    ...(peak ? { peak: peak.v, peakAt: peak.t } : {}),
    ...(changedAt !== undefined ? { changedAt } : {}),
    points: points.length,
    text: points.length === 0 ? 'no data points in the window' : parts.join(', ')
  }
}
