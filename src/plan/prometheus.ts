// The planner's inputs from Prometheus: every gateway replica's completed jobs, so N replicas
// plan from the fleet's traffic as /v1/compare does. Prometheus keeps sums and counts, not
// samples: each (configuration, workload) gives its mean service time, and its spread within the
// workload is unknown (taken as 0; the spread between workloads in the mix still counts).
import { request } from 'undici'
import { metricNames } from '../metrics/names.ts'
import { mean } from '../metrics/promql.ts'
import type { PlanConfig, PlanInputs, ServiceMoments } from './inputs.ts'

export interface PlanPrometheusOptions {
  url: string
  /** A PromQL duration (RINGSIDE_PROMETHEUS_WINDOW): the traffic planned from. */
  window: string
  timeoutMs: number
  now?: () => number
}

type QueryAnswer = { status?: string, error?: string, data?: { result?: Array<{ metric: Record<string, string>, value: [number, string] }> } }

const unitSeconds: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_536_000 }

/** Seconds in a PromQL duration of one unit (`90s`, `1h`), as the configuration's pattern admits. */
export function durationSeconds (duration: string): number {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(duration)
  if (!match) throw new RangeError(`not a PromQL duration: ${duration}`)
  return Number(match[1]) * (unitSeconds[match[2] as string] as number)
}

export function createPlanPrometheusSource (options: PlanPrometheusOptions) {
  const base = options.url.replace(/\/+$/, '')
  const now = options.now ?? Date.now
  const by = ['backend', 'workload']

  async function query (expr: string): Promise<Array<{ metric: Record<string, string>, value: number }>> {
    const response = await request(`${base}/api/v1/query?query=${encodeURIComponent(expr)}`, {
      headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs
    })
    const body = await response.body.json() as QueryAnswer
    if (response.statusCode !== 200 || body.status !== 'success') {
      throw new Error(`Prometheus at ${base} answered ${response.statusCode}: ${body.error ?? 'no data'}`)
    }
    return (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) })).filter((r) => Number.isFinite(r.value))
  }

  // Jobs in the window as the counters' growth, not increase() (which extrapolates to the edges)
  const count = () => {
    const sum = (offset: string) => `sum by (${by.join(', ')}) (${metricNames.serviceDuration}_count${offset})`
    return `clamp_min(${sum('')} - (${sum(` offset ${options.window}`)} or ${sum('')} * 0), 0)`
  }

  return {
    url: base,
    async inputs (configs: PlanConfig[]): Promise<PlanInputs> {
      const [counts, means] = await Promise.all([query(count()), query(mean(metricNames.serviceDuration, { by, window: options.window }))])
      const meanOf = new Map(means.map(({ metric, value }) => [`${metric.backend}/${metric.workload}`, value]))
      const moments: Record<string, Record<string, ServiceMoments>> = Object.fromEntries(configs.map((c) => [c.name, {}]))
      const perWorkload = new Map<string, number>()
      for (const { metric, value } of counts) {
        const { backend = '', workload = '' } = metric
        const n = Math.round(value)
        const meanSeconds = meanOf.get(`${backend}/${workload}`)
        if (n === 0 || meanSeconds === undefined || !(backend in moments)) continue
        ;(moments[backend] as Record<string, ServiceMoments>)[workload] = { count: n, meanSeconds, varianceSeconds2: 0 }
        perWorkload.set(workload, (perWorkload.get(workload) ?? 0) + n)
      }
      const completed = [...perWorkload.values()].reduce((sum, n) => sum + n, 0)
      const mix = [...perWorkload].map(([workload, n]) => ({ workload, completed: n, share: n / completed }))
        .sort((a, b) => b.completed - a.completed || a.workload.localeCompare(b.workload))
      const seconds = durationSeconds(options.window)
      const toMs = now()
      // the rate over the whole window: traffic that began inside it is spread over all of it
      const window = completed === 0 ? null : { fromMs: toMs - seconds * 1000, toMs, seconds, completed, ratePerHour: completed / seconds * 3600 }
      return { configs, moments, mix, window }
    }
  }
}
export type PlanPrometheusSource = ReturnType<typeof createPlanPrometheusSource>
