import { test } from 'tap'
import { crossoverOf, scalingOf, type WorkloadRows } from '../../src/compare/scaling.ts'
import type { TimingRow } from '../../src/schemas/compare.ts'

test('speedups of 0.8x at 2,000 tokens and 1.2x at 8,000 cross at the geometric mean, 4,000 tokens', async (t) => {
  // Halfway from 0.8 to 1.2 is 1.00, and halfway in log tokens is exp((ln 2000 + ln 8000) / 2) = sqrt(16e6) = 4000
  const crossover = crossoverOf([{ tokens: 8000, speedup: 1.2 }, { tokens: 2000, speedup: 0.8 }])
  t.equal(crossover.status, 'crossed')
  t.equal(crossover.faster, 'above')
  t.ok(Math.abs(crossover.tokens! - 4000) < 1e-6, `crossover ${crossover.tokens}`)
  t.match(crossover.note, 'slower than the baseline below about 4,000 tokens, faster above')
})

test('the crossing is interpolated between the two sizes around 1.00x, not across the whole range', async (t) => {
  // 0.5x at 1,000, 0.9x at 10,000, 1.3x at 100,000: 1.00x is a quarter of the way from 10,000 to 100,000
  // in speedup ((1 - 0.9) / (1.3 - 0.9) = 0.25), so at 10,000 x 10^0.25 = 17,782.8 tokens
  const crossover = crossoverOf([{ tokens: 1000, speedup: 0.5 }, { tokens: 10_000, speedup: 0.9 }, { tokens: 100_000, speedup: 1.3 }])
  t.ok(Math.abs(crossover.tokens! - 17_782.794) < 0.01, `crossover ${crossover.tokens}`)
})

test('faster at every observed size: not reached, any crossover lies below the smallest size', async (t) => {
  const crossover = crossoverOf([{ tokens: 22_000, speedup: 1.3 }, { tokens: 130_816, speedup: 1.8 }])
  t.same({ tokens: crossover.tokens, status: crossover.status, faster: crossover.faster }, { tokens: null, status: 'not reached', faster: 'throughout' })
  t.equal(crossover.note, 'not reached in the observed range: faster from 22,000 to 130,816 tokens, so any crossover lies below 22,000 tokens')
})

test('slower at the only observed size: not reached, any crossover lies above it', async (t) => {
  const crossover = crossoverOf([{ tokens: 5000, speedup: 0.7 }])
  t.equal(crossover.faster, 'nowhere')
  t.equal(crossover.note, 'not reached in the observed range: slower at the only size observed, 5,000 tokens, so any crossover lies above 5,000 tokens')
})

test('no speedup at all is no data, not a crossover', async (t) => {
  t.same(crossoverOf([]), { tokens: null, status: 'no data', faster: null, note: 'no workload has a speedup yet' })
})

test('two shapes of one size are one point, their geometric mean: 0.5x and 2x at 3,000 tokens are 1.00x there', async (t) => {
  const crossover = crossoverOf([{ tokens: 3000, speedup: 0.5 }, { tokens: 3000, speedup: 2 }, { tokens: 9000, speedup: 1.5 }, { tokens: 1000, speedup: 0.5 }])
  t.ok(Math.abs(crossover.tokens! - 3000) < 1e-6, `crossover ${crossover.tokens}`)
})

test('a speedup that falls with size crosses the other way: faster below, slower above', async (t) => {
  const crossover = crossoverOf([{ tokens: 1000, speedup: 1.5 }, { tokens: 100_000, speedup: 0.5 }])
  t.equal(crossover.faster, 'below')
  // halfway in speedup: halfway in log tokens, 10,000
  t.ok(Math.abs(crossover.tokens! - 10_000) < 1e-6)
})

function timingRow (speedup: number | null, n = 5): TimingRow {
  const side = { mean_seconds: 1, sd_seconds: 0.1, p50_seconds: 1, p95_seconds: 1, n }
  return { name: 'x', baseline: side, candidate: side, speedup, speedup_ci95: speedup === null ? null : { low: speedup * 0.9, high: speedup * 1.1 }, significant: null, note: null }
}

test('the scaling view leaves other out, orders by size and keeps each workload\'s interval', async (t) => {
  const rows: WorkloadRows[] = [
    { key: 't2v-1280x704-121f-50s', name: 'seed', tokens: 27_280, denoising: timingRow(1.4), total: timingRow(1.3) },
    { key: 'other', name: null, tokens: null, denoising: timingRow(5), total: timingRow(5) },
    { key: 't2v-640x352-25f-50s', name: null, tokens: 1540, denoising: timingRow(0.6), total: timingRow(null) }
  ]
  const scaling = scalingOf(rows)
  t.same(scaling.points.map((p) => p.workload), ['t2v-640x352-25f-50s', 't2v-1280x704-121f-50s'])
  t.same(scaling.points[1]!.denoising, { speedup: 1.4, ci95: { low: 1.4 * 0.9, high: 1.4 * 1.1 }, n: { baseline: 5, candidate: 5 } })
  t.equal(scaling.crossover.denoising.status, 'crossed')
  // Total has one size with a speedup: not reached
  t.equal(scaling.crossover.total.status, 'not reached')
})
