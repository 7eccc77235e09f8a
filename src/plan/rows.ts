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
  maxSimulatedFleets?: number
}

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
  const { simulateAboveLoad = 0.9, maxSimulatedFleets = 25 } = options
  let simulated = 0
  const rows = counts.map((fleet) => {
    const used = services.map((service, i) => ({ service, count: fleet[i] as number })).filter(({ count }) => count > 0)
    const members: FleetMember[] = used.map(({ service, count }) => ({ count, meanSeconds: service.meanServiceSeconds, scv: service.scv }))
    const capacity = capacityPerSecond(members)
    const load = ratePerHour / 3600 / capacity
    const simulate = load > simulateAboveLoad && load < 1 && simulated < maxSimulatedFleets
    if (simulate) simulated++
    const latency = latencyOf(members, load, ratePerHour, simulate)
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
  if (simulated > 0) {
    notes.push(`${simulated} fleet(s) above ${percent(simulateAboveLoad)} load: p50 and p95 from the routing simulation (fastest-completion), not the model`)
  }
  if (rows.some((row) => row.load > simulateAboveLoad && row.load < 1 && row.method === 'model')) {
    notes.push(`past ${maxSimulatedFleets} simulated fleets, the rest above ${percent(simulateAboveLoad)} load keep the model's figures`)
  }
  return rows.sort((a, b) => b.capacityPerHour - a.capacityPerHour || a.gpus - b.gpus || a.fleet.localeCompare(b.fleet))
}

interface Latency { p50Seconds: number | null, p95Seconds: number | null, shares: number[], method: FleetRow['method'] }

function latencyOf (members: FleetMember[], load: number, ratePerHour: number, simulate: boolean): Latency {
  const capacity = capacityPerSecond(members)
  if (load >= 1) return { p50Seconds: null, p95Seconds: null, shares: members.map((m) => m.count / m.meanSeconds / capacity), method: 'saturated' }
  if (simulate) {
    const { p50Seconds, p95Seconds, shares } = simulateFleet(members, { load })
    return { p50Seconds, p95Seconds, shares, method: 'simulation' }
  }
  const model = queueModel(members, ratePerHour / 3600) as NonNullable<ReturnType<typeof queueModel>>
  return { p50Seconds: endToEndQuantile(members, model, 0.5), p95Seconds: endToEndQuantile(members, model, 0.95), shares: model.shares, method: 'model' }
}

export function percent (fraction: number): string {
  return `${Math.round(fraction * 100)}%`
}
