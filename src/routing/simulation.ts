// Routing under load, in simulated time: Poisson arrivals of a mix of workloads, backends that run
// one generation at a time in FIFO order, and the real policies of policy.ts choosing from the
// BackendLoad the gateway builds (jobs outstanding, the service model of service-model.ts learned
// from completed jobs, the work queued ahead priced by workload, a weight). No I/O, no clock.
import { sortedQuantile } from '../stats/summary.ts'
import { capacityWeights, createRoutingPolicy, POLICY_NAMES } from './policy.ts'
import type { BackendLoad, PolicyName, RoutingPolicy } from './policy.ts'
import { createRandom, drawIndex, exponentialSeconds, lognormalFactor } from './random.ts'
import type { Random } from './random.ts'
import { createOutstandingWork, createServiceModel, workAhead, type OutstandingWork, type ServiceModel, type Work } from './service-model.ts'

// 'pinned' is the "just use the fast one" deployment, 'fastest-completion-blind' the policy as it
// was before it knew workloads (every job ahead, and this one, at the backend's mean): neither is
// a gateway policy
export const SIMULATED_POLICY_NAMES = ['pinned', ...POLICY_NAMES, 'fastest-completion-blind'] as const
export type SimulatedPolicyName = typeof SIMULATED_POLICY_NAMES[number]

export interface SimulatedWorkload extends Work {
  /** Its fraction of the arrivals. */
  share: number
}

export interface SimulatedBackend {
  name: string
  gpus: number
  /** Mean service seconds of one job of each workload, by key. */
  serviceSeconds: Record<string, number>
}

export interface Arrival {
  seconds: number
  /** Index into the workloads. */
  workload: number
}

export interface RoutedJob {
  arrivalSeconds: number
  workload: number
  // index into the backends; -1 when the policy chose none (the job is lost)
  backend: number
  startSeconds: number
  completionSeconds: number
  serviceSeconds: number
}

export interface RouteJobsOptions {
  policy: RoutingPolicy
  backends: SimulatedBackend[]
  workloads: Work[]
  // 'workload': the policy sees the work ahead and the job's own time by workload, as the gateway
  // builds it; 'backend': only each backend's mean over all its jobs
  knowledge: 'workload' | 'backend'
  // 'capacity': the gateway's weights, learned service times as they stand at each decision;
  // 'replicas': one each
  weights: 'capacity' | 'replicas'
  // ascending
  arrivals: Arrival[]
  // called once per job, in arrival order, with the chosen backend's index
  serviceSeconds: (backend: number, workload: number) => number
  ewmaAlpha?: number
}

interface BackendQueue {
  jobs: Array<{ completionSeconds: number, serviceSeconds: number, work: Work }>
  head: number
  freeAtSeconds: number
  model: ServiceModel
  work: OutstandingWork
}

// A FIFO backend fixes a job's start and end when it is queued: later arrivals cannot overtake it.
// So completions are only events for what the gateway learns (the outstanding work and the
// service model), and are replayed in time order up to each arrival.
export function routeJobs (options: RouteJobsOptions): RoutedJob[] {
  const { policy, backends, workloads, weights, arrivals, serviceSeconds, ewmaAlpha = 0.3 } = options
  const queues: BackendQueue[] = backends.map(() => ({
    jobs: [], head: 0, freeAtSeconds: 0, model: createServiceModel({ alpha: ewmaAlpha }), work: createOutstandingWork()
  }))
  const indexOf = new Map(backends.map((backend, i) => [backend.name, i]))
  const routed: RoutedJob[] = []
  for (const arrival of arrivals) {
    completeUntil(queues, arrival.seconds)
    const work = workloads[arrival.workload] as Work
    const learned = queues.map((queue) => ({ replicas: 1, expectedServiceSeconds: queue.model.mean() }))
    const weightOf = weights === 'capacity' ? capacityWeights(learned) : learned.map(() => 1)
    const loads = backends.map((backend, i) => backendLoad(backend, queues[i] as BackendQueue, weightOf[i] ?? 1, options.knowledge, work))
    const chosen = indexOf.get(policy.choose(loads) ?? '') ?? -1
    if (chosen === -1) {
      routed.push({ arrivalSeconds: arrival.seconds, workload: arrival.workload, backend: -1, startSeconds: NaN, completionSeconds: NaN, serviceSeconds: NaN })
      continue
    }
    const queue = queues[chosen] as BackendQueue
    const service = serviceSeconds(chosen, arrival.workload)
    const start = Math.max(arrival.seconds, queue.freeAtSeconds)
    queue.freeAtSeconds = start + service
    queue.jobs.push({ completionSeconds: queue.freeAtSeconds, serviceSeconds: service, work })
    queue.work.add(work)
    const job = { arrivalSeconds: arrival.seconds, workload: arrival.workload, backend: chosen }
    routed.push({ ...job, startSeconds: start, completionSeconds: queue.freeAtSeconds, serviceSeconds: service })
  }
  return routed
}

