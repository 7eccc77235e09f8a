// What the planner rests on, read from the gateway's completed jobs: service-time moments per
// (configuration, workload), the mix of workloads and the rate over the window the jobs span.

/** One configuration a fleet is built of: a backend's parallel config on its GPUs. */
export interface PlanConfig {
  /** The backend's name: the configuration as the gateway knows it. */
  name: string
  gpus: number
  /** e.g. `sp2 ulysses1 ring2` */
  parallel: string
}

/** Service-time moments of one (configuration, workload). */
export interface ServiceMoments {
  count: number
  meanSeconds: number
  /** Sample variance (n - 1), 0 with one sample. */
  varianceSeconds2: number
}

export interface ObservedWindow {
  fromMs: number
  toMs: number
  seconds: number
  completed: number
  /** Completions per hour, (completed - 1) / seconds: the gaps between them, as a Poisson rate is estimated. */
  ratePerHour: number | null
}

export interface PlanInputs {
  configs: PlanConfig[]
  /** By configuration name, then workload key. */
  moments: Record<string, Record<string, ServiceMoments>>
  /** Completed jobs per workload over every backend, the most common first. */
  mix: Array<{ workload: string, completed: number, share: number }>
  window: ObservedWindow | null
}

/** What a completed job contributes: its workload and the backend's busy seconds (src/compare/sample.ts's JobSample fits). */
export interface ServiceSample {
  workload: string
  serviceSeconds: number | null
}

export function momentsOf (seconds: number[]): ServiceMoments {
  const count = seconds.length
  const meanSeconds = seconds.reduce((sum, s) => sum + s, 0) / count
  const varianceSeconds2 = count < 2 ? 0 : seconds.reduce((sum, s) => sum + (s - meanSeconds) ** 2, 0) / (count - 1)
  return { count, meanSeconds, varianceSeconds2 }
}

/** Moments per workload of one backend's jobs; a job without a measured service time is left out. */
export function momentsByWorkload (samples: ServiceSample[]): Record<string, ServiceMoments> {
  const byWorkload = new Map<string, number[]>()
  for (const { workload, serviceSeconds } of samples) {
    if (serviceSeconds === null || !(serviceSeconds > 0)) continue
    let list = byWorkload.get(workload)
    if (!list) byWorkload.set(workload, list = [])
    list.push(serviceSeconds)
  }
  return Object.fromEntries([...byWorkload].map(([workload, seconds]) => [workload, momentsOf(seconds)]))
}

/** The shares of each workload over every backend's completed jobs. */
export function observedMix (samplesByConfig: ServiceSample[][]): PlanInputs['mix'] {
  const counts = new Map<string, number>()
  for (const samples of samplesByConfig) {
    for (const { workload } of samples) counts.set(workload, (counts.get(workload) ?? 0) + 1)
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
  return [...counts].map(([workload, completed]) => ({ workload, completed, share: completed / total }))
    .sort((a, b) => b.completed - a.completed || a.workload.localeCompare(b.workload))
}

/** The window completion times span, oldest to newest; null with none. */
export function observedWindow (completedAtMs: number[]): ObservedWindow | null {
  if (completedAtMs.length === 0) return null
  // a loop, not Math.min(...times): 10,000 per backend can pass the engine's limit on arguments
  let fromMs = Number.POSITIVE_INFINITY
  let toMs = Number.NEGATIVE_INFINITY
  for (const atMs of completedAtMs) {
    if (atMs < fromMs) fromMs = atMs
    if (atMs > toMs) toMs = atMs
  }
  const seconds = (toMs - fromMs) / 1000
  const completed = completedAtMs.length
  return { fromMs, toMs, seconds, completed, ratePerHour: completed >= 2 && seconds > 0 ? (completed - 1) / seconds * 3600 : null }
}

export interface GatherOptions {
  configs: PlanConfig[]
  samples: (config: string) => ServiceSample[]
  completedAtMs: number[]
}

export function gatherInputs ({ configs, samples, completedAtMs }: GatherOptions): PlanInputs {
  const byConfig = configs.map((config) => samples(config.name))
  return {
    configs,
    moments: Object.fromEntries(configs.map((config, i) => [config.name, momentsByWorkload(byConfig[i] as ServiceSample[])])),
    mix: observedMix(byConfig),
    window: observedWindow(completedAtMs)
  }
}
