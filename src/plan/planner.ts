// The planner as the gateway asks it: the query's names checked against what the gateway knows,
// the inputs gathered from its completed jobs at each call, the plan built.
import { NonFiniteNumberError, PrometheusUnavailableError, UnknownPlanValueError } from '../errors.ts'
import { gatherInputs, type PlanConfig, type PlanInputs, type ServiceSample } from './inputs.ts'
import { buildPlan, type Plan, type PlanOptions } from './plan.ts'
import type { PlanPrometheusSource } from './prometheus.ts'

export interface PlannerQuery {
  gpus: number
  rate?: number
  slo_p95_seconds?: number
  workload?: string
  configs?: string
  source?: 'gateway' | 'prometheus'
}

/** The plan and where its inputs came from. */
export type PlannedAnswer = Plan & { source: 'gateway' | 'prometheus' }

/** How the planner logs a fallback; pino's and Fastify's loggers fit. */
interface WarnLogger { warn (obj: object, msg: string): void }

export interface PlannerOptions extends PlanOptions {
  configs: PlanConfig[]
  samples: (config: string) => ServiceSample[]
  completedAtMs: () => number[]
  /** Workload keys accepted before any job ran one (the configured presets). */
  presetWorkloads: string[]
  /** Every replica's traffic (RINGSIDE_PROMETHEUS_URL): the default source when set. */
  prometheus?: PlanPrometheusSource
  logger?: WarnLogger
}

export function parallelOf (config: { sp_degree: number, ulysses_degree: number, ring_degree: number }): string {
  return `sp${config.sp_degree} ulysses${config.ulysses_degree} ring${config.ring_degree}`
}

export function createPlanner (options: PlannerOptions) {
  const { configs } = options
  function selectedConfigs (text: string | undefined): string[] | undefined {
    if (text === undefined) return undefined
    const names = text.split(',').map((name) => name.trim())
    const known = configs.map((config) => config.name)
    for (const name of names) {
      if (!known.includes(name)) throw new UnknownPlanValueError('configs', name.slice(0, 40), known.join(', '), { param: 'configs' })
    }
    return [...new Set(names)]
  }
  const local = () => gatherInputs({ configs, samples: options.samples, completedAtMs: options.completedAtMs() })
  // As /v1/compare: Prometheus by default when configured, this gateway's jobs with a note when it
  // cannot answer; asked for by name, its failure is the answer (502)
  async function inputsFrom (source: PlannerQuery['source']): Promise<{ inputs: PlanInputs, source: PlannedAnswer['source'], note?: string }> {
    const { prometheus } = options
    if (source === 'gateway' || (source === undefined && !prometheus)) return { inputs: local(), source: 'gateway' }
    if (!prometheus) throw new PrometheusUnavailableError('no Prometheus is configured (RINGSIDE_PROMETHEUS_URL)')
    try {
      return { inputs: await prometheus.inputs(configs), source: 'prometheus' }
    } catch (err) {
      if (source === 'prometheus') throw new PrometheusUnavailableError((err as Error).message, { cause: err })
      options.logger?.warn({ err }, 'the plan falls back to this gateway\'s jobs: Prometheus cannot answer')
      return { inputs: local(), source: 'gateway', note: `Prometheus could not answer (${(err as Error).message}): this gateway's jobs only` }
    }
  }
  return {
    async plan (query: PlannerQuery): Promise<PlannedAnswer> {
      for (const param of ['rate', 'slo_p95_seconds'] as const) {
        const value = query[param]
        if (value !== undefined && !Number.isFinite(value)) throw new NonFiniteNumberError(param, String(value), { param })
      }
      const selected = selectedConfigs(query.configs)
      const { inputs, source, note } = await inputsFrom(query.source)
      if (query.workload !== undefined) {
        const accepted = [...new Set([...inputs.mix.map(({ workload }) => workload), ...options.presetWorkloads])]
        if (!accepted.includes(query.workload)) {
          const known = accepted.join(', ') || 'none yet: no job has completed'
          throw new UnknownPlanValueError('workload', query.workload.slice(0, 100), known, { param: 'workload' })
        }
      }
      const plan = buildPlan(inputs, {
        gpus: query.gpus,
        ...(query.rate === undefined ? {} : { ratePerHour: query.rate }),
        ...(query.slo_p95_seconds === undefined ? {} : { sloP95Seconds: query.slo_p95_seconds }),
        ...(query.workload === undefined ? {} : { workload: query.workload }),
        ...(selected === undefined ? {} : { configs: selected })
      }, options)
      return { ...plan, source, notes: note === undefined ? plan.notes : [note, ...plan.notes] }
    }
  }
}
export type Planner = ReturnType<typeof createPlanner>
