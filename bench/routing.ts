// Routing under load, in simulated time with several seeds (src/routing/simulation.ts drives the
// real policies of src/routing/policy.ts and the service model of src/routing/service-model.ts):
// - seed: issue #7's study, the seed's request alone on u1r2 and u1r1 at 50-90% of their combined
//   capacity plus overload; writes bench/results/routing.md and routing-p95.svg; exits 1 when the
//   goal of issue #7 is missed.
// - mixed: issue #14's, six shapes on both sides of ring SP's crossover at 50-110% of capacity,
//   with service times from bench/lib/wan-service-times.ts; workload-aware fastest completion
//   against the workload-blind one and round robin; writes routing-mixed.md and routing-mixed-p95.svg.
// - mixed-simulator: the same mix on the simulator's performance model's figures, where u1r2 is
//   faster for every shape (a second reading; routing-mixed-simulator.md and its chart).
// `node bench/routing.ts [--study seed|mixed|mixed-simulator|all] [--jobs 20000] [--warmup 2000] [--seeds 10] [--jitter 0.05]`
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { mixServiceSeconds, percentiles, simulateRouting } from '../src/routing/simulation.ts'
import type { SimulatedBackend, SimulatedPolicyName, SimulatedWorkload, SimulationResult } from '../src/routing/simulation.ts'
import { checkCalibration, simulatorModelSeconds, wanServiceSeconds } from './lib/wan-service-times.ts'

const SEED_KEY = 't2v-1280x704-121f-50s'
const GOAL_P95_RATIO = 0.7
const GOAL_CAPACITY_FRACTION = 0.98
const COLORS: Record<SimulatedPolicyName, string> = {
  pinned: '#7f7f7f',
  'round-robin': '#d62728',
  'least-outstanding': '#2ca02c',
  weighted: '#ff7f0e',
  'fastest-completion': '#1f77b4',
  'fastest-completion-blind': '#9467bd'
}

interface Study {
  name: 'seed' | 'mixed' | 'mixed-simulator'
  backends: SimulatedBackend[]
  workloads: SimulatedWorkload[]
  loads: number[]
  // Past capacity a queue must grow; what matters there is whether both backends stay busy
  overloads: number[]
  policies: SimulatedPolicyName[]
}

// Mean Total of one generation on each backend, from the seed page
const seedStudy: Study = {
  name: 'seed',
  backends: [{ name: 'u1r2', gpus: 2, serviceSeconds: { [SEED_KEY]: 63.74 } }, { name: 'u1r1', gpus: 1, serviceSeconds: { [SEED_KEY]: 90.63 } }],
  workloads: [{ key: SEED_KEY, tokens: 27_280, steps: 50, outputs: 1, share: 1 }],
  loads: [0.5, 0.7, 0.8, 0.9],
  overloads: [1.0, 1.1],
  policies: ['pinned', 'round-robin', 'least-outstanding', 'weighted', 'fastest-completion', 'fastest-completion-blind']
}

