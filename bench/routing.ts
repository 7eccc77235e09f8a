// Routing under load: every policy of src/routing/policy.ts (and 'pinned', everything to the fast
// backend) at 50-90% of the two backends' combined capacity, plus overload, in simulated time with
// several seeds. Writes bench/results/routing.md and routing-p95.svg; exits 1 when the goal of
// issue #7 is missed. `node bench/routing.ts [--jobs 20000] [--warmup 2000] [--seeds 10] [--jitter 0.05]`
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { percentiles, simulateRouting, SIMULATED_POLICY_NAMES } from '../src/routing/simulation.ts'
import type { SimulatedBackend, SimulatedPolicyName, SimulationResult } from '../src/routing/simulation.ts'

// Mean Total of one generation on each backend, from the seed page
const backends: SimulatedBackend[] = [{ name: 'u1r2', meanServiceSeconds: 63.74 }, { name: 'u1r1', meanServiceSeconds: 90.63 }]
const LOADS = [0.5, 0.7, 0.8, 0.9]
// Past capacity a queue must grow; what matters there is whether both backends stay busy
const OVERLOADS = [1.0, 1.1]
const GOAL_P95_RATIO = 0.7
const GOAL_CAPACITY_FRACTION = 0.98
const COLORS: Record<SimulatedPolicyName, string> = {
  pinned: '#7f7f7f', 'round-robin': '#d62728', 'least-outstanding': '#2ca02c', weighted: '#ff7f0e', 'fastest-completion': '#1f77b4'
}

interface Options { jobs: number, warmup: number, seeds: number, jitter: number, out: string }

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
}

