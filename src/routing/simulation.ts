// Routing under load, in simulated time: Poisson arrivals, backends that run one generation at a
// time in FIFO order, and the real policies of policy.ts choosing from the BackendLoad the gateway
// builds (jobs outstanding, EWMA of completed jobs' service seconds, a weight). No I/O, no clock.

import { createEwma } from '../jobs/poll-interval.ts'
import type { Ewma } from '../jobs/poll-interval.ts'
import { sortedQuantile } from '../stats/summary.ts'
import { capacityWeights, createRoutingPolicy, POLICY_NAMES } from './policy.ts'
import type { BackendLoad, PolicyName, RoutingPolicy } from './policy.ts'
import { createRandom, gaussian } from './random.ts'
import type { Random } from './random.ts'

// 'pinned' is the "just use the fast one" deployment; it is not a gateway policy
export const SIMULATED_POLICY_NAMES = ['pinned', ...POLICY_NAMES] as const
export type SimulatedPolicyName = typeof SIMULATED_POLICY_NAMES[number]

export interface SimulatedBackend {
  name: string
  meanServiceSeconds: number
}

export interface RoutedJob {
  arrivalSeconds: number
  // index into the backends; -1 when the policy chose none (the job is lost)
  backend: number
  startSeconds: number
  completionSeconds: number
}

export interface RouteJobsOptions {
  policy: RoutingPolicy
  backends: SimulatedBackend[]
  // 'capacity': the gateway's weights, learned service times as they stand at each decision;
  // 'replicas': one each
  weights: 'capacity' | 'replicas'
  // ascending
  arrivalSeconds: number[]
  // called once per job, in arrival order, with the chosen backend's index
  serviceSeconds: (backend: number) => number
  ewmaAlpha?: number
}

interface BackendQueue {
  completionSeconds: number[]
  serviceSeconds: number[]
  head: number
  freeAtSeconds: number
  ewma: Ewma
}

// A FIFO backend fixes a job's start and end when it is queued: later arrivals cannot overtake it.
// So completions are only events for what the gateway learns (the outstanding count and the EWMA),
// and are replayed in time order up to each arrival.
export function routeJobs (options: RouteJobsOptions): RoutedJob[] {
  const { policy, backends, weights, arrivalSeconds, serviceSeconds, ewmaAlpha = 0.3 } = options
  const queues: BackendQueue[] = backends.map(() => ({
    completionSeconds: [], serviceSeconds: [], head: 0, freeAtSeconds: 0, ewma: createEwma(ewmaAlpha)
  }))
  const indexOf = new Map(backends.map((backend, i) => [backend.name, i]))
  const jobs: RoutedJob[] = []
  for (const arrival of arrivalSeconds) {
    completeUntil(queues, arrival)
    const learned = queues.map((queue) => ({ replicas: 1, expectedServiceSeconds: queue.ewma.value() }))
    const weightOf = weights === 'capacity' ? capacityWeights(learned) : learned.map(() => 1)
    const loads = backends.map((backend, i) => backendLoad(backend, queues[i] as BackendQueue, weightOf[i] ?? 1))
    const chosen = indexOf.get(policy.choose(loads) ?? '') ?? -1
    if (chosen === -1) {
      jobs.push({ arrivalSeconds: arrival, backend: -1, startSeconds: Number.NaN, completionSeconds: Number.NaN })
      continue
    }
    const queue = queues[chosen] as BackendQueue
    const service = serviceSeconds(chosen)
    const start = Math.max(arrival, queue.freeAtSeconds)
    queue.freeAtSeconds = start + service
    queue.completionSeconds.push(queue.freeAtSeconds)
    queue.serviceSeconds.push(service)
    jobs.push({ arrivalSeconds: arrival, backend: chosen, startSeconds: start, completionSeconds: queue.freeAtSeconds })
  }
  return jobs
}

// As the gateway's plugins/jobs.ts: outstanding = submitted and not finished, the EWMA is null
// until the backend's first completion
function backendLoad (backend: SimulatedBackend, queue: BackendQueue, weight: number): BackendLoad {
  return {
    name: backend.name,
    available: true,
    outstanding: queue.completionSeconds.length - queue.head,
    expectedServiceSeconds: queue.ewma.value(),
    weight
  }
}

// A completion at the very instant of an arrival counts as done, as a poll would see it
function completeUntil (queues: BackendQueue[], nowSeconds: number): void {
  for (;;) {
    let next: BackendQueue | undefined
    let nextSeconds = Number.POSITIVE_INFINITY
    for (const queue of queues) {
      const at = queue.completionSeconds[queue.head]
      if (at !== undefined && at <= nowSeconds && at < nextSeconds) {
        next = queue
        nextSeconds = at
      }
    }
    if (next === undefined) return
    next.ewma.update(next.serviceSeconds[next.head] as number)
    next.head++
  }
}

export function createPinnedPolicy (name: string): RoutingPolicy {
  function choose (loads: BackendLoad[]): string | undefined {
    return loads.find((load) => load.available && load.name === name)?.name
  }
  return { choose }
}

