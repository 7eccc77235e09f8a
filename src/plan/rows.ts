// One row per fleet: capacity, predicted latency at the rate (the queueing model, or the routing
// simulation above the load where the model is not trusted) and GPU-seconds per video.
import type { PlanConfig } from './inputs.ts'
import { capacityPerSecond, endToEndQuantile, queueModel, type FleetMember } from './queueing.ts'
import { simulateFleet } from './simulate.ts'

export interface ConfigService extends PlanConfig {
  meanServiceSeconds: number
  scv: number
}

export interface RowOptions {
  /** Above this load the model is not trusted and the simulation answers (test/plan/queueing.test.ts measures why). */
  simulateAboveLoad?: number
  /** Nor on a fleet of several backends whose service SCV is above this (bench/results/planner.md: 0.80x at 0.25, 0.56x at 1). */
  simulateAboveScv?: number
  /**
   * Simulated jobs x backends one plan may spend (0.6-0.7 s of CPU on this machine, bench/results/planner.md):
   * an answer is built inside a request. Each fleet takes up to 20,000 jobs; below 2,000 it keeps the model.
   */
  simulationBudget?: number
}

const maxSimulatedJobs = 20_000
const minSimulatedJobs = 2_000

export interface FleetRow {
  fleet: string
  backends: Record<string, number>
  gpus: number
  capacityPerHour: number
  load: number
  p50Seconds: number | null
  p95Seconds: number | null
  /** A job alone in the fleet: the fastest configuration's mean service time. */
  loneRequestSeconds: number
  gpuSecondsPerVideo: number
  meetsSlo: boolean | null
  /** Where p50 and p95 come from: the queueing model, the routing simulation, or neither (the rate reaches the capacity). */
  method: 'model' | 'simulation' | 'saturated'
}

export function rowsOf (services: ConfigService[], counts: number[][], ratePerHour: number, slo: number | undefined,
  options: RowOptions, notes: string[]): FleetRow[] {
  const { simulateAboveLoad = 0.9, simulateAboveScv = 0.1, simulationBudget = 500_000 } = options
  let simulated = 0
  let budget = simulationBudget
  let unsimulated = 0
  const untrusted = (members: FleetMember[], load: number) => load < 1 && (load > simulateAboveLoad ||
    (members.reduce((sum, m) => sum + m.count, 0) > 1 && members.some((m) => m.scv > simulateAboveScv)))
  const rows = counts.map((fleet) => {
    const used = services.map((service, i) => ({ service, count: fleet[i] as number })).filter(({ count }) => count > 0)
    const members: FleetMember[] = used.map(({ service, count }) => ({ count, meanSeconds: service.meanServiceSeconds, scv: service.scv }))
    const capacity = capacityPerSecond(members)
    const load = ratePerHour / 3600 / capacity
    const servers = members.reduce((sum, m) => sum + m.count, 0)
    const wanted = load > 0 && untrusted(members, load)
    const affordable = Math.min(maxSimulatedJobs, Math.floor(budget / servers))
    const jobs = wanted && affordable >= minSimulatedJobs ? affordable : 0
    if (jobs > 0) simulated++
    else if (wanted) unsimulated++
    budget -= jobs * servers
    const latency = latencyOf(members, load, ratePerHour, jobs)
    const gpuSeconds = used.reduce((sum, { service }, i) => sum + (latency.shares[i] as number) * service.meanServiceSeconds * service.gpus, 0)
    return {
      fleet: used.map(({ service, count }) => `${count} x ${service.name}`).join(' + '),
      backends: Object.fromEntries(used.map(({ service, count }) => [service.name, count])),
      gpus: used.reduce((sum, { service, count }) => sum + service.gpus * count, 0),
      capacityPerHour: capacity * 3600,
      load,
      p50Seconds: latency.p50Seconds,
      p95Seconds: latency.p95Seconds,
      loneRequestSeconds: Math.min(...members.map((member) => member.meanSeconds)),
      gpuSecondsPerVideo: gpuSeconds,
      meetsSlo: slo === undefined ? null : latency.p95Seconds !== null && latency.p95Seconds <= slo,
      method: latency.method
    }
  })
  const where = `above ${percent(simulateAboveLoad)} load, or of several backends with a service SCV above ${simulateAboveScv}`
  if (simulated > 0) notes.push(`${simulated} fleet(s) ${where}: p50 and p95 from the routing simulation (fastest-completion), not the model`)
  if (unsimulated > 0) notes.push(`${unsimulated} more fleet(s) ${where} keep the model's figures: past the simulation budget of one answer`)
  return rows.sort((a, b) => b.capacityPerHour - a.capacityPerHour || a.gpus - b.gpus || a.fleet.localeCompare(b.fleet))
}

interface Latency { p50Seconds: number | null, p95Seconds: number | null, shares: number[], method: FleetRow['method'] }

function latencyOf (members: FleetMember[], load: number, ratePerHour: number, simulatedJobs: number): Latency {
  const capacity = capacityPerSecond(members)
  if (load >= 1) return { p50Seconds: null, p95Seconds: null, shares: members.map((m) => m.count / m.meanSeconds / capacity), method: 'saturated' }
  if (simulatedJobs > 0) {
    const { p50Seconds, p95Seconds, shares } = simulateFleet(members, { load, jobs: simulatedJobs, warmupJobs: Math.round(simulatedJobs / 10) })
    return { p50Seconds, p95Seconds, shares, method: 'simulation' }
  }
  const model = queueModel(members, ratePerHour / 3600) as NonNullable<ReturnType<typeof queueModel>>
  return { p50Seconds: endToEndQuantile(members, model, 0.5), p95Seconds: endToEndQuantile(members, model, 0.95), shares: model.shares, method: 'model' }
}

export function percent (fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}
