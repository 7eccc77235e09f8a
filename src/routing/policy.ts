// Which backend gets the next generation. Backends run generations strictly one at a time, so a
// job's latency is the work queued ahead of it plus its own service time: that is what
// 'fastest-completion' models, per workload when the gateway knows them (service-model.ts).

export interface BackendLoad {
  name: string
  available: boolean
  outstanding: number
  // observed mean service time of one generation, whatever its shape; null until measured
  expectedServiceSeconds: number | null
  // Per workload (service-model.ts workAhead), for 'fastest-completion'. Without them every job
  // ahead, and this one, costs expectedServiceSeconds: the workload-blind prediction.
  // predicted seconds of the jobs ahead that could be priced
  aheadSeconds?: number
  // jobs ahead that could not (nothing learned for them yet): priced at expectedServiceSeconds
  unpricedJobs?: number
  // this request's predicted service seconds here; null until anything is learned here
  ownServiceSeconds?: number | null
  // capacity weight, used by 'weighted'
  weight: number
}

export const POLICY_NAMES = ['round-robin', 'least-outstanding', 'weighted', 'fastest-completion'] as const
export type PolicyName = typeof POLICY_NAMES[number]

export interface RoutingPolicy {
  choose (loads: BackendLoad[]): string | undefined
}

export function createRoutingPolicy (name: PolicyName, random: () => number = Math.random): RoutingPolicy {
  switch (name) {
    case 'round-robin': return createRoundRobin()
    case 'least-outstanding': return createLeastOutstanding(random)
    case 'weighted': return createSmoothWeighted()
    case 'fastest-completion': return createFastestCompletion()
    default: throw new RangeError(`unknown routing policy ${String(name)}`)
  }
}

// Rotates by name rather than by position in the available list, so a backend that drops out
// and comes back does not shift the turn of the others
function createRoundRobin (): RoutingPolicy {
  let lastName: string | undefined
  function choose (loads: BackendLoad[]): string | undefined {
    const start = loads.findIndex((load) => load.name === lastName) + 1
    for (let i = 0; i < loads.length; i++) {
      const load = loads[(start + i) % loads.length] as BackendLoad
      if (load.available) {
        lastName = load.name
        return load.name
      }
    }
    return undefined
  }
  return { choose }
}

// Ties go to a random one: gateway replicas see the same counts and would otherwise all pick the
// same backend
function createLeastOutstanding (random: () => number): RoutingPolicy {
  function choose (loads: BackendLoad[]): string | undefined {
    let least: BackendLoad[] = []
    for (const load of loads) {
      if (!load.available) continue
      if (least.length === 0 || load.outstanding < (least[0] as BackendLoad).outstanding) least = [load]
      else if (load.outstanding === (least[0] as BackendLoad).outstanding) least.push(load)
    }
    if (least.length === 0) return undefined
    const index = Math.min(Math.floor(random() * least.length), least.length - 1)
    return (least[index] as BackendLoad).name
  }
  return { choose }
}

// nginx's smooth weighted round robin: weights 5,1,1 give a a b a c a a, not a a a a a b c.
// A weight of 0 drains a backend.
function createSmoothWeighted (): RoutingPolicy {
  const currentWeights = new Map<string, number>()
  function choose (loads: BackendLoad[]): string | undefined {
    const eligible = loads.filter((load) => load.available && Number.isFinite(load.weight) && load.weight > 0)
    forgetDeparted(currentWeights, loads)
    let best: BackendLoad | undefined
    let total = 0
    for (const load of eligible) {
      const current = (currentWeights.get(load.name) ?? 0) + load.weight
      currentWeights.set(load.name, current)
      total += load.weight
      if (best === undefined || current > (currentWeights.get(best.name) as number)) best = load
    }
    if (best === undefined) return undefined
    currentWeights.set(best.name, (currentWeights.get(best.name) as number) - total)
    return best.name
  }
  return { choose }
}

/**
 * Capacity weights for 'weighted': a backend's replicas over its service time, in jobs per second.
 * Until every backend has a measured service time, shares cannot be told: replicas alone.
 */
export function capacityWeights (backends: Array<{ replicas: number, expectedServiceSeconds: number | null }>): number[] {
  const known = backends.every((backend) => knownServiceSeconds(backend) !== null)
  return backends.map((backend) => known ? backend.replicas / (backend.expectedServiceSeconds as number) : backend.replicas)
}

function forgetDeparted (currentWeights: Map<string, number>, loads: BackendLoad[]): void {
  for (const name of currentWeights.keys()) {
    if (!loads.some((load) => load.name === name)) currentWeights.delete(name)
  }
}

function createFastestCompletion (): RoutingPolicy {
  function choose (loads: BackendLoad[]): string | undefined {
    const available = loads.filter((load) => load.available)
    const fallbackSeconds = meanKnownServiceSeconds(available)
    const ownFallbackSeconds = meanOf(available.map((load) => positive(load.ownServiceSeconds)))
    let best: { load: BackendLoad, finishSeconds: number } | undefined
    for (const load of available) {
      const finishSeconds = predictedFinishSeconds(load, fallbackSeconds, ownFallbackSeconds)
      if (best === undefined || finishesFirst(finishSeconds, load, best.finishSeconds, best.load)) {
        best = { load, finishSeconds }
      }
    }
    return best?.load.name
  }
  return { choose }
}

/**
 * The work ahead plus the request's own service time. A backend that has learned nothing for
 * this request is assumed average for it (the mean of the others' predictions for it), so it
 * gets traffic and a measurement.
 */
function predictedFinishSeconds (load: BackendLoad, fallbackSeconds: number, ownFallbackSeconds: number | null): number {
  const perJobSeconds = knownServiceSeconds(load) ?? fallbackSeconds
  if (load.aheadSeconds === undefined) return (load.outstanding + 1) * perJobSeconds
  const ownSeconds = positive(load.ownServiceSeconds) ?? ownFallbackSeconds ?? perJobSeconds
  return load.aheadSeconds + (load.unpricedJobs ?? 0) * perJobSeconds + ownSeconds
}

const positive = (seconds: number | null | undefined): number | null =>
  seconds !== null && seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : null

function meanOf (values: Array<number | null>): number | null {
  const known = values.filter((value) => value !== null)
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length
}

function knownServiceSeconds (load: Pick<BackendLoad, 'expectedServiceSeconds'>): number | null {
  return positive(load.expectedServiceSeconds)
}

// A backend not measured yet is assumed average, so it gets traffic and a measurement; with
// nothing measured, every backend costs the same and the policy becomes least-outstanding
function meanKnownServiceSeconds (loads: BackendLoad[]): number {
  return meanOf(loads.map(knownServiceSeconds)) ?? 1
}

function finishesFirst (finishSeconds: number, load: BackendLoad, bestFinishSeconds: number, bestLoad: BackendLoad): boolean {
  if (finishSeconds !== bestFinishSeconds) return finishSeconds < bestFinishSeconds
  if (load.outstanding !== bestLoad.outstanding) return load.outstanding < bestLoad.outstanding
  return load.name < bestLoad.name
}
