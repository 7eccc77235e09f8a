// The planner's queueing model (docs/planner.md states it with its limits): the fleet is pooled as
// one M/G/c queue, Erlang C gives the chance a job waits, Allen–Cunneen scales the wait for service
// variability, and a job's service time is lognormal on the backend the router would give it.

/** One kind of backend in a fleet: how many, and its service time for the mix. */
export interface FleetMember {
  count: number
  meanSeconds: number
  /** Squared coefficient of variation of the service time. */
  scv: number
}

export interface QueueModel {
  /** Offered load: the rate over the fleet's capacity. */
  load: number
  /** Erlang C: the chance a job finds every backend busy. */
  waitProbability: number
  /** Mean wait of a job that waits (the exponential tail's mean). */
  meanWaitGivenWaitSeconds: number
  /** Which kind of backend serves a job, in `members` order. */
  shares: number[]
}

/** Jobs per second the fleet finishes at saturation: sum of 1 / E[S] over its backends. */
export function capacityPerSecond (members: FleetMember[]): number {
  return members.reduce((sum, member) => sum + member.count / member.meanSeconds, 0)
}

/** Erlang C for c servers at offered traffic a = λ / μ (in servers), from Erlang B's stable recursion. */
export function erlangC (servers: number, offered: number): number {
  if (offered <= 0) return 0
  if (offered >= servers) return 1
  let blocking = 1
  for (let k = 1; k <= servers; k++) blocking = offered * blocking / (k + offered * blocking)
  return blocking / (1 - (offered / servers) * (1 - blocking))
}

/**
 * The model at `ratePerSecond`, or null when the rate reaches the capacity. The split: a job that
 * finds a backend idle goes to the fastest idle one (fastest-completion prices an idle backend at
 * its own service time), each backend taken busy with probability ρ; a job that waits goes where
 * capacity frees first, in proportion to each kind's capacity.
 */
export function queueModel (members: FleetMember[], ratePerSecond: number): QueueModel | null {
  const capacity = capacityPerSecond(members)
  const load = ratePerSecond / capacity
  if (load >= 1) return null
  const servers = members.reduce((sum, member) => sum + member.count, 0)
  const waitProbability = erlangC(servers, load * servers)
  const scv = members.reduce((sum, member) => sum + member.count / member.meanSeconds / capacity * member.scv, 0)
  const meanWaitGivenWaitSeconds = (1 + scv) / 2 / (capacity - ratePerSecond)
  const idle = idleShares(members, load)
  const shares = members.map((member, i) => (1 - waitProbability) * (idle[i] as number) + waitProbability * member.count / member.meanSeconds / capacity)
  return { load, waitProbability, meanWaitGivenWaitSeconds, shares }
}

// P(the k-th fastest backend is the first idle one | one is idle), backends busy independently
function idleShares (members: FleetMember[], load: number): number[] {
  const servers = members.reduce((sum, member) => sum + member.count, 0)
  const order = members.map((member, i) => ({ member, i })).sort((a, b) => a.member.meanSeconds - b.member.meanSeconds)
  const shares = members.map(() => 0)
  const someIdle = load === 0 ? 1 : 1 - load ** servers
  let rank = 0
  for (const { member, i } of order) {
    for (let k = 0; k < member.count; k++, rank++) shares[i] = (shares[i] as number) + (load ** rank) * (1 - load) / someIdle
  }
  return shares
}

// Standard normal grid for E[f(Z)]: ±6 sd in 0.05 steps, weights normalised to sum 1
const normalGrid = (() => {
  const points: Array<{ z: number, weight: number }> = []
  for (let z = -6; z <= 6 + 1e-9; z += 0.05) points.push({ z, weight: Math.exp(-z * z / 2) })
  const total = points.reduce((sum, point) => sum + point.weight, 0)
  return points.map((point) => ({ z: point.z, weight: point.weight / total }))
})()

/** P(end-to-end <= t): the wait (none with 1 - P_W, else exponential) plus a lognormal service time. */
export function endToEndCdf (members: FleetMember[], model: QueueModel, seconds: number): number {
  const { waitProbability, meanWaitGivenWaitSeconds, shares } = model
  const waitCdf = (x: number) => x < 0 ? 0 : 1 - waitProbability * Math.exp(-x / meanWaitGivenWaitSeconds)
  let cdf = 0
  members.forEach((member, i) => {
    const share = shares[i] as number
    if (share === 0) return
    const sigma = Math.sqrt(Math.log(1 + member.scv))
    if (sigma === 0) {
      cdf += share * waitCdf(seconds - member.meanSeconds)
      return
    }
    let expected = 0
    for (const { z, weight } of normalGrid) expected += weight * waitCdf(seconds - member.meanSeconds * Math.exp(sigma * z - sigma * sigma / 2))
    cdf += share * expected
  })
  return cdf
}

/** The q-quantile of the end-to-end time, by bisection of the CDF (to 1e-6 of the range). */
export function endToEndQuantile (members: FleetMember[], model: QueueModel, q: number): number {
  let low = 0
  const slowest = Math.max(...members.map((member) => member.meanSeconds * Math.exp(6 * Math.sqrt(Math.log(1 + member.scv)))))
  let high = slowest + 40 * model.meanWaitGivenWaitSeconds
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2
    if (endToEndCdf(members, model, mid) < q) low = mid
    else high = mid
  }
  return high
}
