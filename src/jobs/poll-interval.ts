// How often the gateway polls a backend for a job. Completion is only seen at a poll, so the
// interval is the error of the measured latency: keep it a few percent of the job's length,
// whether a video takes 90 s or a simulated one 0.3 s.

export interface PollIntervalOptions {
  // the backend's observed service time, when known
  expectedServiceMs?: number | null
  elapsedMs: number
  minMs?: number
  maxMs?: number
  fraction?: number
}

// Without a service time, 5% of the elapsed time: the interval grows with the job, so a job of
// unknown length is measured to within about 5% at a cost of about 14 polls per doubling
const ELAPSED_FRACTION = 0.05

export function pollIntervalMs (options: PollIntervalOptions): number {
  const { expectedServiceMs, elapsedMs, minMs = 2, maxMs = 2000, fraction = 0.02 } = options
  const known = expectedServiceMs !== undefined && expectedServiceMs !== null &&
    Number.isFinite(expectedServiceMs) && expectedServiceMs > 0
  const rawMs = known ? expectedServiceMs * fraction : Math.max(0, elapsedMs) * ELAPSED_FRACTION
  return clamp(Number.isFinite(rawMs) ? rawMs : maxMs, minMs, maxMs)
}

function clamp (value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

export interface Ewma {
  update (x: number): number
  value (): number | null
}

// Exponentially weighted moving average; the first sample is taken as is rather than averaged
// with 0, so the estimate is usable from the first job
export function createEwma (alpha = 0.3): Ewma {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError('alpha must be in (0, 1]')
  let current: number | null = null
  function update (x: number): number {
    if (!Number.isFinite(x)) throw new RangeError(`an EWMA sample must be finite, got ${x}`)
    current = current === null ? x : alpha * x + (1 - alpha) * current
    return current
  }
  return { update, value: () => current }
}
