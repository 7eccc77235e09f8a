// The planner as the gateway asks it: the query's names checked against what the gateway knows,
// the inputs gathered from its completed jobs at each call, the plan built.
import { NonFiniteNumberError, UnknownPlanValueError } from '../errors.ts'
import { gatherInputs, type PlanConfig, type ServiceSample } from './inputs.ts'
import { buildPlan, type Plan, type PlanOptions } from './plan.ts'

export interface PlannerQuery {
  gpus: number
  rate?: number
  slo_p95_seconds?: number
  workload?: string
  configs?: string
}

export interface PlannerOptions extends PlanOptions {
  configs: PlanConfig[]
  samples: (config: string) => ServiceSample[]
  completedAtMs: () => number[]
  /** Workload keys accepted before any job ran one (the configured presets). */
  presetWorkloads: string[]
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
  return {
    plan (query: PlannerQuery): Plan {
      for (const param of ['rate', 'slo_p95_seconds'] as const) {
        const value = query[param]
        if (value !== undefined && !Number.isFinite(value)) throw new NonFiniteNumberError(param, String(value), { param })
      }
      const inputs = gatherInputs({ configs, samples: options.samples, completedAtMs: options.completedAtMs() })
      if (query.workload !== undefined) {
        const accepted = [...new Set([...inputs.mix.map(({ workload }) => workload), ...options.presetWorkloads])]
        if (!accepted.includes(query.workload)) {
          const known = accepted.join(', ') || 'none yet: no job has completed'
          throw new UnknownPlanValueError('workload', query.workload.slice(0, 100), known, { param: 'workload' })
        }
      }
      return buildPlan(inputs, {
        gpus: query.gpus,
        ...(query.rate === undefined ? {} : { ratePerHour: query.rate }),
        ...(query.slo_p95_seconds === undefined ? {} : { sloP95Seconds: query.slo_p95_seconds }),
        ...(query.workload === undefined ? {} : { workload: query.workload }),
        ...(query.configs === undefined ? {} : { configs: selectedConfigs(query.configs) as string[] })
      }, options)
    }
  }
}
export type Planner = ReturnType<typeof createPlanner>