// As src/routing/router.ts builds it: outstanding = submitted and not finished, the mean is null
// until the backend's first completion
function backendLoad (backend: SimulatedBackend, queue: BackendQueue, weight: number, knowledge: RouteJobsOptions['knowledge'], work: Work): BackendLoad {
  const outstanding = queue.jobs.length - queue.head
  const load = { name: backend.name, available: true, outstanding, expectedServiceSeconds: queue.model.mean(), weight }
  return knowledge === 'workload' ? { ...load, ...workAhead(queue.model, [{ outstanding, work: queue.work }], work) } : load
}

// A completion at the very instant of an arrival counts as done, as a poll would see it
function completeUntil (queues: BackendQueue[], nowSeconds: number): void {
  for (;;) {
    let next: BackendQueue | undefined
    let nextSeconds = Number.POSITIVE_INFINITY
    for (const queue of queues) {
      const at = queue.jobs[queue.head]?.completionSeconds
      if (at !== undefined && at <= nowSeconds && at < nextSeconds) {
        next = queue
        nextSeconds = at
      }
    }
    if (next === undefined) return
    const done = next.jobs[next.head]!
    next.model.observe(done.work, done.serviceSeconds)
    next.work.remove(done.work)
    next.head++
  }
}

export function createPinnedPolicy (name: string): RoutingPolicy {
  function choose (loads: BackendLoad[]): string | undefined {
    return loads.find((load) => load.available && load.name === name)?.name
  }
  return { choose }
}

/** A backend's mean service seconds over the mix, each workload at its share. */
export function mixServiceSeconds (backend: SimulatedBackend, workloads: SimulatedWorkload[]): number {
  const total = workloads.reduce((sum, w) => sum + w.share, 0)
  return workloads.reduce((sum, w) => sum + w.share * serviceOf(backend, w.key), 0) / total
}

/**
 * Jobs per second the backends complete when each serves the mix as it arrives. A router that
 * sends each shape where it runs best can do more: load fractions are of this.
 */
export function capacityJobsPerSecond (backends: SimulatedBackend[], workloads: SimulatedWorkload[]): number {
  return backends.reduce((sum, backend) => sum + 1 / mixServiceSeconds(backend, workloads), 0)
}

function serviceOf (backend: SimulatedBackend, key: string): number {
  const seconds = backend.serviceSeconds[key]
  if (!(seconds !== undefined && seconds > 0)) throw new RangeError(`backend ${backend.name} needs a service time > 0 for workload ${key}`)
  return seconds
}

export interface SimulationOptions {
  policy: SimulatedPolicyName
  // offered load as a fraction of the backends' combined capacity on the mix
  loadFraction: number
  // jobs measured, after warmupJobs that are routed but not measured
  jobs: number
  warmupJobs: number
  seed: number
  backends: SimulatedBackend[]
  workloads: SimulatedWorkload[]
  // coefficient of variation of a job's service time
  jitter: number
  // 'capacity' (default) weighs by learned capacity as the gateway does; 'replicas' passes 1 each
  weights?: 'capacity' | 'replicas'
}

export function simulateRouting (options: SimulationOptions): SimulationResult {
  const { backends, workloads, loadFraction, jobs, warmupJobs, seed, jitter } = options
  checkOptions(options)
  const capacity = capacityJobsPerSecond(backends, workloads)
  const offered = capacity * loadFraction
  // Separate streams, so every policy sees the same arrivals, the same shapes and job k the same service factor
  const arrivalsRandom = createRandom(streamSeed(seed, 1))
  const serviceRandom = createRandom(streamSeed(seed, 2))
  const shapeRandom = createRandom(streamSeed(seed, 4))
  const arrivals: Arrival[] = []
  let now = 0
  for (let i = 0; i < warmupJobs + jobs; i++) {
    now += exponentialSeconds(arrivalsRandom, offered)
    arrivals.push({ seconds: now, workload: drawIndex(shapeRandom, workloads.map((w) => w.share)) })
  }
  const routed = routeJobs({
    policy: createSimulatedPolicy(options.policy, backends, workloads, createRandom(streamSeed(seed, 3))),
    backends,
    workloads,
    knowledge: options.policy === 'fastest-completion-blind' ? 'backend' : 'workload',
    weights: options.weights ?? 'capacity',
    arrivals,
    serviceSeconds: (backend, workload) => serviceOf(backends[backend]!, workloads[workload]!.key) * lognormalFactor(serviceRandom, jitter)
  })
  return summarizeRun(options, routed, offered, capacity)
}

function checkOptions ({ backends, workloads, loadFraction, jobs, warmupJobs, jitter }: SimulationOptions): void {
  if (backends.length === 0) throw new RangeError('the study needs a backend')
  if (workloads.length === 0 || !workloads.every((w) => w.share > 0)) throw new RangeError('every workload needs a share > 0')
  for (const backend of backends) for (const w of workloads) serviceOf(backend, w.key)
  if (!(loadFraction > 0)) throw new RangeError(`loadFraction must be > 0, got ${loadFraction}`)
  if (!(Number.isInteger(jobs) && jobs >= 2)) throw new RangeError(`jobs must be an integer >= 2, got ${jobs}`)
  if (!(Number.isInteger(warmupJobs) && warmupJobs >= 0)) throw new RangeError(`warmupJobs must be an integer >= 0, got ${warmupJobs}`)
  if (!(jitter >= 0)) throw new RangeError(`jitter must be >= 0, got ${jitter}`)
}

