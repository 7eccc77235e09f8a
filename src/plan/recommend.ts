// The plan's three answers, each with the one line that says why.
import type { FleetRow } from './rows.ts'

export interface Recommendation {
  goal: 'throughput' | 'latency' | 'cost'
  /** The fleet's label, null when no fleet qualifies. */
  fleet: string | null
  reason: string
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits))

function best (rows: FleetRow[], key: (row: FleetRow) => number): FleetRow | undefined {
  // fewer GPUs break a tie: the same answer for less hardware
  return rows.reduce<FleetRow | undefined>((winner, row) => {
    if (winner === undefined) return row
    const a = key(row)
    const b = key(winner)
    return a < b || (a === b && row.gpus < winner.gpus) ? row : winner
  }, undefined)
}

export function recommend (rows: FleetRow[], ratePerHour: number, slo: number | undefined): Recommendation[] {
  const at = ratePerHour === 0 ? 'for a lone request' : `at ${round(ratePerHour)} videos/h`
  const throughput = best(rows, (row) => -row.capacityPerHour)
  const stable = rows.filter((row) => row.p95Seconds !== null)
  const latency = best(stable, (row) => row.p95Seconds as number)
  const withinSlo = slo === undefined ? stable : stable.filter((row) => row.meetsSlo === true)
  const cost = best(withinSlo, (row) => row.gpuSecondsPerVideo)
  const among = slo === undefined ? 'of the fleets that keep up (no SLO given)' : `with p95 <= ${slo} s`
  return [
    {
      goal: 'throughput',
      fleet: throughput?.fleet ?? null,
      reason: throughput ? `${round(throughput.capacityPerHour)} videos/h at saturation on ${throughput.gpus} GPUs, the most of any fleet` : 'no fleet fits'
    },
    {
      goal: 'latency',
      fleet: latency?.fleet ?? null,
      reason: latency ? `p95 ${round(latency.p95Seconds as number)} s ${at}, the lowest` : `every fleet saturates ${at}`
    },
    {
      goal: 'cost',
      fleet: cost?.fleet ?? null,
      reason: cost
        ? `${round(cost.gpuSecondsPerVideo)} GPU-seconds per video, the fewest ${among}`
        : slo === undefined ? `every fleet saturates ${at}` : `no fleet keeps p95 <= ${slo} s ${at}`
    }
  ]
}
