// Order statistics the benchmark tables report: one definition, so every median and p95 in
// `npm run bench` means the same.

/** The value at quantile `q` (0 to 1) of `sorted` (ascending): the nearest rank at or below. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN

/** The median of `times`, in any order. */
export const median = (times: readonly number[]): number =>
  quantile(
    [...times].sort((a, b) => a - b),
    0.5
  )