function streamSeed (seed: number, stream: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(stream, 0x85ebca6b)) >>> 0
}

function createSimulatedPolicy (name: SimulatedPolicyName, backends: SimulatedBackend[], workloads: SimulatedWorkload[], random: Random): RoutingPolicy {
  if (name === 'fastest-completion-blind') return createRoutingPolicy('fastest-completion')
  if (name !== 'pinned') return createRoutingPolicy(name satisfies PolicyName, random)
  const fastest = backends.reduce((best, backend) => mixServiceSeconds(backend, workloads) < mixServiceSeconds(best, workloads) ? backend : best)
  return createPinnedPolicy(fastest.name)
}

export interface SimulationResult {
  policy: SimulatedPolicyName
  loadFraction: number
  offeredJobsPerSecond: number
  // the arrival rate this seed's Poisson draws achieved in the window
  arrivalsPerSecond: number
  capacityJobsPerSecond: number
  // measured jobs: arrived = completed + inQueueAtEnd + lost
  arrived: number
  completed: number
  inQueueAtEnd: number
  lost: number
  windowSeconds: number
  // every completion inside the window (warmup jobs' included) per second of it
  throughputJobsPerSecond: number
  // measured jobs, sorted; includes the jobs still queued at the end, whose completion FIFO fixes
  endToEndSeconds: number[]
  p50Seconds: number
  p95Seconds: number
  p99Seconds: number
  meanQueueWaitSeconds: number
  // GPU-seconds of service over the videos made, measured jobs served
  gpuSeconds: number
  videos: number
  jobsPerBackend: Record<string, number>
  // by workload key: its measured jobs' sorted end-to-end seconds, and how many went to each backend
  byWorkload: Record<string, { endToEndSeconds: number[], jobsPerBackend: Record<string, number> }>
}

// The run ends at the last arrival; the window starts at the first measured one
function summarizeRun (options: SimulationOptions, routed: RoutedJob[], offered: number, capacity: number): SimulationResult {
  const { backends, workloads } = options
  const measured = routed.slice(options.warmupJobs)
  const windowStart = measured[0]!.arrivalSeconds
  const end = measured.at(-1)!.arrivalSeconds
  const windowSeconds = end - windowStart
  const served = measured.filter((job) => job.backend !== -1)
  const completed = served.filter((job) => job.completionSeconds <= end).length
  const completedInWindow = routed.filter((job) => job.completionSeconds > windowStart && job.completionSeconds <= end).length
  const endToEnd = (jobs: RoutedJob[]) => jobs.map((job) => job.completionSeconds - job.arrivalSeconds).sort((a, b) => a - b)
  const countByBackend = (jobs: RoutedJob[]) => Object.fromEntries(backends.map((backend, i) => [backend.name, jobs.filter((job) => job.backend === i).length]))
  const endToEndSeconds = endToEnd(served)
  const waitSeconds = served.reduce((sum, job) => sum + job.startSeconds - job.arrivalSeconds, 0)
  const byWorkload = Object.fromEntries(workloads.map((w, k) => {
    const jobs = served.filter((job) => job.workload === k)
    return [w.key, { endToEndSeconds: endToEnd(jobs), jobsPerBackend: countByBackend(jobs) }]
  }))
  return {
    policy: options.policy,
    loadFraction: options.loadFraction,
    offeredJobsPerSecond: offered,
    arrivalsPerSecond: windowSeconds > 0 ? (measured.length - 1) / windowSeconds : 0,
    capacityJobsPerSecond: capacity,
    arrived: measured.length,
    completed,
    inQueueAtEnd: served.length - completed,
    lost: measured.length - served.length,
    windowSeconds,
    throughputJobsPerSecond: windowSeconds > 0 ? completedInWindow / windowSeconds : 0,
    endToEndSeconds,
    ...percentiles(endToEndSeconds),
    meanQueueWaitSeconds: served.length === 0 ? Number.NaN : waitSeconds / served.length,
    gpuSeconds: served.reduce((sum, job) => sum + job.serviceSeconds * backends[job.backend]!.gpus, 0),
    videos: served.reduce((sum, job) => sum + workloads[job.workload]!.outputs, 0),
    jobsPerBackend: countByBackend(served),
    byWorkload
  }
}

export function percentiles (sortedSeconds: number[]): { p50Seconds: number, p95Seconds: number, p99Seconds: number } {
  if (sortedSeconds.length === 0) return { p50Seconds: Number.NaN, p95Seconds: Number.NaN, p99Seconds: Number.NaN }
  return {
    p50Seconds: sortedQuantile(sortedSeconds, 0.5),
    p95Seconds: sortedQuantile(sortedSeconds, 0.95),
    p99Seconds: sortedQuantile(sortedSeconds, 0.99)
  }
}