// Wan2.2-TI2V-5B shapes (tokens = ((frames - 1) / 4 + 1) x H/32 x W/32) and their shares of the
// arrivals: short 480p clips below ring SP's crossover (about 7,300 tokens at 50 steps), a 20-step
// preview, the HTTP default (24 fps x 4 s), the seed's request, and a 12 s 1792x1024 video
const mix: Array<Omit<SimulatedWorkload, 'outputs'>> = [
  { key: 't2v-832x480-25f-50s', tokens: 7 * 15 * 26, steps: 50, share: 0.25 },
  { key: 't2v-832x480-49f-50s', tokens: 13 * 15 * 26, steps: 50, share: 0.25 },
  { key: 't2v-1280x704-49f-20s', tokens: 13 * 22 * 40, steps: 20, share: 0.15 },
  { key: 't2v-1280x704-97f-50s', tokens: 25 * 22 * 40, steps: 50, share: 0.2 },
  { key: SEED_KEY, tokens: 31 * 22 * 40, steps: 50, share: 0.12 },
  { key: 't2v-1792x1024-289f-50s', tokens: 73 * 32 * 56, steps: 50, share: 0.03 }
]
const mixedWorkloads: SimulatedWorkload[] = mix.map((w) => ({ ...w, outputs: 1 }))
const mixedBackends: SimulatedBackend[] = (['u1r2', 'u1r1'] as const).map((name) => ({
  name,
  gpus: name === 'u1r2' ? 2 : 1,
  serviceSeconds: Object.fromEntries(mixedWorkloads.map((w) => [w.key, wanServiceSeconds(name, w)]))
}))
const mixedStudy: Study = {
  name: 'mixed',
  backends: mixedBackends,
  workloads: mixedWorkloads,
  loads: [0.5, 0.7, 0.8, 0.9],
  overloads: [1.0, 1.1],
  policies: ['pinned', 'round-robin', 'least-outstanding', 'weighted', 'fastest-completion-blind', 'fastest-completion']
}
// The same mix on the simulator's performance model's figures, where u1r2 is faster for every shape
const mixedSimulatorStudy: Study = {
  ...mixedStudy,
  name: 'mixed-simulator',
  backends: mixedBackends.map((backend) => ({
    ...backend,
    serviceSeconds: Object.fromEntries(mixedWorkloads.map((w) => [w.key, simulatorModelSeconds[w.key]![backend.name as 'u1r1' | 'u1r2']]))
  }))
}

interface Options { study: Study['name'] | 'all', jobs: number, warmup: number, seeds: number, jitter: number, out: string }

interface Row {
  policy: SimulatedPolicyName
  loadFraction: number
  p50Seconds: number
  p95Seconds: number
  p99Seconds: number
  p95SeedRange: [number, number]
  meanQueueWaitSeconds: number
  ofOffered: number
  ofCapacity: number
  arrived: number
  inQueueAtEnd: number
  lost: number
  share: number[]
  gpuSecondsPerVideo: number
  // by workload key: p95 end to end and the fraction sent to each backend
  byWorkload: Record<string, { p95Seconds: number, share: number[] }>
}