function readOptions (): Options {
  const { values } = parseArgs({
    options: {
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
  return { ...options, out: values.out }
}

function measure (policy: SimulatedPolicyName, loadFraction: number, options: Options): Row {
  const runs: SimulationResult[] = []
  for (let seed = 1; seed <= options.seeds; seed++) {
    runs.push(simulateRouting({ policy, loadFraction, jobs: options.jobs, warmupJobs: options.warmup, seed, backends, jitter: options.jitter }))
  }
  return pool(policy, loadFraction, runs)
}

// Percentiles over all seeds' jobs together; throughput over all seeds' windows together
function pool (policy: SimulatedPolicyName, loadFraction: number, runs: SimulationResult[]): Row {
  const sum = (f: (run: SimulationResult) => number): number => runs.reduce((total, run) => total + f(run), 0)
  const endToEnd = runs.flatMap((run) => run.endToEndSeconds).sort((a, b) => a - b)
  const windowSeconds = sum((run) => run.windowSeconds)
  const throughput = sum((run) => run.throughputJobsPerSecond * run.windowSeconds) / windowSeconds
  const arrivals = sum((run) => run.arrivalsPerSecond * run.windowSeconds) / windowSeconds
  const first = runs[0] as SimulationResult
  const served = sum((run) => run.arrived - run.lost)
  const p95s = runs.map((run) => run.p95Seconds)
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
    share: backends.map((backend) => sum((run) => run.jobsPerBackend[backend.name] ?? 0) / served)
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
      'Throughput % of arrivals | % of capacity | Arrived | In queue at end | Lost | Share u1r2 / u1r1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const row of rows) {
    const roundRobin = rows.find((other) => other.policy === 'round-robin' && other.loadFraction === row.loadFraction) as Row
    const mark = unstable(row) ? ' †' : ''
    lines.push(`| ${row.policy} | ${percent(row.loadFraction)} | ${seconds(row.p50Seconds)}${mark} | ` +
      `${seconds(row.p95Seconds)}${mark} (${seconds(row.p95SeedRange[0])}–${seconds(row.p95SeedRange[1])}) | ` +
      `${seconds(row.p99Seconds)}${mark} | ${(row.p95Seconds / roundRobin.p95Seconds).toFixed(2)}x | ${seconds(row.meanQueueWaitSeconds)} | ` +
      `${percent(row.ofOffered)} | ${percent(row.ofCapacity)} | ${row.arrived} | ${row.inQueueAtEnd} | ${row.lost} | ` +
      `${row.share.map((share) => percent(share)).join(' / ')} |`)
  }
  return lines.join('\n')
}

interface Verdict { text: string, met: boolean }

function verdict (rows: Row[], overloadRows: Row[]): Verdict {
  const at = (list: Row[], policy: SimulatedPolicyName, load: number): Row =>
    list.find((row) => row.policy === policy && row.loadFraction === load) as Row
  const fastest = at(rows, 'fastest-completion', 0.8)
  const ratio = fastest.p95Seconds / at(rows, 'round-robin', 0.8).p95Seconds
  const highest = at(rows, 'fastest-completion', Math.max(...LOADS))
  const overload = at(overloadRows, 'fastest-completion', Math.max(...OVERLOADS))
  const lost = [...rows, ...overloadRows].filter((row) => row.policy === 'fastest-completion').reduce((sum, row) => sum + row.lost, 0)
  const checks = [
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
  ]
  const met = checks.every((check) => check.met)
  const lines = checks.map((check) => `- ${check.met ? 'met' : 'MISSED'}: ${check.text}`)
  return { met, text: `**Verdict: goal ${met ? 'met' : 'missed'}.**\n\n${lines.join('\n')}` }
}

const CHART = { width: 760, height: 470, left: 80, right: 190, top: 60, bottom: 60 }

// Hand-written so the chart needs no dependency; log scale because pinned and an overloaded round
// robin are orders of magnitude above the rest
function chart (rows: Row[], options: Options): string {
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const minDecade = Math.floor(Math.log10(Math.min(...rows.map((row) => row.p95Seconds))))
  const maxDecade = Math.ceil(Math.log10(Math.max(...rows.map((row) => row.p95Seconds))))
  const x = (load: number): number => CHART.left + (load - (LOADS[0] as number)) / ((LOADS.at(-1) as number) - (LOADS[0] as number)) * plotWidth
  const y = (value: number): number => CHART.top + plotHeight * (1 - (Math.log10(value) - minDecade) / (maxDecade - minDecade))
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${CHART.width}" height="${CHART.height}" fill="white"/>`,
    `<text x="${CHART.width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">` +
      'p95 end-to-end latency vs offered load (u1r2 63.74 s, u1r1 90.63 s)</text>',
    `<text x="${CHART.width / 2}" y="40" text-anchor="middle" fill="#555">` +
      `${options.seeds} seeds × ${options.jobs} jobs, service CV ${options.jitter}, weighted = capacity weights</text>`,
    ...axes(x, y, minDecade, maxDecade, plotHeight),
    ...SIMULATED_POLICY_NAMES.flatMap((policy) => series(rows.filter((row) => row.policy === policy), x, y)),
    ...legend()
  ]
  return parts.join('\n') + '\n</svg>\n'
}

function axes (x: (load: number) => number, y: (value: number) => number, minDecade: number, maxDecade: number, plotHeight: number): string[] {
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
  for (const load of LOADS) {
    parts.push(`<line x1="${x(load)}" y1="${bottom}" x2="${x(load)}" y2="${bottom + 5}" stroke="black"/>`,
      `<text x="${x(load)}" y="${bottom + 20}" text-anchor="middle">${load * 100}%</text>`)
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

function legend (): string[] {
  const left = CHART.width - CHART.right + 15
  const parts = SIMULATED_POLICY_NAMES.flatMap((policy, i) => {
    const top = CHART.top + 10 + i * 22
    return [`<line x1="${left}" y1="${top}" x2="${left + 24}" y2="${top}" stroke="${COLORS[policy]}" stroke-width="2"/>`,
      `<text x="${left + 30}" y="${top + 4}">${policy}</text>`]
  })
  const top = CHART.top + 10 + SIMULATED_POLICY_NAMES.length * 22 + 10
  parts.push(`<circle cx="${left + 12}" cy="${top}" r="4" stroke="black" stroke-width="2" fill="white"/>`,
    `<text x="${left + 30}" y="${top + 4}">unstable: queue grows</text>`,
    `<text x="${left + 30}" y="${top + 20}">(p95 grows with run)</text>`)
  return parts
}

function report (options: Options, rows: Row[], overloadRows: Row[], verdictText: string): string {
  const command = ['node bench/routing.ts', ...process.argv.slice(2)].join(' ')
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  return `# Routing under load

\`${command}\` — run on ${date} UTC, Node ${process.version}.

Simulated time, the real policies of \`src/routing/policy.ts\`: Poisson arrivals; u1r2 (mean
63.74 s) and u1r1 (mean 90.63 s) each run one job at a time, FIFO; service time is the mean times
a mean-preserving lognormal factor of CV ${options.jitter}; the policies see what the gateway builds
(outstanding jobs, EWMA alpha 0.3 of completed jobs' service seconds). 'weighted' gets the gateway's capacity weights
(replicas / learned service time, equal until both backends have completed a job).
${options.seeds} seeds × ${options.jobs} measured jobs after ${options.warmup} warmup jobs; percentiles pool all seeds,
the range is the per-seed p95s. A run ends at its last arrival; jobs then queued are counted, and their
E2E, fixed by FIFO, is included. Throughput is completions per second of the window against the arrivals
drawn. † = unstable: load >= 100% or under 98% of the arrivals completed; the queue grows with the run.

${table(rows)}

## Overload (more than capacity offered)

${table(overloadRows)}

${verdictText}
`
}

async function main (): Promise<void> {
  const options = readOptions()
  const startedMs = performance.now()
  const measureAll = (loads: number[]): Row[] => loads.flatMap((load) => SIMULATED_POLICY_NAMES.map((policy) => measure(policy, load, options)))
  const rows = measureAll(LOADS)
  const overloadRows = measureAll(OVERLOADS)
  const result = verdict(rows, overloadRows)
  const markdown = report(options, rows, overloadRows, result.text)
  await mkdir(options.out, { recursive: true })
  await writeFile(join(options.out, 'routing.md'), markdown)
  await writeFile(join(options.out, 'routing-p95.svg'), chart(rows, options))
  process.stdout.write(markdown)
  process.stdout.write(`\n(${((performance.now() - startedMs) / 1000).toFixed(1)} s; written to ${options.out})\n`)
  if (!result.met) process.exitCode = 1
}

await main()
