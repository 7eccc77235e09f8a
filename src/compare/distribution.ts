import { maxSpeedupWindows, totalQuantileCount, type SpeedupWindow } from '../schemas/compare.ts'
import { sortedQuantile, speedup } from '../stats/summary.ts'

// Bounded summaries of per-job Totals for the pages' CDF and speedup-over-time charts: a report
// carries 21 numbers a side and at most 10 windows, never the up to 10,000 samples behind them.

/** Total at 0%, 5%, ..., 100% of the values (type 7, like the report's p50 and p95); empty without values. */
export function totalQuantiles (values: readonly number[]): number[] {
  if (values.length === 0) return []
  const sorted = [...values].sort((a, b) => a - b)
  return Array.from({ length: totalQuantileCount }, (_, i) => sortedQuantile(sorted, i / (totalQuantileCount - 1)))
}

const meanOf = (values: readonly number[]) => values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length

/** Window k of `count` over n values, oldest first: the values from floor(k n / count) up to floor((k + 1) n / count). */
function window (values: readonly number[], k: number, count: number): number[] {
  return values.slice(Math.floor((k * values.length) / count), Math.floor(((k + 1) * values.length) / count))
}

/**
 * Total speedup over time: each side's Totals, oldest first, cut into the same number of runs of
 * consecutive jobs (at most 10, never more than the smaller side has jobs, so none is empty), and
 * window k of the baseline set against window k of the candidate. In a paired run the sides
 * advance together pair by pair; in live traffic this is a trend, not a pairing.
 */
export function speedupOverTime (baseline: readonly number[], candidate: readonly number[]): SpeedupWindow[] {
  const count = Math.min(maxSpeedupWindows, baseline.length, candidate.length)
  return Array.from({ length: count }, (_, k) => {
    const b = window(baseline, k, count)
    const c = window(candidate, k, count)
    return { window: k, speedup: speedup(meanOf(b), meanOf(c)), n: { baseline: b.length, candidate: c.length } }
  })
}
