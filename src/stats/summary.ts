// Statistics for the ring-SP-vs-baseline comparison report.

export interface Bucket {
  le: number
  count: number
}

export interface Summary {
  n: number
  mean: number | null
  sd: number | null
  min: number | null
  max: number | null
  p50: number | null
  p95: number | null
  cv: number | null
}

export interface SampleMoments {
  mean: number | null
  sd: number | null
  n: number
}

export interface Interval {
  low: number
  high: number
}

// Same answer as Prometheus' histogram_quantile (promql/quantile.go BucketQuantile), so the
// report and a Grafana panel over the same histogram agree
export function histogramQuantile (q: number, buckets: Bucket[]): number {
  if (Number.isNaN(q)) return Number.NaN
  if (q < 0) return Number.NEGATIVE_INFINITY
  if (q > 1) return Number.POSITIVE_INFINITY
  const sorted = monotonic(coalesce(buckets))
  const last = sorted.length - 1
  if (sorted.length < 2 || sorted[last]?.le !== Number.POSITIVE_INFINITY) return Number.NaN
  const observations = (sorted[last] as Bucket).count
  if (observations === 0) return Number.NaN

  let rank = q * observations
  let b = 0
  while (b < last && (sorted[b] as Bucket).count < rank) b++
  if (b === last) return (sorted[last - 1] as Bucket).le
  const bucket = sorted[b] as Bucket
  if (b === 0 && bucket.le <= 0) return bucket.le
  let start = 0
  let count = bucket.count
  if (b > 0) {
    const previous = sorted[b - 1] as Bucket
    start = previous.le
    count -= previous.count
    rank -= previous.count
  }
  return start + (bucket.le - start) * (rank / count)
}

function coalesce (buckets: Bucket[]): Bucket[] {
  const sorted = buckets.map((b) => ({ le: b.le, count: b.count })).sort((a, b) => a.le - b.le)
  const merged: Bucket[] = []
  for (const bucket of sorted) {
    const previous = merged.at(-1)
    if (previous !== undefined && previous.le === bucket.le) previous.count += bucket.count
    else merged.push(bucket)
  }
  return merged
}

// Counts scraped from separate series can dip by float noise; Prometheus forces them monotonic
function monotonic (buckets: Bucket[]): Bucket[] {
  let max = Number.NEGATIVE_INFINITY
  for (const bucket of buckets) {
    if (bucket.count < max) bucket.count = max
    max = bucket.count
  }
  return buckets
}

export function mean (sum: number, count: number): number | null {
  if (count === 0 || !Number.isFinite(sum) || !Number.isFinite(count)) return null
  return sum / count
}

// How many times faster the candidate is: 1.42 means the baseline takes 1.42x as long
export function speedup (baselineMean: number | null, candidateMean: number | null): number | null {
  if (baselineMean === null || candidateMean === null || candidateMean === 0) return null
  return baselineMean / candidateMean
}

export function summarize (values: number[]): Summary {
  const n = values.length
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, p50: null, p95: null, cv: null }
  const sorted = [...values].sort((a, b) => a - b)
  const average = sorted.reduce((total, x) => total + x, 0) / n
  // Sample SD (n - 1): undefined for a single value, so null rather than a misleading 0
  const sd = n < 2 ? null : Math.sqrt(sorted.reduce((total, x) => total + (x - average) ** 2, 0) / (n - 1))
  return {
    n,
    mean: average,
    sd,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    p50: sortedQuantile(sorted, 0.5),
    p95: sortedQuantile(sorted, 0.95),
    cv: sd === null || average === 0 ? null : sd / average
  }
}

// Hyndman & Fan type 7 (numpy's and R's default), so figures can be checked with either
export function sortedQuantile (sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q
  const below = Math.floor(h)
  const lower = sorted[below] as number
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number
  return lower + (h - below) * (upper - lower)
}

// Interval for baseline.mean / candidate.mean. The ratio is skewed, its log is close to normal:
// delta method on log means, Welch-Satterthwaite df for unequal variances and sample sizes
export function welchSpeedupInterval (baseline: SampleMoments, candidate: SampleMoments, confidence = 0.95): Interval | null {
  if (baseline.n < 2 || candidate.n < 2) return null
  if (!(confidence > 0 && confidence < 1)) return null
  const { mean: mb, sd: sb } = baseline
  const { mean: mc, sd: sc } = candidate
  if (mb === null || mc === null || sb === null || sc === null) return null
  if (!(mb > 0 && mc > 0 && sb >= 0 && sc >= 0)) return null
  const ratio = mb / mc
  const vb = sb ** 2 / (baseline.n * mb ** 2)
  const vc = sc ** 2 / (candidate.n * mc ** 2)
  const se = Math.sqrt(vb + vc)
  if (se === 0) return { low: ratio, high: ratio }
  const df = (vb + vc) ** 2 / (vb ** 2 / (baseline.n - 1) + vc ** 2 / (candidate.n - 1))
  const t = studentTQuantile(1 - (1 - confidence) / 2, df)
  return { low: ratio * Math.exp(-t * se), high: ratio * Math.exp(t * se) }
}

// Inverts the t CDF by bisection on the regularized incomplete beta: slower than a closed-form
// approximation but exact to 1e-10 for any real df, which Welch's non-integer df needs
export function studentTQuantile (p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN
  if (p === 0.5) return 0
  if (df > 1e7) return normalQuantile(p)
  const upper = p > 0.5
  const tail = upper ? 1 - p : p
  let low = 0
  let high = 1
  while (studentTUpperTail(high, df) > tail) high *= 2
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2
    if (studentTUpperTail(mid, df) > tail) low = mid
    else high = mid
  }
  const t = (low + high) / 2
  return upper ? t : -t
}

// P(T > t) for t >= 0
function studentTUpperTail (t: number, df: number): number {
  return 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5)
}

function regularizedIncompleteBeta (x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  // The continued fraction converges fast only on this side of the mean (Numerical Recipes 6.4)
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a
  return 1 - front * betaContinuedFraction(1 - x, b, a) / b
}

function betaContinuedFraction (x: number, a: number, b: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - (a + b) * x / (a + 1)
  d = 1 / (Math.abs(d) < tiny ? tiny : d)
  let h = d
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m
    for (const coefficient of [
      m * (b - m) * x / ((a + m2 - 1) * (a + m2)),
      -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
    ]) {
      d = 1 + coefficient * d
      d = 1 / (Math.abs(d) < tiny ? tiny : d)
      c = 1 + coefficient / c
      if (Math.abs(c) < tiny) c = tiny
      h *= d * c
    }
    if (Math.abs(d * c - 1) < 1e-15) break
  }
  return h
}

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
  -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
  1.5056327351493116e-7
]

// Lanczos approximation (g = 7, n = 9), relative error below 1e-13 for x > 0
function logGamma (x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let sum = LANCZOS[0] as number
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

// Acklam's rational approximation, relative error 1.15e-9; only used for effectively infinite df
function normalQuantile (p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239]
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
  const polynomial = (coefficients: number[], x: number): number => coefficients.reduce((acc, k) => acc * x + k, 0)
  const pLow = 0.02425
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p))
    return polynomial(c, q) / (polynomial(d, q) * q + 1)
  }
  if (p > 1 - pLow) return -normalQuantile(1 - p)
  const q = p - 0.5
  const r = q * q
  return polynomial(a, r) * q / (polynomial(b, r) * r + 1)
}
