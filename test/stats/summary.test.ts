import { test } from 'tap'
import {
  histogramQuantile, mean, speedup, summarize, sortedQuantile, studentTQuantile, welchSpeedupInterval
} from '../../src/stats/summary.ts'

const buckets = [
  { le: 1, count: 2 },
  { le: 2, count: 6 },
  { le: 5, count: 9 },
  { le: Number.POSITIVE_INFINITY, count: 10 }
]

test('histogram quantiles interpolate linearly inside the bucket like Prometheus', async (t) => {
  // rank 5 of 10 falls in (1, 2] holding observations 3..6: 1 + (5 - 2) / 4
  t.equal(histogramQuantile(0.5, buckets), 1.75)
  // rank 1 in the first bucket interpolates from 0
  t.equal(histogramQuantile(0.1, buckets), 0.5)
  // rank 8 in (2, 5] holding 7..9: 2 + 3 * (8 - 6) / 3
  t.equal(histogramQuantile(0.8, buckets), 4)
})

test('a histogram quantile in the +Inf bucket returns the highest finite bound', async (t) => {
  t.equal(histogramQuantile(0.95, buckets), 5)
  t.equal(histogramQuantile(1, buckets), 5)
})

test('histogram quantiles of an empty or malformed histogram are NaN', async (t) => {
  t.ok(Number.isNaN(histogramQuantile(0.5, buckets.map((b) => ({ ...b, count: 0 })))))
  t.ok(Number.isNaN(histogramQuantile(0.5, [])))
  t.ok(Number.isNaN(histogramQuantile(0.5, [{ le: 1, count: 3 }, { le: 2, count: 4 }])))
  t.ok(Number.isNaN(histogramQuantile(Number.NaN, buckets)))
  t.equal(histogramQuantile(-0.1, buckets), Number.NEGATIVE_INFINITY)
  t.equal(histogramQuantile(1.1, buckets), Number.POSITIVE_INFINITY)
})

test('histogram quantiles accept unsorted buckets without mutating them and repair dips', async (t) => {
  const shuffled = [buckets[3], buckets[0], buckets[2], buckets[1]].map((b) => ({ ...b! }))
  const copy = JSON.stringify(shuffled)
  t.equal(histogramQuantile(0.5, shuffled), 1.75)
  t.equal(JSON.stringify(shuffled), copy)
  // a count that dips is raised to the previous one, as Prometheus does
  t.equal(histogramQuantile(0.5, [{ le: 1, count: 4 }, { le: 2, count: 3 }, { le: Number.POSITIVE_INFINITY, count: 8 }]), 1)
})

test('a first bucket with a non-positive bound returns that bound', async (t) => {
  t.equal(histogramQuantile(0.1, [{ le: 0, count: 5 }, { le: 1, count: 10 }, { le: Number.POSITIVE_INFINITY, count: 10 }]), 0)
})

test('the mean is null without observations', async (t) => {
  t.equal(mean(10, 4), 2.5)
  t.equal(mean(0, 0), null)
})

test('speedup is the baseline mean over the candidate mean, null when undefined', async (t) => {
  // By hand: 90 / 60 = 1.5 exactly
  t.equal(speedup(90, 60), 1.5)
  // The seed page (sgl-project/sglang PR #20998): u1r1 Total 90.63 s, u1r2 63.74 s, printed 1.42x;
  // long division: 63.74 x 1.42187 = 90.6299938, the remaining 0.0000062 / 63.74 is 1e-7
  t.equal(speedup(90.63, 63.74)!.toFixed(2), '1.42', 'the seed page\'s 1.42x')
  t.ok(Math.abs(speedup(90.63, 63.74)! - 1.4218701) < 1e-7)
  t.equal(speedup(null, 63.74), null)
  t.equal(speedup(90.63, null), null)
  t.equal(speedup(90.63, 0), null)
})

test('summaries match hand-computed figures', async (t) => {
  const s = summarize([4, 1, 3, 2, 5])
  t.equal(s.n, 5)
  t.equal(s.mean, 3)
  t.equal(s.sd, Math.sqrt(2.5))
  t.equal(s.min, 1)
  t.equal(s.max, 5)
  t.equal(s.p50, 3)
  // h = 4 * 0.95 = 3.8: 4 + 0.8 * (5 - 4)
  t.equal(s.p95, 4.8)
  t.equal(s.cv, Math.sqrt(2.5) / 3)
  t.equal(summarize([1, 2, 3, 4]).p50, 2.5)
  t.equal(sortedQuantile([10, 20], 0.25), 12.5)
})

test('a summary of nothing is all nulls and of one value has no spread', async (t) => {
  t.same(summarize([]), { n: 0, mean: null, sd: null, min: null, max: null, p50: null, p95: null, cv: null })
  t.same(summarize([7]), { n: 1, mean: 7, sd: null, min: 7, max: 7, p50: 7, p95: 7, cv: null })
})