// Inter-arrival time of a Poisson process; 1 - u keeps log away from 0
export function exponentialSeconds (random: Random, ratePerSecond: number): number {
  return -Math.log(1 - random()) / ratePerSecond
}

// Mean-preserving lognormal with coefficient of variation `cv`: positive and right-skewed like
// run times, and exactly 1 when cv is 0
export function lognormalFactor (random: Random, cv: number): number {
  if (cv <= 0) return 1
  const sigma = Math.sqrt(Math.log(1 + cv * cv))
  return Math.exp(sigma * gaussian(random) - sigma * sigma / 2)
}

export function capacityJobsPerSecond (backends: SimulatedBackend[]): number {
  return backends.reduce((sum, backend) => sum + 1 / backend.meanServiceSeconds, 0)
}

export interface SimulationOptions {
  policy: SimulatedPolicyName
  // offered load as a fraction of the backends' combined capacity
  loadFraction: number
  // jobs measured, after warmupJobs that are routed but not measured
  jobs: number
  warmupJobs: number
  seed: number
  backends: SimulatedBackend[]
  // coefficient of variation of a job's service time
  jitter: number
  // 'capacity' (default) weighs by learned capacity as the gateway does; 'replicas' passes 1 each
  weights?: 'capacity' | 'replicas'
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
  jobsPerBackend: Record<string, number>
}

export function simulateRouting (options: SimulationOptions): SimulationResult {
  const { backends, loadFraction, jobs, warmupJobs, seed, jitter } = options
  checkOptions(options)
  const capacity = capacityJobsPerSecond(backends)
  const offered = capacity * loadFraction
  // Separate streams, so every policy sees the same arrivals and job k the same service factor
  const arrivalsRandom = createRandom(streamSeed(seed, 1))
  const serviceRandom = createRandom(streamSeed(seed, 2))
  const arrivalSeconds: number[] = []
  let now = 0
  for (let i = 0; i < warmupJobs + jobs; i++) {
    now += exponentialSeconds(arrivalsRandom, offered)
    arrivalSeconds.push(now)
  }
  const routed = routeJobs({
    policy: createSimulatedPolicy(options.policy, backends, createRandom(streamSeed(seed, 3))),
    backends,
    weights: options.weights ?? 'capacity',
    arrivalSeconds,
    serviceSeconds: (backend) => (backends[backend] as SimulatedBackend).meanServiceSeconds * lognormalFactor(serviceRandom, jitter)
  })
  return summarizeRun(options, routed, offered, capacity)
}

function checkOptions ({ backends, loadFraction, jobs, warmupJobs, jitter }: SimulationOptions): void {
  if (backends.length === 0 || !backends.every((b) => b.meanServiceSeconds > 0)) throw new RangeError('every backend needs a mean service time > 0')
  if (!(loadFraction > 0)) throw new RangeError(`loadFraction must be > 0, got ${loadFraction}`)
  if (!(Number.isInteger(jobs) && jobs >= 2)) throw new RangeError(`jobs must be an integer >= 2, got ${jobs}`)
  if (!(Number.isInteger(warmupJobs) && warmupJobs >= 0)) throw new RangeError(`warmupJobs must be an integer >= 0, got ${warmupJobs}`)
  if (!(jitter >= 0)) throw new RangeError(`jitter must be >= 0, got ${jitter}`)
}

function streamSeed (seed: number, stream: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(stream, 0x85ebca6b)) >>> 0
}

function createSimulatedPolicy (name: SimulatedPolicyName, backends: SimulatedBackend[], random: Random): RoutingPolicy {
  if (name !== 'pinned') return createRoutingPolicy(name satisfies PolicyName, random)
  const fastest = backends.reduce((best, backend) => backend.meanServiceSeconds < best.meanServiceSeconds ? backend : best)
  return createPinnedPolicy(fastest.name)
}

// The run ends at the last arrival; the window starts at the first measured one
function summarizeRun (options: SimulationOptions, routed: RoutedJob[], offered: number, capacity: number): SimulationResult {
  const measured = routed.slice(options.warmupJobs)
  const windowStart = (measured[0] as RoutedJob).arrivalSeconds
  const end = (measured.at(-1) as RoutedJob).arrivalSeconds
  const windowSeconds = end - windowStart
  const served = measured.filter((job) => job.backend !== -1)
  const completed = served.filter((job) => job.completionSeconds <= end).length
  const completedInWindow = routed.filter((job) => job.completionSeconds > windowStart && job.completionSeconds <= end).length
  const endToEndSeconds = served.map((job) => job.completionSeconds - job.arrivalSeconds).sort((a, b) => a - b)
  const waitSeconds = served.reduce((sum, job) => sum + job.startSeconds - job.arrivalSeconds, 0)
  const jobsPerBackend: Record<string, number> = Object.fromEntries(options.backends.map((backend) => [backend.name, 0]))
  for (const job of served) {
    const name = (options.backends[job.backend] as SimulatedBackend).name
    jobsPerBackend[name] = (jobsPerBackend[name] ?? 0) + 1
  }
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
    jobsPerBackend
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
