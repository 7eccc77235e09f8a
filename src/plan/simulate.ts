// The one file that speaks src/routing/simulation.ts's API (another change may reshape it: only
// this adapter follows). It runs the gateway's own fastest-completion policy over a fleet.
import { simulateRouting, type SimulatedBackend, type SimulatedWorkload } from '../routing/simulation.ts'
import type { FleetMember } from './queueing.ts'

export interface SimulatedFleet {
  p50Seconds: number
  p95Seconds: number
  /** Share of jobs each kind of backend served, in `members` order. */
  shares: number[]
  jobs: number
}

export interface SimulateFleetOptions {
  /** Offered load, the rate over the fleet's capacity; > 0. */
  load: number
  jobs?: number
  warmupJobs?: number
  seed?: number
}

// The plan reduces the mix to each configuration's mean and SCV (as the model does): one workload
// standing for it, so the router's per-workload pricing sees one shape, the mix's mean
const mix: SimulatedWorkload = { key: 'mix', tokens: 1, steps: 1, outputs: 1, share: 1 }

/**
 * Poisson arrivals at `load` of the fleet's capacity, each backend FIFO with a lognormal service
 * time. The simulation takes one coefficient of variation for all backends: the capacity-weighted
 * mean SCV, as the queueing model pools it.
 */
export function simulateFleet (members: FleetMember[], { load, jobs = 20_000, warmupJobs = 2_000, seed = 17 }: SimulateFleetOptions): SimulatedFleet {
  const backends: SimulatedBackend[] = []
  const kindOf: number[] = []
  members.forEach((member, kind) => {
    for (let k = 0; k < member.count; k++) {
      // gpus do not change the latency; the plan counts GPU-seconds itself
      backends.push({ name: `k${kind}-${k}`, gpus: 1, serviceSeconds: { [mix.key]: member.meanSeconds } })
      kindOf.push(kind)
    }
  })
  const capacity = members.reduce((sum, member) => sum + member.count / member.meanSeconds, 0)
  const scv = members.reduce((sum, member) => sum + member.count / member.meanSeconds / capacity * member.scv, 0)
  const result = simulateRouting({
    policy: 'fastest-completion', loadFraction: load, jobs, warmupJobs, seed, backends, workloads: [mix], jitter: Math.sqrt(scv)
  })
  const served = Object.values(result.jobsPerBackend).reduce((sum, count) => sum + count, 0)
  const shares = members.map(() => 0)
  backends.forEach((backend, i) => {
    const kind = kindOf[i] as number
    shares[kind] = (shares[kind] as number) + (result.jobsPerBackend[backend.name] ?? 0) / served
  })
  return { p50Seconds: result.p50Seconds, p95Seconds: result.p95Seconds, shares, jobs }
}
