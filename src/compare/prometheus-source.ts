import { request } from 'undici'
import { metricNames } from '../metrics/names.ts'
import { completed, join, mean, quantile, type Histogram } from '../metrics/promql.ts'
import type { ParallelConfig, TimingSide, WorkloadEntry } from '../schemas/compare.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'
import type { ModelShape } from '../workloads/models.ts'
import { parseWorkloadKey, tokensOf } from '../workloads/workload.ts'
import { emptyTiming, type SideStats } from './report.ts'
import { isDenoising, workloadRows, type WorkloadRows } from './scaling.ts'
import { workloadEntries, type SideMix, type WorkloadNames } from './workloads.ts'

function emptySide (name: string, parallel: ParallelConfig): SideStats {
  const none = { mean: null, n: 0 }
  return {
    name,
    parallel,
    stages: new Map(),
    total: emptyTiming,
    queueWait: emptyTiming,
    service: emptyTiming,
    peakReservedBytes: none,
    peakAllocatedBytes: none,
    modelLoadPeakReservedBytes: { max: null, n: 0 },
    steps: { steps: 0, mean_seconds: null, cv: null, max_seconds: null, slowest_step: null, per_step_mean_seconds: [] },
    totals: [],
    coverage: null
  }
}

export interface PrometheusSourceOptions {
  url: string
  /** Range the means cover, a PromQL duration: the fleet's traffic over this long. */
  window: string
  timeoutMs: number
}

type NamedSide = { name: string, parallel: ParallelConfig }
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

  /** Completed jobs per (backend, workload) in the window, the two backends' only. */
  async function mixes (baseline: string, candidate: string, shape: ModelShape): Promise<{ baseline: SideMix, candidate: SideMix }> {
    const counts = await query(count(metricNames.requestDuration, join(`backend=~"${baseline}|${candidate}"`, completed), ['backend', 'workload']))
    const out = { baseline: new Map(), candidate: new Map() } as { baseline: SideMix, candidate: SideMix }
    for (const { metric, value } of counts) {
      const side = metric.backend === baseline ? out.baseline : metric.backend === candidate ? out.candidate : undefined
      const key = metric.workload
      if (!side || !key || Math.round(value) === 0) continue
      // Prometheus keeps the key, not the size: the size is the key's shape through the model's VAE and patchify
      const w = key === OTHER_WORKLOAD ? undefined : parseWorkloadKey(key)
      side.set(key, { n: Math.round(value), tokens: w ? tokensOf(shape, w.width, w.height, w.frames) : null })
    }
    return out
  }

  /** Total and the denoising stage per workload, each side, in a few grouped queries. */
  async function byWorkload (name: string, parallel: ParallelConfig): Promise<Map<string, SideStats>> {
    const m = `backend="${name}"`
    const [totals, stages] = await Promise.all([
      timings(metricNames.requestDuration, join(m, completed), ['workload']),
      timings(metricNames.stageDuration, m, ['workload', 'stage'])
    ])
    const out = new Map<string, SideStats>()
    for (const [workload, total] of totals) {
      const stageMap = new Map([...stages].flatMap(([key, timing]) => {
        const [w, stage] = key.split('/') as [string, string]
        return w === workload && isDenoising(stage) ? [[stage, timing] as const] : []
      }))
      out.set(workload, { ...emptySide(name, parallel), stages: stageMap, total })
    }
    return out
  }

  return {
    url: base,
    /** Every workload either backend completed in the window, with counts and sizes. */
    async workloads (baseline: string, candidate: string, names: Pick<WorkloadNames, 'nameOf'>, shape: ModelShape): Promise<WorkloadEntry[]> {
      const mix = await mixes(baseline, candidate, shape)
      return workloadEntries(mix.baseline, mix.candidate, names)
    },
    /** Each workload's rows for the scaling view (means and counts: Prometheus keeps no spread, so no intervals). */
    async scalingRows (baseline: NamedSide, candidate: NamedSide, entries: WorkloadEntry[]): Promise<WorkloadRows[]> {
      const [b, c] = await Promise.all([byWorkload(baseline.name, baseline.parallel), byWorkload(candidate.name, candidate.parallel)])
      const sideOf = (stats: Map<string, SideStats>, side: NamedSide, key: string) => stats.get(key) ?? emptySide(side.name, side.parallel)
      return entries.map((entry) => workloadRows(entry, sideOf(b, baseline, entry.key), sideOf(c, candidate, entry.key)))
    },
    async sideStats (name: string, parallel: ParallelConfig, workload: string): Promise<SideStats> {
      // Backend names are validated against ^[a-z0-9][a-z0-9_-]*$ and workload keys against
      // ^[a-z0-9][a-z0-9-]*$ (then a label measures carry), so both are safe in a matcher.
      const w = `workload="${workload}"`
      const m = join(`backend="${name}"`, w)
      const [stages, total, queueWait, service, reserved, allocated, steps, modelLoadPeak] = await Promise.all([
        timings(metricNames.stageDuration, m, ['stage']),
        timings(metricNames.requestDuration, join(m, completed)),
        timings(metricNames.queueWait, m),
        timings(metricNames.serviceDuration, m),
        moments(metricNames.gpuPeakReserved, m),
        moments(metricNames.gpuPeakAllocated, m),
        timings(metricNames.denoiseStepDuration, m),
        // The model-load peak is the backend's, whatever it serves: no workload label
        loadPeak(`backend="${name}"`)
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
        steps: { steps: step.n, mean_seconds: step.mean_seconds, cv: null, max_seconds: null, slowest_step: null, per_step_mean_seconds: [] },
        // Histograms keep sums and counts, not each job's Total
        totals: [],
        // ringside_stage_records_total counts look-ups per backend, not per workload: no coverage of this one
        coverage: null
      }
    }
  }
}
export type PrometheusSource = ReturnType<typeof createPrometheusSource>
