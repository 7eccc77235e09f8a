import { request } from 'undici'
import { metricNames } from '../metrics/names.ts'
import { completed, join, mean, quantile, type Histogram } from '../metrics/promql.ts'
import type { ParallelConfig, TimingSide } from '../schemas/compare.ts'
import { emptyTiming, type SideStats } from './report.ts'

export interface PrometheusSourceOptions {
  url: string
  /** Range the means cover, a PromQL duration: the fleet's traffic over this long. */
  window: string
  timeoutMs: number
}

type Vector = Array<{ metric: Record<string, string>, value: number }>
/** Prometheus' instant-query answer, as far as it is read here. */
type QueryAnswer = { status?: string, error?: string, data?: { result?: Array<{ metric: Record<string, string>, value: [number, string] }> } }

/**
 * The comparison's per-side statistics read from Prometheus, with the dashboard's own PromQL
 * (means from _sum/_count), so N gateway replicas scraped together give one table. Prometheus
 * keeps no samples: means, counts and bucket quantiles only, so speedups carry no interval.
 */
export function createPrometheusSource (options: PrometheusSourceOptions) {
  const base = options.url.replace(/\/+$/, '')

  async function query (expr: string): Promise<Vector> {
    const url = `${base}/api/v1/query?query=${encodeURIComponent(expr)}`
    const response = await request(url, { headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs })
    const body = await response.body.json() as QueryAnswer
    if (response.statusCode !== 200 || body.status !== 'success') {
      throw new Error(`Prometheus at ${base} answered ${response.statusCode}: ${body.error ?? 'no data'}`)
    }
    return (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) })).filter((r) => Number.isFinite(r.value))
  }

  /**
   * Jobs in the window: the counters' growth since the window's start. Not increase(), which
   * extrapolates to the window's edges and turns 7 jobs into 8 or 9 on a young series; a series
   * born inside the window counts from 0. A counter reset (a restarted gateway) undercounts.
   */
  const count = (histogram: Histogram, matchers: string, by: string[] = []) => {
    const sum = (offset: string) => `sum${by.length > 0 ? ` by (${by.join(', ')})` : ''} (${histogram}_count{${matchers}}${offset})`
    return `clamp_min(${sum('')} - (${sum(` offset ${options.window}`)} or ${sum('')} * 0), 0)`
  }

  /** Mean, p50, p95 and count of one histogram, grouped by `by` (one key '' when ungrouped). */
  async function timings (histogram: Histogram, matchers: string, by: string[] = []): Promise<Map<string, TimingSide>> {
    const selection = { matchers, by, window: options.window }
    const [means, p50, p95, counts] = await Promise.all([
      query(mean(histogram, selection)),
      query(quantile(0.5, histogram, selection)),
      query(quantile(0.95, histogram, selection)),
      query(count(histogram, matchers, by))
    ])
    const key = (metric: Record<string, string>) => by.map((label) => metric[label] ?? '').join('/')
    const out = new Map<string, TimingSide>()
    const at = (metric: Record<string, string>) => {
      const k = key(metric)
      if (!out.has(k)) out.set(k, { ...emptyTiming })
      return out.get(k)!
    }
    for (const r of means) at(r.metric).mean_seconds = r.value
    for (const r of p50) at(r.metric).p50_seconds = r.value
    for (const r of p95) at(r.metric).p95_seconds = r.value
    for (const r of counts) at(r.metric).n = Math.round(r.value)
    return out
  }

  async function moments (histogram: Histogram, matchers: string): Promise<{ mean: number | null, n: number }> {
    const side = (await timings(histogram, matchers)).get('')
    return { mean: side?.mean_seconds ?? null, n: side?.n ?? 0 }
  }

  /** The highest model-load peak over the backend's replicas (a gauge each), n = the replicas that reported one. */
  async function loadPeak (matchers: string): Promise<{ max: number | null, n: number }> {
    const gauge = `${metricNames.gpuModelLoadPeakReserved}{${matchers}}`
    // every gateway that saw a job of the replica exports its series: count replicas, not series
    const [max, replicas] = await Promise.all([query(`max(${gauge})`), query(`count(max by (replica) (${gauge}))`)])
    return { max: max[0]?.value ?? null, n: replicas[0]?.value ?? 0 }
  }

  return {
    url: base,
    async sideStats (name: string, parallel: ParallelConfig): Promise<SideStats> {
      // Backend names are validated against ^[a-z0-9][a-z0-9_-]*$, so they are safe in a matcher.
      const m = `backend="${name}"`
      const [stages, total, queueWait, service, reserved, allocated, steps, modelLoadPeak] = await Promise.all([
        timings(metricNames.stageDuration, m, ['stage']),
        timings(metricNames.requestDuration, join(m, completed)),
        timings(metricNames.queueWait, m),
        timings(metricNames.serviceDuration, m),
        moments(metricNames.gpuPeakReserved, m),
        moments(metricNames.gpuPeakAllocated, m),
        timings(metricNames.denoiseStepDuration, m),
        loadPeak(m)
      ])
      const step = steps.get('') ?? emptyTiming
      return {
        name,
        parallel,
        stages: new Map([...stages].filter(([, timing]) => timing.n > 0)),
        total: total.get('') ?? emptyTiming,
        queueWait: queueWait.get('') ?? emptyTiming,
        service: service.get('') ?? emptyTiming,
        peakReservedBytes: reserved,
        peakAllocatedBytes: allocated,
        modelLoadPeakReservedBytes: modelLoadPeak,
        steps: { steps: step.n, mean_seconds: step.mean_seconds, cv: null, max_seconds: null, slowest_step: null }
      }
    }
  }
}
export type PrometheusSource = ReturnType<typeof createPrometheusSource>