test('Student t quantiles match published tables', async (t) => {
  const table: Array<[number, number, number]> = [
    [0.975, 10, 2.228], [0.975, 2, 4.303], [0.975, 1, 12.706], [0.975, 30, 2.042],
    [0.95, 5, 2.015], [0.995, 3, 5.841], [0.9, 20, 1.325], [0.975, 1e9, 1.960]
  ]
  for (const [p, df, expected] of table) {
    t.ok(Math.abs(studentTQuantile(p, df) - expected) < 1e-3, `t(${p}, ${df}) = ${expected}`)
  }
  t.ok(Math.abs(studentTQuantile(0.025, 10) + 2.228) < 1e-3)
  t.equal(studentTQuantile(0.5, 4), 0)
  t.ok(Number.isNaN(studentTQuantile(1, 4)))
  t.ok(Number.isNaN(studentTQuantile(0.9, 0)))
})

test('the speedup interval matches a hand-computed case on the log scale, with Welch-Satterthwaite degrees of freedom', async (t) => {
  // Baseline 100 s (sd 10, n 10) against candidate 50 s (sd 5, n 10): ratio 2. Relative variances of
  // the means: 10^2 / (10 x 100^2) = 0.001 and 5^2 / (10 x 50^2) = 0.001, summing to 0.002.
  // Welch-Satterthwaite: df = 0.002^2 / (0.001^2 / 9 + 0.001^2 / 9) = 4e-6 / (2e-6 / 9) = 18.
  // Student t tables (two-sided 95%, df 18): 2.101; sqrt(0.002) = 0.0447214, so the half-width on
  // the log scale is 2.101 x 0.0447214 = 0.0939596, and the interval 2 e^-0.0939596 = 2 x 0.910320
  // = 1.820639 to 2 e^0.0939596 = 2 x 1.098515 = 2.197031. The table's 3 decimals leave 5e-5.
  const interval = welchSpeedupInterval({ mean: 100, sd: 10, n: 10 }, { mean: 50, sd: 5, n: 10 })!
  t.ok(Math.abs(interval.low - 1.820639) < 1e-4, `low ${interval.low}`)
  t.ok(Math.abs(interval.high - 2.197031) < 1e-4, `high ${interval.high}`)
  // At 99%: t(0.995, 18) = 2.878 from the same tables, 2.878 x 0.0447214 = 0.128708: 2 e^-0.128708
  // = 2 x 0.879231 = 1.758462, 2 e^0.128708 = 2 x 1.137358 = 2.274716 (the table's 3 decimals: 5e-5)
  const wide = welchSpeedupInterval({ mean: 100, sd: 10, n: 10 }, { mean: 50, sd: 5, n: 10 }, 0.99)!
  t.ok(Math.abs(wide.low - 1.758462) < 1e-4, `99% low ${wide.low}`)
  t.ok(Math.abs(wide.high - 2.274716) < 1e-4, `99% high ${wide.high}`)
})

test('the speedup interval of the seed\'s Totals brackets the ratio with the delta-method width', async (t) => {
  const baseline = { mean: 90.63, sd: 2, n: 10 }
  const candidate = { mean: 63.74, sd: 2, n: 10 }
  const interval = welchSpeedupInterval(baseline, candidate)
  t.ok(interval)
  // The point estimate, whose value the speedup test checks against the seed page's 1.42x
  const ratio = 90.63 / 63.74
  // By hand: relative variances 4 / (10 x 90.63^2) = 4.86986e-5 and 4 / (10 x 63.74^2) = 9.84545e-5,
  // sum 1.471531e-4, square root 0.0121307; df = 1.471531e-4^2 / ((4.86986e-5^2 + 9.84545e-5^2) / 9)
  // = 2.165404e-8 / 1.340538e-9 = 16.15, between the tables' rows 17 (2.110) and 16 (2.120). So the
  // half-width on the log scale lies between 2.110 and 2.120 times 0.0121307 (with the tables' rounding).
  const logHalfWidth = (Math.log(interval!.high) - Math.log(interval!.low)) / 2
  t.ok(logHalfWidth > 2.109 * 0.0121307 && logHalfWidth < 2.121 * 0.0121307, `half-width ${logHalfWidth}: t with df between 16 and 17`)
  t.ok(interval!.low < ratio && ratio < interval!.high)
  // geometric symmetry: the log of the ratio sits in the middle
  t.ok(Math.abs(Math.log(interval!.low) + Math.log(interval!.high) - 2 * Math.log(ratio)) < 1e-12)
  const wider = welchSpeedupInterval(baseline, candidate, 0.99)!
  t.ok(wider.low < interval!.low && wider.high > interval!.high)
})

test('the speedup interval is null with fewer than two samples on a side', async (t) => {
  t.equal(welchSpeedupInterval({ mean: 90, sd: 1, n: 1 }, { mean: 60, sd: 1, n: 5 }), null)
  t.equal(welchSpeedupInterval({ mean: 90, sd: 1, n: 5 }, { mean: 60, sd: 1, n: 0 }), null)
  t.equal(welchSpeedupInterval({ mean: 90, sd: null, n: 5 }, { mean: 60, sd: 1, n: 5 }), null)
  t.equal(welchSpeedupInterval({ mean: 90, sd: 1, n: 5 }, { mean: 0, sd: 1, n: 5 }), null)
  t.same(welchSpeedupInterval({ mean: 90, sd: 0, n: 5 }, { mean: 60, sd: 0, n: 5 }), { low: 1.5, high: 1.5 })
})
