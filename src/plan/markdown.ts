// The plan as Markdown: recommendations, the fleet table, and what it rests on.
import type { PlannedAnswer } from './planner.ts'
import type { FleetRow } from './rows.ts'

const fixed = (value: number | null, digits = 1) => value === null ? '—' : value.toFixed(digits)
const goals = { throughput: 'Most throughput', latency: 'Lowest p95 at the rate', cost: 'Fewest GPU-seconds per video' } as const

function rateLine (plan: PlannedAnswer): string {
  const window = plan.window
  const over = window ? `over ${fixed(window.seconds)} s of traffic, ${window.completed} completed jobs` : 'no completed jobs yet'
  if (plan.rateSource === 'given') return `at ${fixed(plan.ratePerHour)} videos/h (given); ${over}`
  if (plan.rateSource === 'observed') return `at ${fixed(plan.ratePerHour)} videos/h, observed ${over}`
  return `for a lone request (no rate given, none observed: ${over})`
}

function fleetTable (rows: FleetRow[]): string[] {
  return [
    '| Fleet | GPUs | Capacity (videos/h) | Load | p50 (s) | p95 (s) | Lone request (s) | GPU-s / video | Meets SLO | From |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|---|',
    ...rows.map((row) => `| ${row.fleet} | ${row.gpus} | ${fixed(row.capacityPerHour)} | ${(row.load * 100).toFixed(0)}% | ${fixed(row.p50Seconds)} | ` +
      `${fixed(row.p95Seconds)} | ${fixed(row.loneRequestSeconds, 2)} | ${fixed(row.gpuSecondsPerVideo)} | ` +
      `${row.meetsSlo === null ? '—' : row.meetsSlo ? 'yes' : 'no'} | ${row.method} |`)
  ]
}

export function renderPlanMarkdown (plan: PlannedAnswer): string {
  const slo = plan.sloP95Seconds === null ? 'no SLO given' : `SLO p95 <= ${plan.sloP95Seconds} s`
  const source = plan.source === 'prometheus' ? 'every replica\'s jobs (Prometheus)' : 'this gateway\'s jobs'
  const lines = [`# Capacity plan: ${plan.gpus} GPUs`, '', `Predicted ${rateLine(plan)}; ${slo}; from ${source}.`, '']
  if (plan.needs.length > 0) {
    lines.push('## Not enough to plan yet', '', ...plan.needs.map((need) => `- needs ${need}`), '')
  } else {
    lines.push('## Recommendations', '', ...plan.recommendations.map((r) => `- **${goals[r.goal]}**: ${r.fleet ?? 'none'} — ${r.reason}`), '')
    lines.push('## Fleets', '', ...fleetTable(plan.fleets), '')
  }
  lines.push('## What it rests on', '', '| Configuration | Workload | Samples | Mean service (s) |', '|---|---|---:|---:|')
  lines.push(...plan.samples.map((s) => `| ${s.config} | ${s.workload} | ${s.count} | ${fixed(s.meanServiceSeconds, 2)} |`))
  if (plan.notEnoughSamples.length > 0) {
    lines.push('', `Not enough samples (fewer than ${plan.minSamples}):`,
      ...plan.notEnoughSamples.map((s) => `- ${s.config} / ${s.workload}: ${s.count}`))
  }
  if (plan.notes.length > 0) lines.push('', ...plan.notes.map((note) => `- ${note}`))
  return lines.join('\n') + '\n'
}
