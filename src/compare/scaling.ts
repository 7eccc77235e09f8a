// Where ring SP pays: each observed workload's speedup against its size in tokens (the DiT's
// sequence length), and the size below which the candidate is slower than the baseline. Ring
// attention's cost is K/V passing per layer and step, its gain grows with the sequence, so the
// speedup is expected to rise with tokens and cross 1.00x somewhere.
import type { Crossover, Scaling, ScalingPoint, SpeedupPoint, TimingRow, WorkloadEntry } from '../schemas/compare.ts'
import { row, type SideStats } from './report.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'

export interface SizedSpeedup {
  tokens: number
  speedup: number
}

const count = (tokens: number) => Math.round(tokens).toLocaleString('en-US')

/** Speedups at one size (two shapes can have the same tokens, 1280x704 and 704x1280) are one point: their geometric mean. */
function bySize (points: readonly SizedSpeedup[]): SizedSpeedup[] {
  const groups = new Map<number, number[]>()
  for (const { tokens, speedup } of points) {
    if (!(tokens > 0 && speedup > 0 && Number.isFinite(speedup))) continue
    groups.set(tokens, [...groups.get(tokens) ?? [], speedup])
  }
  return [...groups].map(([tokens, speedups]) => ({ tokens, speedup: Math.exp(speedups.reduce((a, s) => a + Math.log(s), 0) / speedups.length) }))
    .sort((a, b) => a.tokens - b.tokens)
}

/**
 * The crossover: where the speedup crosses 1.00x between two adjacent observed sizes, the
 * speedup taken as linear in log tokens between them (0.8x at 2,000 and 1.2x at 8,000 cross at
 * 4,000). Several crossings (noise): the one at the largest size, past which the candidate stays
 * on one side. None: not reached in the observed range, and which side of it a crossover lies.
 */
export function crossoverOf (observed: readonly SizedSpeedup[]): Crossover {
  const points = bySize(observed)
  if (points.length === 0) return { tokens: null, status: 'no data', faster: null, note: 'no workload has a speedup yet' }
  const low = points[0]!
  const high = points[points.length - 1]!
  for (let i = points.length - 2; i >= 0; i--) {
    const a = points[i]!
    const b = points[i + 1]!
    if ((a.speedup - 1) * (b.speedup - 1) > 0 || (a.speedup === 1 && b.speedup === 1)) continue
    const fraction = (1 - a.speedup) / (b.speedup - a.speedup)
    const tokens = Math.exp(Math.log(a.tokens) + fraction * (Math.log(b.tokens) - Math.log(a.tokens)))
    const faster = b.speedup > a.speedup ? 'above' : 'below'
    const between = `interpolated between ${count(a.tokens)} (${a.speedup.toFixed(2)}x) and ${count(b.tokens)} tokens (${b.speedup.toFixed(2)}x)`
    const slower = faster === 'above' ? 'below' : 'above'
    return { tokens, status: 'crossed', faster, note: `slower than the baseline ${slower} about ${count(tokens)} tokens, faster ${faster} (${between})` }
  }
  const range = points.length === 1 ? `at the only size observed, ${count(low.tokens)} tokens` : `from ${count(low.tokens)} to ${count(high.tokens)} tokens`
  if (low.speedup > 1) {
    const note = `not reached in the observed range: faster ${range}, so any crossover lies below ${count(low.tokens)} tokens`
    return { tokens: null, status: 'not reached', faster: 'throughout', note }
  }
  const note = `not reached in the observed range: slower ${range}, so any crossover lies above ${count(high.tokens)} tokens`
  return { tokens: null, status: 'not reached', faster: 'nowhere', note }
}

/** One workload's rows, as a report over its samples alone gives them. */
export interface WorkloadRows {
  key: string
  name: string | null
  tokens: number | null
  denoising: TimingRow | null
  total: TimingRow
}

const pointOf = (row: TimingRow | null): SpeedupPoint => ({
  speedup: row?.speedup ?? null,
  ci95: row?.speedup_ci95 ?? null,
  n: { baseline: row?.baseline.n ?? 0, candidate: row?.candidate.n ?? 0 }
})

/**
 * Speedup against size, Denoising and Total, with each workload's interval, smallest work first.
 * `other` pools shapes of different sizes and has no size: it is left out.
 */
export function scalingOf (rows: readonly WorkloadRows[]): Scaling {
  const points: ScalingPoint[] = rows
    .filter((row) => row.key !== OTHER_WORKLOAD && row.tokens !== null)
    .map((row) => ({ workload: row.key, name: row.name, tokens: row.tokens, denoising: pointOf(row.denoising), total: pointOf(row.total) }))
    .sort((a, b) => a.tokens! - b.tokens! || a.workload.localeCompare(b.workload))
  const of = (metric: 'denoising' | 'total') => crossoverOf(points.flatMap((p) => p.tokens !== null && p[metric].speedup !== null
    ? [{ tokens: p.tokens, speedup: p[metric].speedup! }]
    : []))
  return { points, crossover: { denoising: of('denoising'), total: of('total') } }
}

/** The stage row that is the denoising loop, by SGLang's stage name (DenoisingStage) or the report's (Denoising). */
export const isDenoising = (name: string) => /^denois/i.test(name)

/** One workload's Total and denoising rows from two sides' statistics, for the scaling view. */
export function workloadRows (entry: WorkloadEntry, baseline: SideStats, candidate: SideStats): WorkloadRows {
  const stage = [...baseline.stages.keys()].find((name) => isDenoising(name) && candidate.stages.has(name))
  const denoising = stage === undefined ? null : row(stage, baseline.stages.get(stage)!, candidate.stages.get(stage)!, 3)
  return { key: entry.key, name: entry.name, tokens: entry.tokens, denoising, total: row('Total', baseline.total, candidate.total, 3) }
}
