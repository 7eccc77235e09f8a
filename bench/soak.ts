// Soak: many clients polling many in-flight jobs through a gateway child process for a fixed
// time, against two simulators in this process. Reports errors (goal 0) and the growth of the
// gateway's memory after warmup (goal < 10%). Not a CI test: `node bench/soak.ts [--seconds 600]`.
// The gateway runs as its own process so its RSS (from /proc) excludes the load generator. Raw
// RSS is printed but the goal is on the footprint (see `sample`): V8 commits a 128 MiB young
// generation that becomes resident over minutes, and that is not a leak. The live JS heap after
// a full GC is reported beside it, since a leak in the gateway's code grows that.
import type { ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { Pool } from 'undici'
import { sortedQuantile } from '../src/stats/summary.ts'
import type { MemoryAnswer, MemoryQuestion } from './lib/memory-probe.ts'
import { freePorts } from './lib/ports.ts'
import { stop } from './lib/processes.ts'
import { startGateway } from './lib/servers.ts'
import { proxyCore } from './lib/setup.ts'
import { startSimulatedBackends } from './lib/simulators.ts'

const FOOTPRINT_GOAL_PERCENT = 10

interface Options {
  seconds: number
  clients: number
  jobs: number
  thinkMs: number
  timeScale: number
  downloadRatio: number
  heapSnapshotDir: string | undefined
  gatewayFlags: string[]
}

function readOptions (): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '600' },
      clients: { type: 'string', default: '50' },
      jobs: { type: 'string', default: '200' },
      // pause of each client between requests: the soak is about holding load, not peak throughput
      'think-ms': { type: 'string', default: '50' },
      // 0.02 makes a u1r2 video 1.3 s and a u1r1 video 1.8 s
      'time-scale': { type: 'string', default: '0.02' },
      'download-ratio': { type: 'string', default: '0.1' },
      // writes a heap snapshot of the gateway at warmup end and at the end, to name what is
      // retained; writing one inflates RSS (malloc keeps the snapshot's working memory)
      'heap-snapshot-dir': { type: 'string' },
      // extra Node flags for the gateway, e.g. --gateway-flag=--max-semi-space-size=4
      'gateway-flag': { type: 'string', multiple: true, default: [] }
    }
  })
  const options = {
    seconds: Number(values.seconds),
    clients: Number(values.clients),
    jobs: Number(values.jobs),
    thinkMs: Number(values['think-ms']),
    timeScale: Number(values['time-scale']),
    downloadRatio: Number(values['download-ratio'])
  }
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0, got ${value}`)
  }
  return { ...options, heapSnapshotDir: values['heap-snapshot-dir'], gatewayFlags: values['gateway-flag'] }
}

/**
 * The gateway as bench/lib starts it, open (no API key: the soak's clients send none), with a
 * queue deep enough for every job in flight, and the memory probe loaded to answer over IPC.
 */
function startSoakGateway (port: number, backends: object[], options: Options) {
  const env = { RINGSIDE_API_KEYS: '', RINGSIDE_MAX_QUEUE_PER_BACKEND: String(options.jobs + 1) }
  const probe = new URL('./lib/memory-probe.ts', import.meta.url).href
  return startGateway(proxyCore, port, backends, env, { nodeFlags: ['--expose-gc', `--import=${probe}`, ...options.gatewayFlags], ipc: true })
}

interface Memory { heapUsedBytes: number, heapTotalBytes: number, externalBytes: number, newSpaceBytes: number, oldAfterMajorGcBytes: number }

/** The gateway's memory as its own process sees it; `gc` first collects all garbage (a pause). */
function askMemory (gateway: ChildProcess, ask: Omit<MemoryQuestion, 'soak'> = {}): Promise<Memory> {
  return new Promise((resolve) => {
    gateway.once('message', ({ usage, newSpaceBytes, oldAfterMajorGcBytes }: MemoryAnswer) => {
      const heap = { heapUsedBytes: usage.heapUsed, heapTotalBytes: usage.heapTotal, externalBytes: usage.external }
      resolve({ ...heap, newSpaceBytes: newSpaceBytes ?? Number.NaN, oldAfterMajorGcBytes })
    })
    const question: MemoryQuestion = { soak: 'memory', ...ask }
    gateway.send(question)
  })
}

interface Residency { rssBytes: number, v8ResidentBytes: number }

// V8 maps its heap in 256 KiB pages, each an anonymous read-write mapping of its own (Node 24
// on Linux x64); malloc's mappings are rarely multiples of 256 KiB, never of at most 1 MiB.
const V8_PAGE_BYTES = 256 * 1024
const MAPPING = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+) *(.*)$/

/** Resident bytes of the process (the sum of its mappings' Rss, i.e. VmRSS), and of V8's heap pages among them. */
async function readResidency (pid: number): Promise<Residency> {
  const smaps = await readFile(`/proc/${pid}/smaps`, 'utf8')
  let rssBytes = 0
  let v8ResidentBytes = 0
  let v8Page = false
  for (const line of smaps.split('\n')) {
    const mapping = MAPPING.exec(line)
    if (mapping) {
      const bytes = parseInt(mapping[2]!, 16) - parseInt(mapping[1]!, 16)
      v8Page = mapping[3] === 'rw-p' && mapping[4] === '0' && mapping[5] === '' && bytes % V8_PAGE_BYTES === 0 && bytes <= 4 * V8_PAGE_BYTES
    } else if (line.startsWith('Rss:')) {
      const bytes = Number(line.split(/\s+/)[1]) * 1024
      rssBytes += bytes
      if (v8Page) v8ResidentBytes += bytes
    }
  }
  return { rssBytes, v8ResidentBytes }
}

/** What the load generator counts; errors by `route status` or `route error-code`. */
function createTally () {
  return {
    requests: new Map<string, number>(),
    errors: new Map<string, number>(),
    pollLatencyMs: [] as number[],
    jobsSubmitted: 0,
    jobsCompleted: 0,
    jobsFailed: 0,
    downloadedBytes: 0
  }
}
type Tally = ReturnType<typeof createTally>

function bump (map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** One request: counts it, counts a non-2xx/3xx status or network error, returns the body as text or bytes. */
interface Call { method: 'GET' | 'POST', path: string, body?: string }

async function call (pool: Pool, tally: Tally, route: string, options: Call): Promise<{ status: number, text: string } | undefined> {
  bump(tally.requests, route)
  try {
    const res = await pool.request({ ...options, headers: options.body ? { 'content-type': 'application/json' } : {} })
    const text = route.endsWith('content') ? String((await res.body.arrayBuffer()).byteLength) : await res.body.text()
    if (res.statusCode >= 400) bump(tally.errors, `${route} ${res.statusCode}`)
    return { status: res.statusCode, text }
  } catch (err) {
    bump(tally.errors, `${route} ${(err as { code?: string }).code ?? (err as Error).name}`)
    return undefined
  }
}

interface Load { backendNames: string[], inFlight: string[], completed: string[], submitting: number, endsAt: number }

function pick<T> (items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)]
}

async function submit (pool: Pool, tally: Tally, load: Load): Promise<void> {
  const backend = load.backendNames[tally.jobsSubmitted % load.backendNames.length]
  tally.jobsSubmitted++
  const body = JSON.stringify({ prompt: `a paper boat on a pond, take ${tally.jobsSubmitted}`, backend, seed: tally.jobsSubmitted })
  const res = await call(pool, tally, 'POST /v1/video/generate', { method: 'POST', path: '/v1/video/generate', body })
  if (res?.status === 202 || res?.status === 200) load.inFlight.push(JSON.parse(res.text).id)
}

/** Keeps `target` jobs in flight: submits one for each that finished, a few at a time. */
async function topUp (pool: Pool, tally: Tally, load: Load, target: number): Promise<void> {
  while (Date.now() < load.endsAt) {
    const missing = target - load.inFlight.length - load.submitting
    const batch = Math.min(missing, 20)
    if (batch > 0) {
      load.submitting += batch
      await Promise.all(Array.from({ length: batch }, () => submit(pool, tally, load)))
      load.submitting -= batch
    } else {
      await sleep(20)
    }
  }
}

function settle (load: Load, tally: Tally, id: string, status: string): void {
  const index = load.inFlight.indexOf(id)
  if (index === -1) return // another client saw it first
  load.inFlight.splice(index, 1)
  if (status === 'failed') {
    tally.jobsFailed++
    bump(tally.errors, 'job failed')
    return
  }
  tally.jobsCompleted++
  load.completed.push(id)
  // a bounded set of downloadable ids: the soak must not grow in its own memory
  if (load.completed.length > 500) load.completed.shift()
}

async function client (pool: Pool, tally: Tally, load: Load, options: Options): Promise<void> {
  while (Date.now() < load.endsAt) {
    const done = pick(load.completed)
    if (done !== undefined && Math.random() < options.downloadRatio) {
      const res = await call(pool, tally, 'GET /v1/video/jobs/{id}/content', { method: 'GET', path: `/v1/video/jobs/${done}/content` })
      if (res?.status === 200) tally.downloadedBytes += Number(res.text)
    } else {
      const id = pick(load.inFlight)
      if (id !== undefined) {
        const startedMs = performance.now()
        const res = await call(pool, tally, 'GET /v1/video/jobs/{id}', { method: 'GET', path: `/v1/video/jobs/${id}` })
        tally.pollLatencyMs.push(performance.now() - startedMs)
        const status = res?.status === 200 ? JSON.parse(res.text).status : undefined
        if (status === 'completed' || status === 'failed') settle(load, tally, id, status)
      }
    }
    await sleep(options.thinkMs)
  }
}

interface Sample extends Residency { memory: Memory, footprintBytes: number }
interface MemoryTrace { samples: Sample[], atWarmupEnd: Memory | undefined, atEnd: Memory | undefined }

const mib = (bytes: number | undefined) => bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`

