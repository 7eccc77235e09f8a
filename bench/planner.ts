// How good the capacity planner's queueing model is (src/plan/queueing.ts, docs/planner.md): its
// p95 over the discrete-event simulation's (src/routing/simulation.ts, fastest-completion) for the
// seed's configurations, over loads and service-time variability, and how long a plan takes to
// build. No servers, deterministic (seeded): a table of the model against the simulation.
//   node bench/planner.ts [--jobs 20000] [--seed 17] [--out bench/results]
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { capacityPerSecond, endToEndQuantile, queueModel, type FleetMember } from '../src/plan/queueing.ts'
import { simulateFleet } from '../src/plan/simulate.ts'
import { buildPlan } from '../src/plan/plan.ts'

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '17' },
    out: { type: 'string', default: join(import.meta.dirname, 'results') }
  }
})
const jobs = Number(values.jobs)
const seed = Number(values.seed)

// The seed page's figures: u1r2 63.74 s on 2 GPUs, u1r1 90.63 s on 1 GPU
const u1r2 = 63.74
const u1r1 = 90.63
const fleets: Record<string, Array<[number, number]>> = {
  '1 x u1r2': [[1, u1r2]],
  '2 x u1r1': [[2, u1r1]],
  '1 x u1r2 + 1 x u1r1': [[1, u1r2], [1, u1r1]],
  '4 x u1r1': [[4, u1r1]],
  '2 x u1r2 + 4 x u1r1': [[2, u1r2], [4, u1r1]]
}
const loads = [0.3, 0.5, 0.8, 0.9, 0.95]
const scvs = [0.0001, 0.04, 0.25, 1]

function ratio (members: FleetMember[], load: number): number {
  const model = queueModel(members, load * capacityPerSecond(members))!
  return endToEndQuantile(members, model, 0.95) / simulateFleet(members, { load, jobs, warmupJobs: Math.round(jobs / 10), seed }).p95Seconds
}

const lines = [
  '# Capacity planner: the model\'s p95 over the simulation\'s',
  '',
  `\`node bench/planner.ts --jobs ${jobs} --seed ${seed}\`. Model: pooled M/G/c, Erlang C + Allen–Cunneen (docs/planner.md);`,
  'simulation: the gateway\'s fastest-completion policy, Poisson arrivals, FIFO backends, lognormal service. 1.00 = the same p95.',
  ''
]
let worst = { ratio: 1, where: '' }
for (const scv of scvs) {
  lines.push(`## SCV ${scv} (coefficient of variation ${Math.sqrt(scv).toFixed(2)})`, '', `| Fleet | ${loads.map((l) => `${l * 100}%`).join(' | ')} |`,
    `|---|${loads.map(() => '---:').join('|')}|`)
  for (const [name, fleet] of Object.entries(fleets)) {
    const members = fleet.map(([count, meanSeconds]) => ({ count, meanSeconds, scv }))
    const cells = loads.map((load) => {
      const r = ratio(members, load)
      if (load <= 0.9 && Math.abs(Math.log(r)) > Math.abs(Math.log(worst.ratio))) worst = { ratio: r, where: `${name}, SCV ${scv}, ${load * 100}%` }
      return r.toFixed(2)
    })
    lines.push(`| ${name} | ${cells.join(' | ')} |`)
  }
  lines.push('')
}
lines.push(`Worst at or below 90% load (the planner simulates multi-backend fleets with SCV > 0.1 there): ${worst.ratio.toFixed(2)} (${worst.where}).`, '')

// What a plan costs to build: the seed's two configurations at a coefficient of variation cv
const inputsAt = (cv: number) => ({
  configs: [{ name: 'u1r2', gpus: 2, parallel: 'sp2 ulysses1 ring2' }, { name: 'u1r1', gpus: 1, parallel: 'sp1 ulysses1 ring1' }],
  moments: {
    u1r2: { seed: { count: 50, meanSeconds: u1r2, varianceSeconds2: (cv * u1r2) ** 2 } },
    u1r1: { seed: { count: 50, meanSeconds: u1r1, varianceSeconds2: (cv * u1r1) ** 2 } }
  },
  mix: [{ workload: 'seed', completed: 100, share: 1 }],
  window: null
})
lines.push('## Building a plan', '', '| GPUs | Rate (videos/h) | Service CV | Fleets | Simulated | ms |', '|---:|---:|---:|---:|---:|---:|')
for (const [gpus, rate, cv] of [[8, 20, 0.05], [8, 100, 0.05], [64, 500, 0.05], [400, 3000, 0.05], [8, 100, 0.5], [64, 500, 0.5]] as const) {
  const inputs = inputsAt(cv)
  const started = performance.now()
  const plan = buildPlan(inputs, { gpus, ratePerHour: rate })
  const ms = performance.now() - started
  const simulated = plan.fleets.filter((f) => f.method === 'simulation').length
  lines.push(`| ${gpus} | ${rate} | ${cv} | ${plan.fleets.length}${plan.truncated ? ' (cut)' : ''} | ${simulated} | ${ms.toFixed(0)} |`)
}
const report = lines.join('\n') + '\n'
await mkdir(values.out, { recursive: true })
await writeFile(join(values.out, 'planner.md'), report)
process.stdout.write(report)
