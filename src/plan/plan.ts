// The capacity plan: every maximal fleet of the configurations in G GPUs, its capacity for the
// mix, its predicted latency at the rate (queueing.ts, or the routing simulation where the model
// is not good enough) and its cost, with the three recommendations. Pure: the inputs are given.
import { enumerateFleets } from './fleets.ts'
import type { PlanConfig, PlanInputs, ObservedWindow } from './inputs.ts'
import { recommend, type Recommendation } from './recommend.ts'
import { percent, rowsOf, type ConfigService, type FleetRow, type RowOptions } from './rows.ts'

export interface PlanRequest {
  gpus: number
  /** Arrivals per hour; the observed rate when not given. */
  ratePerHour?: number
  sloP95Seconds?: number
  /** One workload instead of the observed mix. */
  workload?: string
  /** Configuration names; every one known when not given. */
  configs?: string[]
}

export interface PlanOptions extends RowOptions {
  /** Samples a (configuration, workload) needs before it is planned with. */
  minSamples?: number
  maxFleets?: number
}

export interface Plan {
  gpus: number
  ratePerHour: number
  rateSource: 'given' | 'observed' | 'none'
  sloP95Seconds: number | null
  window: ObservedWindow | null
  samples: Array<{ config: string, workload: string, count: number, meanServiceSeconds: number }>
  minSamples: number
  notEnoughSamples: Array<{ config: string, workload: string, count: number }>
  mix: Array<{ workload: string, share: number, planned: boolean }>
  configs: ConfigService[]
  fleets: FleetRow[]
  truncated: boolean
  recommendations: Recommendation[]
  /** What the plan lacks before it can give fleet rows; empty when it has rows. */
  needs: string[]
  notes: string[]
}

export const planModel = 'M/G/c pooled over the fleet: Erlang C wait probability, Allen–Cunneen mean wait, exponential wait tail, ' +
  'lognormal service on the backend fastest-completion routing would choose (docs/planner.md)'

export function buildPlan (inputs: PlanInputs, request: PlanRequest, options: PlanOptions = {}): Plan {
  const { minSamples = 3, maxFleets = 200 } = options
  const configs = request.configs ? inputs.configs.filter((config) => request.configs?.includes(config.name)) : inputs.configs
  const mix = request.workload === undefined ? inputs.mix : [{ workload: request.workload, completed: 0, share: 1 }]
  const countOf = (config: string, workload: string) => inputs.moments[config]?.[workload]?.count ?? 0
  const notEnoughSamples = configs.flatMap((config) => mix.filter(({ workload }) => countOf(config.name, workload) < minSamples)
    .map(({ workload }) => ({ config: config.name, workload, count: countOf(config.name, workload) })))
  const covered = mix.filter(({ workload }) => configs.every((config) => countOf(config.name, workload) >= minSamples))
  const coveredShare = covered.reduce((sum, { share }) => sum + share, 0)
  const planned = covered.map(({ workload, share }) => ({ workload, share: share / coveredShare }))
  const rate = rateOf(request, inputs.window)
  const base = {
    gpus: request.gpus,
    ...rate,
    sloP95Seconds: request.sloP95Seconds ?? null,
    window: inputs.window,
    samples: samplesOf(inputs, configs),
    minSamples,
    notEnoughSamples,
    mix: mix.map(({ workload, share }) => ({ workload, share, planned: covered.some((c) => c.workload === workload) }))
  }
  const needs = needsOf(configs, mix, covered.length, minSamples, request.gpus)
  if (needs.length > 0) return { ...base, configs: [], fleets: [], truncated: false, recommendations: [], needs, notes: [] }
  const services = configs.map((config) => serviceOf(config, planned, inputs))
  const { fleets: counts, truncated } = enumerateFleets(services.map((s) => s.gpus), request.gpus, maxFleets)
  const notes = [`predictions: ${planModel}`]
  if (coveredShare < 1) notes.push(`the mix leaves out ${percent(1 - coveredShare)} of jobs: workloads without ${minSamples} samples on every configuration`)
  if (truncated) notes.push(`more than ${maxFleets} fleets fit: the first ${maxFleets} are shown`)
  const fleets = rowsOf(services, counts, rate.ratePerHour, request.sloP95Seconds, options, notes)
  return { ...base, configs: services, fleets, truncated, recommendations: recommend(fleets, rate.ratePerHour, request.sloP95Seconds), needs, notes }
}

function rateOf (request: PlanRequest, window: ObservedWindow | null): Pick<Plan, 'ratePerHour' | 'rateSource'> {
  if (request.ratePerHour !== undefined) return { ratePerHour: request.ratePerHour, rateSource: 'given' }
  if (window?.ratePerHour != null) return { ratePerHour: window.ratePerHour, rateSource: 'observed' }
  return { ratePerHour: 0, rateSource: 'none' }
}

function samplesOf (inputs: PlanInputs, configs: PlanConfig[]): Plan['samples'] {
  return configs.flatMap((config) => Object.entries(inputs.moments[config.name] ?? {})
    .map(([workload, m]) => ({ config: config.name, workload, count: m.count, meanServiceSeconds: m.meanSeconds })))
}

function needsOf (configs: PlanConfig[], mix: PlanInputs['mix'], covered: number, minSamples: number, gpus: number): string[] {
  if (configs.length === 0) return ['a configured backend']
  if (mix.length === 0) return [`completed jobs: at least ${minSamples} of a workload on each of ${configs.map((c) => c.name).join(', ')}`]
  const needs: string[] = []
  if (covered === 0) needs.push(`${minSamples} completed jobs of one workload on every configuration (see notEnoughSamples)`)
  const smallest = Math.min(...configs.map((c) => c.gpus))
  if (smallest > gpus) needs.push(`at least ${smallest} GPUs: no configuration fits in ${gpus}`)
  return needs
}

/** A configuration's service time for the mix: the mixture's mean and SCV, from each workload's moments. */
function serviceOf (config: PlanConfig, planned: Array<{ workload: string, share: number }>, inputs: PlanInputs): ConfigService {
  let mean = 0
  let second = 0
  for (const { workload, share } of planned) {
    const m = inputs.moments[config.name]?.[workload]
    if (!m) continue
    mean += share * m.meanSeconds
    second += share * (m.varianceSeconds2 + m.meanSeconds ** 2)
  }
  return { ...config, meanServiceSeconds: mean, scv: Math.max(0, second / (mean * mean) - 1) }
}