/**
 * The footprint counts V8's heap at the size V8 committed rather than at the pages touched so
 * far: under this load the young generation's 128 MiB become resident over 1 to 5 minutes, which
 * raw RSS shows as growth. Growth of the heap itself, of malloc or of native memory still counts.
 */
async function sample (gateway: ChildProcess): Promise<Sample> {
  const memory = await askMemory(gateway)
  const residency = await readResidency(gateway.pid as number)
  const footprintBytes = residency.rssBytes - residency.v8ResidentBytes + memory.heapTotalBytes
  return { ...residency, memory, footprintBytes }
}

function traceLine (second: number, { rssBytes, v8ResidentBytes, memory, footprintBytes }: Sample): string {
  return `soak: ${second} s RSS ${mib(rssBytes)}, V8 heap ${mib(v8ResidentBytes)} resident of ${mib(memory.heapTotalBytes)} ` +
    `(young generation ${mib(memory.newSpaceBytes)}, old after the last full GC ${mib(memory.oldAfterMajorGcBytes)}), ` +
    `external ${mib(memory.externalBytes)}, footprint ${mib(footprintBytes)}`
}

/**
 * Samples memory every second; the first sample at or after warmup is the baseline. At warmup
 * end and at the end (after the sample, so the pause is not in it), the gateway collects all
 * garbage and reports its live JS heap, which a leak in its code grows whatever V8 and malloc do.
 */