function readOptions (): Options {
  const { values } = parseArgs({
    options: {
      study: { type: 'string', default: 'all' },
      jobs: { type: 'string', default: '20000' },
      warmup: { type: 'string', default: '2000' },
      seeds: { type: 'string', default: '10' },
      jitter: { type: 'string', default: '0.05' },
      out: { type: 'string', default: join(import.meta.dirname, 'results') }
    }
  })
  const options = { jobs: Number(values.jobs), warmup: Number(values.warmup), seeds: Number(values.seeds), jitter: Number(values.jitter) }
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0, got ${value}`)
  }
  const study = values.study as Options['study']
  if (!['seed', 'mixed', 'mixed-simulator', 'all'].includes(study)) throw new Error(`--study must be seed, mixed, mixed-simulator or all, got ${study}`)
  return { ...options, study, out: values.out }
}

function measure (study: Study, policy: SimulatedPolicyName, loadFraction: number, options: Options): Row {
  const runs: SimulationResult[] = []
  for (let seed = 1; seed <= options.seeds; seed++) {
    runs.push(simulateRouting({
      policy, loadFraction, jobs: options.jobs, warmupJobs: options.warmup, seed, backends: study.backends, workloads: study.workloads, jitter: options.jitter
    }))
  }
  return pool(study, policy, loadFraction, runs)
}

// Percentiles over all seeds' jobs together; throughput over all seeds' windows together
function pool (study: Study, policy: SimulatedPolicyName, loadFraction: number, runs: SimulationResult[]): Row {
  const sum = (f: (run: SimulationResult) => number): number => runs.reduce((total, run) => total + f(run), 0)
  const endToEnd = runs.flatMap((run) => run.endToEndSeconds).sort((a, b) => a - b)
  const windowSeconds = sum((run) => run.windowSeconds)
  const throughput = sum((run) => run.throughputJobsPerSecond * run.windowSeconds) / windowSeconds
  const arrivals = sum((run) => run.arrivalsPerSecond * run.windowSeconds) / windowSeconds
  const first = runs[0] as SimulationResult
  const served = sum((run) => run.arrived - run.lost)
  const p95s = runs.map((run) => run.p95Seconds)
  const byWorkload = Object.fromEntries(study.workloads.map((w) => {
    const seconds = runs.flatMap((run) => run.byWorkload[w.key]!.endToEndSeconds).sort((a, b) => a - b)
    const share = study.backends.map((backend) => sum((run) => run.byWorkload[w.key]!.jobsPerBackend[backend.name] ?? 0) / seconds.length)
    return [w.key, { p95Seconds: percentiles(seconds).p95Seconds, share }]
  }))
  return {
    policy,
    loadFraction,
    ...percentiles(endToEnd),
    p95SeedRange: [Math.min(...p95s), Math.max(...p95s)],
    meanQueueWaitSeconds: sum((run) => run.meanQueueWaitSeconds * (run.arrived - run.lost)) / served,
    // against the arrivals drawn, not the nominal rate: a seed's Poisson draws are off by a few 0.1%
    ofOffered: throughput / arrivals,
    ofCapacity: throughput / first.capacityJobsPerSecond,
    arrived: sum((run) => run.arrived),
    inQueueAtEnd: sum((run) => run.inQueueAtEnd),
    lost: sum((run) => run.lost),
    share: study.backends.map((backend) => sum((run) => run.jobsPerBackend[backend.name] ?? 0) / served),
    gpuSecondsPerVideo: sum((run) => run.gpuSeconds) / sum((run) => run.videos),
    byWorkload
  }
}

// A queue that keeps growing: its latency figures grow with the length of the run. At 100% and
// above no policy can be stable, however much it completes.
function unstable (row: Row): boolean {
  return row.loadFraction >= 1 || row.ofOffered < GOAL_CAPACITY_FRACTION
}

const seconds = (value: number): string => value >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(0)
const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`

function table (rows: Row[]): string {
  const lines = [
    '| Policy | Load | p50 E2E s | p95 E2E s (seed range) | p99 E2E s | p95 / round robin | Mean queue wait s | ' +
      'Throughput % of arrivals | % of capacity | Arrived | In queue at end | Lost | Share u1r2 / u1r1 | GPU-s per video |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const row of rows) {
    const roundRobin = rows.find((other) => other.policy === 'round-robin' && other.loadFraction === row.loadFraction) as Row
    const mark = unstable(row) ? ' †' : ''
    lines.push(`| ${row.policy} | ${percent(row.loadFraction)} | ${seconds(row.p50Seconds)}${mark} | ` +
      `${seconds(row.p95Seconds)}${mark} (${seconds(row.p95SeedRange[0])}–${seconds(row.p95SeedRange[1])}) | ` +
      `${seconds(row.p99Seconds)}${mark} | ${(row.p95Seconds / roundRobin.p95Seconds).toFixed(2)}x | ${seconds(row.meanQueueWaitSeconds)} | ` +
      `${percent(row.ofOffered)} | ${percent(row.ofCapacity)} | ${row.arrived} | ${row.inQueueAtEnd} | ${row.lost} | ` +
      `${row.share.map((share) => percent(share)).join(' / ')} | ${row.gpuSecondsPerVideo.toFixed(1)} |`)
  }
  return lines.join('\n')
}

interface Verdict { text: string, met: boolean }

const at = (list: Row[], policy: SimulatedPolicyName, load: number): Row =>
  list.find((row) => row.policy === policy && row.loadFraction === load) as Row

function checked (checks: Array<{ met: boolean, text: string }>, goal: string): Verdict {
  const met = checks.every((check) => check.met)
  const lines = checks.map((check) => `- ${check.met ? 'met' : 'MISSED'}: ${check.text}`)
  return { met, text: `**Verdict: ${goal} ${met ? 'met' : 'missed'}.**\n\n${lines.join('\n')}` }
}

function lostBy (rows: Row[], policy: SimulatedPolicyName): number {
  return rows.filter((row) => row.policy === policy).reduce((sum, row) => sum + row.lost, 0)
}

function seedVerdict (study: Study, rows: Row[], overloadRows: Row[]): Verdict {
  const fastest = at(rows, 'fastest-completion', 0.8)
  const ratio = fastest.p95Seconds / at(rows, 'round-robin', 0.8).p95Seconds
  const highest = at(rows, 'fastest-completion', Math.max(...study.loads))
  const overload = at(overloadRows, 'fastest-completion', Math.max(...study.overloads))
  const lost = lostBy([...rows, ...overloadRows], 'fastest-completion')
  return checked([
    { met: ratio <= GOAL_P95_RATIO, text: `fastest-completion p95 at 80% is ${ratio.toFixed(2)}x round robin's (goal <= ${GOAL_P95_RATIO}x)` },
    {
      met: highest.ofOffered >= GOAL_CAPACITY_FRACTION,
      text: `at ${percent(highest.loadFraction)} load it completes ${percent(highest.ofOffered)} of the arrivals ` +
        `(goal >= ${percent(GOAL_CAPACITY_FRACTION)}), ${percent(highest.ofCapacity)} of capacity`
    },
    {
      met: overload.ofCapacity >= GOAL_CAPACITY_FRACTION,
      text: `at ${percent(overload.loadFraction)} (overload) it sustains ${percent(overload.ofCapacity)} of capacity ` +
        `(goal >= ${percent(GOAL_CAPACITY_FRACTION)})`
    },
    { met: lost === 0, text: `jobs lost: ${lost} (goal 0)` }
  ], 'goal of issue #7')
}

// Issue #14 asks for the figures, not a threshold: the checks are that knowing the work never makes
// fastest completion worse than blind, and that no job is lost
function mixedVerdict (study: Study, rows: Row[], overloadRows: Row[]): Verdict {
  const checks = study.loads.map((load) => {
    const aware = at(rows, 'fastest-completion', load)
    const blind = at(rows, 'fastest-completion-blind', load)
    return {
      met: aware.p95Seconds <= blind.p95Seconds && aware.gpuSecondsPerVideo <= blind.gpuSecondsPerVideo,
      text: `at ${percent(load)}: p95 ${(aware.p95Seconds / blind.p95Seconds).toFixed(2)}x the blind one's ` +
        `(${seconds(aware.p95Seconds)} s vs ${seconds(blind.p95Seconds)} s), GPU-seconds per video ` +
        `${(aware.gpuSecondsPerVideo / blind.gpuSecondsPerVideo).toFixed(2)}x ` +
        `(${aware.gpuSecondsPerVideo.toFixed(1)} vs ${blind.gpuSecondsPerVideo.toFixed(1)})`
    }
  })
  const overload = at(overloadRows, 'fastest-completion', Math.max(...study.overloads))
  const blindOverload = at(overloadRows, 'fastest-completion-blind', Math.max(...study.overloads))
  const lost = [...rows, ...overloadRows].reduce((sum, row) => sum + row.lost, 0)
  checks.push(
    {
      met: overload.ofCapacity >= blindOverload.ofCapacity,
      text: `at ${percent(overload.loadFraction)} (overload) it completes ${percent(overload.ofCapacity)} of the mix capacity, ` +
        `the blind one ${percent(blindOverload.ofCapacity)}`
    },
    { met: lost === 0, text: `jobs lost, every policy and load: ${lost} (goal 0)` }
  )
  return checked(checks, 'workload-aware at least as good as blind, no job lost:')
}

function workloadTable (study: Study, rows: Row[], load: number): string {
  const policies: SimulatedPolicyName[] = ['round-robin', 'fastest-completion-blind', 'fastest-completion']
  const [u1r2, u1r1] = study.backends as [SimulatedBackend, SimulatedBackend]
  const lines = [
    `| Workload | Tokens | Share | u1r1 s | u1r2 s | u1r2 speedup | ${policies.map((p) => `${p}: p95 s, on u1r2`).join(' | ')} |`,
    `|---|---:|---:|---:|---:|---:|${policies.map(() => '---:|').join('')}`
  ]
  for (const w of study.workloads) {
    const cells = policies.map((policy) => {
      const { p95Seconds, share } = at(rows, policy, load).byWorkload[w.key]!
      return `${seconds(p95Seconds)}, ${percent(share[0]!)}`
    })
    const slow = u1r1.serviceSeconds[w.key]!
    const fast = u1r2.serviceSeconds[w.key]!
    lines.push(`| \`${w.key}\` | ${w.tokens.toLocaleString('en-US')} | ${percent(w.share)} | ${slow.toFixed(2)} | ${fast.toFixed(2)} | ` +
      `${(slow / fast).toFixed(2)}x | ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

function headline (study: Study, rows: Row[]): string {
  const policies: SimulatedPolicyName[] = ['round-robin', 'fastest-completion-blind', 'fastest-completion']
  const lines = [
    `| Load | ${policies.map((p) => `${p} p95 s`).join(' | ')} | aware / blind | ${policies.map((p) => `${p} GPU-s/video`).join(' | ')} |`,
    `|---:|${policies.map(() => '---:|').join('')}---:|${policies.map(() => '---:|').join('')}`
  ]
  for (const load of study.loads) {
    const r = policies.map((policy) => at(rows, policy, load))
    const mark = (row: Row) => unstable(row) ? ' †' : ''
    lines.push(`| ${percent(load)} | ${r.map((row) => seconds(row.p95Seconds) + mark(row)).join(' | ')} | ` +
      `${(r[2]!.p95Seconds / r[1]!.p95Seconds).toFixed(2)}x | ${r.map((row) => row.gpuSecondsPerVideo.toFixed(1)).join(' | ')} |`)
  }
  return lines.join('\n')
}

const CHART = { width: 760, height: 470, left: 80, right: 210, top: 60, bottom: 60 }

// Hand-written so the chart needs no dependency; log scale because pinned and an overloaded round
// robin are orders of magnitude above the rest
function chart (study: Study, rows: Row[], options: Options, title: string): string {
  const { loads } = study
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const minDecade = Math.floor(Math.log10(Math.min(...rows.map((row) => row.p95Seconds))))
  const maxDecade = Math.ceil(Math.log10(Math.max(...rows.map((row) => row.p95Seconds))))
  const x = (load: number): number => CHART.left + (load - loads[0]!) / (loads.at(-1)! - loads[0]!) * plotWidth
  const y = (value: number): number => CHART.top + plotHeight * (1 - (Math.log10(value) - minDecade) / (maxDecade - minDecade))
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${CHART.width}" height="${CHART.height}" fill="white"/>`,
    `<text x="${CHART.width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${title}</text>`,
    `<text x="${CHART.width / 2}" y="40" text-anchor="middle" fill="#555">` +
      `${options.seeds} seeds × ${options.jobs} jobs, service CV ${options.jitter}, weighted = capacity weights</text>`,
    ...axes(loads, x, y, minDecade, maxDecade, plotHeight),
    ...study.policies.flatMap((policy) => series(rows.filter((row) => row.policy === policy), x, y)),
    ...legend(study.policies)
  ]
  return parts.join('\n') + '\n</svg>\n'
}

function axes (loads: number[], x: (load: number) => number, y: (value: number) => number, minDecade: number, maxDecade: number, plotHeight: number): string[] {
  const right = CHART.width - CHART.right
  const bottom = CHART.top + plotHeight
  const parts: string[] = []
  for (let decade = minDecade; decade <= maxDecade; decade++) {
    const at = y(10 ** decade)
    for (const minor of decade < maxDecade ? [2, 5] : []) {
      const minorAt = y(minor * 10 ** decade).toFixed(1)
      parts.push(`<line x1="${CHART.left}" y1="${minorAt}" x2="${right}" y2="${minorAt}" stroke="#f0f0f0"/>`)
    }
    parts.push(`<line x1="${CHART.left}" y1="${at}" x2="${right}" y2="${at}" stroke="#ddd"/>`,
      `<text x="${CHART.left - 8}" y="${at + 4}" text-anchor="end">${(10 ** decade).toLocaleString('en-US')}</text>`)
  }
  for (const load of loads) {
    parts.push(`<line x1="${x(load)}" y1="${bottom}" x2="${x(load)}" y2="${bottom + 5}" stroke="black"/>`,
      `<text x="${x(load)}" y="${bottom + 20}" text-anchor="middle">${Math.round(load * 100)}%</text>`)
  }
  parts.push(`<rect x="${CHART.left}" y="${CHART.top}" width="${right - CHART.left}" height="${plotHeight}" fill="none" stroke="black"/>`,
    `<text x="${(CHART.left + right) / 2}" y="${bottom + 45}" text-anchor="middle">offered load (% of combined capacity, Poisson arrivals)</text>`,
    `<text transform="translate(20 ${CHART.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">p95 end-to-end seconds (log scale)</text>`)
  return parts
}

function series (rows: Row[], x: (load: number) => number, y: (value: number) => number): string[] {
  const color = COLORS[(rows[0] as Row).policy]
  const points = rows.map((row) => `${x(row.loadFraction).toFixed(1)},${y(row.p95Seconds).toFixed(1)}`).join(' ')
  return [
    `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"/>`,
    ...rows.map((row) => `<circle cx="${x(row.loadFraction).toFixed(1)}" cy="${y(row.p95Seconds).toFixed(1)}" r="4" ` +
      `stroke="${color}" stroke-width="2" fill="${unstable(row) ? 'white' : color}"/>`)
  ]
}

function legend (policies: SimulatedPolicyName[]): string[] {
  const left = CHART.width - CHART.right + 15
  const parts = policies.flatMap((policy, i) => {
    const top = CHART.top + 10 + i * 22
    return [`<line x1="${left}" y1="${top}" x2="${left + 24}" y2="${top}" stroke="${COLORS[policy]}" stroke-width="2"/>`,
      `<text x="${left + 30}" y="${top + 4}">${policy}</text>`]
  })
  const top = CHART.top + 10 + policies.length * 22 + 10
  parts.push(`<circle cx="${left + 12}" cy="${top}" r="4" stroke="black" stroke-width="2" fill="white"/>`,
    `<text x="${left + 30}" y="${top + 4}">unstable: queue grows</text>`,
    `<text x="${left + 30}" y="${top + 20}">(p95 grows with run)</text>`)
  return parts
}

function common (options: Options): string {
  const command = ['node bench/routing.ts', ...process.argv.slice(2)].join(' ')
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  return `\`${command}\` — run on ${date} UTC, Node ${process.version}.

Simulated time, the real policies of \`src/routing/policy.ts\`: Poisson arrivals; u1r2 and u1r1 each run one job at a
time, FIFO; a job's service time is its workload's mean on that backend times a mean-preserving lognormal factor of CV
${options.jitter}; the policies see what the gateway builds (outstanding jobs; the service model of
\`src/routing/service-model.ts\`, EWMA alpha 0.3 of completed jobs' service seconds per workload and over all; for
fastest-completion the work queued ahead priced by workload). \`fastest-completion-blind\` is the policy as it was before
it knew workloads: every job ahead, and this one, at the backend's mean over all its jobs. 'weighted' gets the gateway's
capacity weights (replicas / learned mean service time, equal until both backends have completed a job).
${options.seeds} seeds × ${options.jobs} measured jobs after ${options.warmup} warmup jobs; percentiles pool all seeds,
the range is the per-seed p95s. A run ends at its last arrival; jobs then queued are counted, and their
E2E, fixed by FIFO, is included. Throughput is completions per second of the window against the arrivals
drawn. GPU-seconds per video: service seconds times the backend's GPUs (u1r2 2, u1r1 1) over the videos made.
† = unstable: load >= 100% or under 98% of the arrivals completed; the queue grows with the run.`
}

function seedReport (options: Options, rows: Row[], overloadRows: Row[], verdictText: string): string {
  return `# Routing under load: the seed's request

${common(options)}

One workload, the seed's request (\`${SEED_KEY}\`): u1r2 63.74 s, u1r1 90.63 s (the seed page's totals).
With one workload, fastest-completion and fastest-completion-blind predict the same and route alike.

${table(rows)}

## Overload (more than capacity offered)

${table(overloadRows)}

${verdictText}
`
}

function mixedReport (study: Study, options: Options, rows: Row[], overloadRows: Row[], verdictText: string): string {
  const source = study.name === 'mixed'
    ? `Six Wan2.2-TI2V-5B shapes, on both sides of ring SP's crossover, at the shares below; each shape's service time on
each configuration is from the model of \`bench/lib/wan-service-times.ts\` (fixed costs, VAE decode linear in tokens,
a step of linear work plus attention from the model's size, split over the GPUs, plus ring communication for u1r2;
calibrated on the seed page's stage table, it gives 90.63 s and 63.74 s for the seed's request).`
    : `The same six shapes and shares, each shape's service time from the simulator's performance model
(\`docs/performance-model.md\`, copied as data into \`bench/lib/wan-service-times.ts\`): its ring cost is bandwidth only and
u1r2 is faster end to end for every shape (1.21x to 1.91x), so there is no crossover to route around, only speedups that differ.`
  return `# Routing under load: a mix of workloads${study.name === 'mixed' ? '' : ', the simulator\'s model'}

${common(options)}

${source} Capacity is each
backend serving the mix as it arrives: 1 / (u1r2's mean over the mix, ${mixMean(study, 0)} s) + 1 / (u1r1's, ${mixMean(study, 1)} s);
a router that sends each shape where it runs best can complete more than that.

## Workload-aware against workload-blind fastest completion and round robin

${headline(study, rows)}

## Where each workload went, at 80% and 90%

80%:

${workloadTable(study, rows, 0.8)}

90%:

${workloadTable(study, rows, 0.9)}

## Every policy

${table(rows)}

## Overload (more than capacity offered)

${table(overloadRows)}

${workloadTable(study, overloadRows, Math.max(...study.overloads))}

${verdictText}
`
}

const mixMean = (study: Study, backend: number): string => mixServiceSeconds(study.backends[backend]!, study.workloads).toFixed(2)

async function runStudy (study: Study, options: Options): Promise<boolean> {
  const measureAll = (loads: number[]): Row[] => loads.flatMap((load) => study.policies.map((policy) => measure(study, policy, load, options)))
  const rows = measureAll(study.loads)
  const overloadRows = measureAll(study.overloads)
  const isSeed = study.name === 'seed'
  const result = isSeed ? seedVerdict(study, rows, overloadRows) : mixedVerdict(study, rows, overloadRows)
  const markdown = isSeed ? seedReport(options, rows, overloadRows, result.text) : mixedReport(study, options, rows, overloadRows, result.text)
  const file = isSeed ? 'routing' : `routing-${study.name}`
  const title = isSeed
    ? 'p95 end-to-end latency vs offered load (u1r2 63.74 s, u1r1 90.63 s)'
    : `p95 end-to-end latency vs offered load, six workloads${study.name === 'mixed' ? '' : ' (simulator\'s model)'}`
  await writeFile(join(options.out, `${file}.md`), markdown)
  await writeFile(join(options.out, `${file}-p95.svg`), chart(study, rows, options, title))
  process.stdout.write(markdown)
  return result.met
}

async function main (): Promise<void> {
  const options = readOptions()
  checkCalibration()
  const startedMs = performance.now()
  await mkdir(options.out, { recursive: true })
  const studies = [seedStudy, mixedStudy, mixedSimulatorStudy].filter((study) => options.study === 'all' || options.study === study.name)
  let met = true
  for (const study of studies) met = (await runStudy(study, options)) && met
  process.stdout.write(`\n(${((performance.now() - startedMs) / 1000).toFixed(1)} s; written to ${options.out})\n`)
  if (!met) process.exitCode = 1
}

await main()
