import { metricNames } from '../src/metrics/names.ts'

// PromQL shapes shared by the dashboard and the recording rules, built from the app's metric
// name constants so a renamed metric breaks the build instead of emptying a panel.

export type Histogram = typeof metricNames[
  'stageDuration' | 'denoiseStepDuration' | 'requestDuration' | 'queueWait' | 'serviceDuration' | 'gpuPeakReserved' | 'gpuPeakAllocated' | 'outputParitySsim'
]

export interface Selection {
  /** Label matchers without braces, e.g. `backend="$baseline"`. */
  matchers?: string
  /** Labels kept by the aggregation; none sums every series into one. */
  by?: string[]
  /** Range of the rate: a duration or a Grafana interval variable. */
  window: string
}

function selector (name: string, matchers: string | undefined): string {
  return matchers ? `${name}{${matchers}}` : name
}

function grouping (by: string[] | undefined): string {
  return by && by.length > 0 ? ` by (${by.join(', ')})` : ''
}

/** Per-second rate of a counter, summed over everything but `by`. */
export function rateSum (name: string, { matchers, by, window }: Selection): string {
  return `sum${grouping(by)} (rate(${selector(name, matchers)}[${window}]))`
}

/**
 * Mean of a histogram from `_sum` and `_count`: exact, unlike a quantile read from buckets,
 * which is why every speedup and efficiency below divides means.
 */
export function mean (histogram: Histogram, selection: Selection): string {
  return `(${rateSum(`${histogram}_sum`, selection)} / ${rateSum(`${histogram}_count`, selection)})`
}

/** A quantile estimated from the buckets: for display only, never for a ratio. */
export function quantile (q: number, histogram: Histogram, { matchers, by = [], window }: Selection): string {
  return `histogram_quantile(${q}, ${rateSum(`${histogram}_bucket`, { matchers, by: ['le', ...by], window })})`
}

/** Completed jobs only: a failed job's short time would flatter a backend that fails fast. */
export const completed = 'outcome="completed"'

export function join (...matchers: Array<string | undefined>): string {
  return matchers.filter(Boolean).join(', ')
}

/**
 * GPUs in each backend's configuration, as a value. The app exports the count only as the
 * `num_gpus` label of the info metric and PromQL cannot read a label as a number, so each
 * plausible count is matched and multiplied in; a count missing here leaves the backend out of
 * the cost panels rather than charging it wrongly.
 */
export const gpuCounts = [1, 2, 3, 4, 5, 6, 7, 8, 16, 32] as const

export function numGpus (matchers?: string): string {
  const info = metricNames.backendInfo
  const branches = gpuCounts.map((n) => `max by (backend) (${info}{${join(matchers, `num_gpus="${n}"`)}}) * ${n}`)
  return `(${branches.join(' or ')})`
}

/** Service time (no queue wait) times the backend's GPUs: what one video costs. */
export function gpuSecondsPerVideo (matchers: string | undefined, window: string): string {
  return `${mean(metricNames.serviceDuration, { matchers, by: ['backend'], window })} * on (backend) ${numGpus(matchers)}`
}