async function sampleMemory (gateway: ChildProcess, startedAt: number, warmupEndsAt: number, endsAt: number, snapshotDir?: string): Promise<MemoryTrace> {
  const trace: MemoryTrace = { samples: [], atWarmupEnd: undefined, atEnd: undefined }
  const snapshotPath = (name: string) => snapshotDir && join(snapshotDir, `gateway-${name}.heapsnapshot`)
  for (let second = 1; Date.now() < endsAt; second++) {
    await sleep(Math.max(0, startedAt + second * 1000 - Date.now()))
    const now = await sample(gateway)
    if (Date.now() >= warmupEndsAt) {
      trace.samples.push(now)
      if (trace.samples.length === 1) trace.atWarmupEnd = await askMemory(gateway, { gc: true, snapshotPath: snapshotPath('warmup') })
    }
    // a trace on stderr shows whether growth levels off or keeps climbing, and where it is
    if (second % 5 === 0) console.error(traceLine(second, now))
  }
  trace.atEnd = await askMemory(gateway, { gc: true, snapshotPath: snapshotPath('end') })
  return trace
}

/** Least-squares slope of samples taken once a second, per minute: a leak is a steady slope. */
function slopePerMinute (samples: number[]): number {
  const n = samples.length
  if (n < 2) return Number.NaN
  const meanX = (n - 1) / 2
  const meanY = samples.reduce((sum, y) => sum + y, 0) / n
  let covariance = 0
  let variance = 0
  samples.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  })
  return (covariance / variance) * 60
}

function growthPercent (values: number[]): number {
  const first = values[0]
  const last = values.at(-1)
  return first && last ? ((last - first) / first) * 100 : Number.NaN
}

