import { metricNames } from './names.ts'

// PromQL shapes shared by the dashboard and the recording rules, built from the app's metric
// name constants so a renamed metric breaks the build instead of emptying a panel.

export type Histogram = typeof metricNames[
  'stageDuration' | 'denoiseStepDuration' | 'requestDuration' | 'queueWait' | 'serviceDuration' | 'gpuPeakReserved' | 'gpuPeakAllocated' | 'outputParitySsim'
  | 'httpRequestDuration'
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

/** GPUs in each backend's configuration, as a value (ringside_backend_gpus). */
export function numGpus (matchers?: string): string {
  return `max by (backend) (${metricNames.backendGpus}${matchers ? `{${matchers}}` : ''})`
}

/** Service time (no queue wait) times the backend's GPUs: what one video costs. */
export function gpuSecondsPerVideo (matchers: string | undefined, window: string): string {
  return `${mean(metricNames.serviceDuration, { matchers, by: ['backend'], window })} * on (backend) ${numGpus(matchers)}`
}

/**
 * A DCGM series (`expr`, one per GPU) with the `backend` that runs on each GPU, from
 * ringside_backend_info's `gpu` (an index) or `UUID` label, whichever the backend's `gpus` gave:
 * `max by` first, as every gateway replica exports the same info series. With `window`, a GPU
 * belongs to the backend it last did within it, so a figure over a range survives a gateway restart.
 */
export function onBackendGpus (expr: string, window?: string): string {
  const info = (label: string) => {
    const selector = `${metricNames.backendInfo}{${label}!=""}`
    return `max by (backend, ${label}) (${window ? `last_over_time(${selector}[${window}])` : selector})`
  }
  return `${expr} * on (gpu) group_left (backend) ${info('gpu')} or ${expr} * on (UUID) group_left (backend) ${info('UUID')}`
}

/**
 * Joules per completed job on each backend over `window`: DCGM's energy counter (mJ) of the
 * backend's GPUs over the jobs it completed. Idle time counts: the energy of a GPU waiting for
 * work is part of what each video costs.
 */
export function energyPerVideo (energyCounter: string, window: string, jobMatchers?: string): string {
  const joules = `sum by (backend) (${onBackendGpus(`increase(${energyCounter}[${window}])`, window)}) / 1000`
  const videos = `sum by (backend) (increase(${metricNames.jobs}{${join('outcome="completed"', jobMatchers)}}[${window}]))`
  return `${joules} / ${videos}`
}