function memoryRows (trace: MemoryTrace, warmupSeconds: number, snapshots: boolean): [string, string][] {
  const { samples, atWarmupEnd, atEnd } = trace
  const first = samples[0]
  const last = samples.at(-1)
  const rss = samples.map((s) => s.rssBytes)
  const footprint = samples.map((s) => s.footprintBytes)
  const v8 = (s: Sample | undefined) => s ? `${mib(s.v8ResidentBytes)} of ${mib(s.memory.heapTotalBytes)}` : 'n/a'
  const heapGrowth = atWarmupEnd && atEnd ? atEnd.heapUsedBytes - atWarmupEnd.heapUsedBytes : undefined
  const rows: [string, string][] = [
    [`Gateway RSS at warmup end (${warmupSeconds} s) / end / max`,
      `${mib(first?.rssBytes)} / ${mib(last?.rssBytes)} / ${mib(rss.length ? Math.max(...rss) : undefined)}`],
    ['RSS growth after warmup', `${growthPercent(rss).toFixed(1)}%`],
    ['V8 heap resident of committed, at warmup end / end', `${v8(first)} / ${v8(last)}`],
    ['Footprint (RSS with V8 heap as committed) at warmup end / end', `${mib(first?.footprintBytes)} / ${mib(last?.footprintBytes)}`],
    [`Footprint growth after warmup (goal < ${FOOTPRINT_GOAL_PERCENT}%)`, `${growthPercent(footprint).toFixed(1)}%`],
    ['Footprint trend after warmup (least squares)', `${(slopePerMinute(footprint) / 2 ** 20).toFixed(2)} MiB/min`],
    ['Live JS heap (after a full GC) at warmup end / end',
      `${mib(atWarmupEnd?.heapUsedBytes)} / ${mib(atEnd?.heapUsedBytes)} (${heapGrowth !== undefined && heapGrowth >= 0 ? '+' : ''}${mib(heapGrowth)})`],
    ['V8 young generation at warmup end / end', `${mib(atWarmupEnd?.newSpaceBytes)} / ${mib(atEnd?.newSpaceBytes)}`]
  ]
  if (snapshots) rows.push(['Heap snapshots written (they inflate RSS)', 'yes'])
  return rows
}

function percentile (sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sortedQuantile(sorted, p / 100)
}

function report (tally: Tally, memory: MemoryTrace, options: Options, warmupSeconds: number, inFlightAtEnd: number): { table: string, ok: boolean } {
  const sorted = [...tally.pollLatencyMs].sort((a, b) => a - b)
  const errors = [...tally.errors.values()].reduce((sum, n) => sum + n, 0)
  const requests = [...tally.requests.values()].reduce((sum, n) => sum + n, 0)
  const rows: [string, string][] = [
    ['Duration / clients / jobs in flight', `${options.seconds} s / ${options.clients} / ${options.jobs}`],
    ['Requests (total)', `${requests} (${(requests / options.seconds).toFixed(0)}/s)`],
    ...[...tally.requests].map(([route, n]): [string, string] => [`Requests \`${route}\``, String(n)]),
    ['Errors (goal 0)', String(errors)],
    ...[...tally.errors].map(([kind, n]): [string, string] => [`Errors \`${kind}\``, String(n)]),
    ['Poll latency p50 / p99', `${percentile(sorted, 50).toFixed(1)} ms / ${percentile(sorted, 99).toFixed(1)} ms`],
    ['Jobs submitted / completed / failed / in flight at end', `${tally.jobsSubmitted} / ${tally.jobsCompleted} / ${tally.jobsFailed} / ${inFlightAtEnd}`],
    ['Content downloaded', mib(tally.downloadedBytes)],
    ...memoryRows(memory, warmupSeconds, options.heapSnapshotDir !== undefined)
  ]
  const table = ['| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n')
  return { table, ok: errors === 0 && growthPercent(memory.samples.map((s) => s.footprintBytes)) < FOOTPRINT_GOAL_PERCENT }
}

async function main (): Promise<void> {
  const options = readOptions()
  const backends = await startSimulatedBackends({ timeScale: options.timeScale, jitter: 0.05 })
  const [port] = await freePorts(1) as [number]
  const started = await startSoakGateway(port, backends.configs, options).catch(async (err: unknown) => { await backends.close(); throw err })
  const gateway = started.child
  const pool = new Pool(started.url, { connections: options.clients + 20 })
  try {
    const tally = createTally()
    const startedAt = Date.now()
    // at least 60 s, but never more than half the run: a short run still reports, if less soundly
    const warmupSeconds = Math.round(Math.min(Math.max(60, options.seconds * 0.3), options.seconds / 2))
    const load: Load = { backendNames: backends.names, inFlight: [], completed: [], submitting: 0, endsAt: startedAt + options.seconds * 1000 }
    console.error(`soak: ${options.seconds} s, ${options.clients} clients, ${options.jobs} jobs in flight, gateway pid ${gateway.pid} on :${port}`)
    const [memory] = await Promise.all([
      sampleMemory(gateway, startedAt, startedAt + warmupSeconds * 1000, load.endsAt, options.heapSnapshotDir),
      topUp(pool, tally, load, options.jobs),
      ...Array.from({ length: options.clients }, () => client(pool, tally, load, options))
    ])
    const { table, ok } = report(tally, memory, options, warmupSeconds, load.inFlight.length)
    console.log(table)
    if (!ok) process.exitCode = 1
  } finally {
    await pool.close()
    await stop(started)
    await backends.close()
  }
}

await main()
