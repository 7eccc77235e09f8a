// Soak: many clients polling many in-flight jobs through a gateway child process for a fixed
// time, against two simulators in this process. Reports errors (goal 0) and the gateway's RSS
// growth after warmup (goal < 10%). Not a CI test: `node bench/soak.ts [--seconds 60] ...`.
// The gateway runs as its own process so its RSS (VmRSS) excludes the load generator.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { Pool } from 'undici'
import { startSimulator } from '../src/simulator/index.ts'
import type { Simulator } from '../src/simulator/index.ts'

const backendNames = ['u1r2', 'u1r1'] as const
const RSS_GOAL_PERCENT = 10

interface Options { seconds: number, clients: number, jobs: number, thinkMs: number, timeScale: number, downloadRatio: number }

function readOptions (): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      clients: { type: 'string', default: '50' },
      jobs: { type: 'string', default: '200' },
      // pause of each client between requests: the soak is about holding load, not peak throughput
      'think-ms': { type: 'string', default: '50' },
      // 0.02 makes a u1r2 video 1.3 s and a u1r1 video 1.8 s
      'time-scale': { type: 'string', default: '0.02' },
      'download-ratio': { type: 'string', default: '0.1' }
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
  return options
}

function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

interface Backends { simulators: Simulator[], config: object[] }

async function startBackends (dir: string, timeScale: number): Promise<Backends> {
  const simulators: Simulator[] = []
  const config: object[] = []
  for (const name of backendNames) {
    const perfLogDir = join(dir, name, 'perf')
    const simulator = await startSimulator({ profile: name, timeScale, warmupMs: 0, jitter: 0.05, perfLogDir, outputDir: join(dir, name, 'videos'), render: 'synthetic' })
    const { parallel } = simulator.profile
    simulators.push(simulator)
    config.push({ name, urls: [simulator.url], sp_degree: parallel.spDegree, ulysses_degree: parallel.ulyssesDegree, ring_degree: parallel.ringDegree, num_gpus: parallel.numGpus, perf_log_dir: perfLogDir })
  }
  return { simulators, config }
}

function startGateway (port: number, backends: object[], jobs: number): ChildProcess {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RINGSIDE_BACKENDS: JSON.stringify(backends),
    RINGSIDE_JOB_SECRET: 'soak-secret-of-at-least-sixteen-chars',
    RINGSIDE_RATE_LIMIT_MAX: '100000000',
    RINGSIDE_MAX_QUEUE_PER_BACKEND: String(jobs + 1)
  }
  const bin = new URL('../bin/ringside.js', import.meta.url).pathname
  return spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
}

async function waitReady (pool: Pool, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await pool.request({ method: 'GET', path: '/health/ready' })
      await res.body.dump()
      if (res.statusCode === 200) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error(`gateway not ready within ${timeoutMs} ms`)
}

async function readRssBytes (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
  if (kib === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(kib) * 1024
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
async function call (pool: Pool, tally: Tally, route: string, options: { method: 'GET' | 'POST', path: string, body?: string }): Promise<{ status: number, text: string } | undefined> {
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

interface Load { inFlight: string[], completed: string[], submitting: number, endsAt: number }

function pick<T> (items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)]
}

async function submit (pool: Pool, tally: Tally, load: Load): Promise<void> {
  const backend = backendNames[tally.jobsSubmitted % backendNames.length]
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

/** Samples VmRSS every second; the first sample at or after warmup is the baseline. */
async function sampleRss (pid: number, warmupEndsAt: number, endsAt: number): Promise<number[]> {
  const samples: number[] = []
  while (Date.now() < endsAt) {
    await sleep(1000)
    if (Date.now() >= warmupEndsAt) samples.push(await readRssBytes(pid))
    // a trace on stderr shows whether growth levels off or keeps climbing
    if (samples.length % 5 === 1) console.error(`soak: gateway RSS ${(samples.at(-1)! / 2 ** 20).toFixed(1)} MiB`)
  }
  return samples
}

function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

function report (tally: Tally, rss: number[], options: Options, warmupSeconds: number, inFlightAtEnd: number): { table: string, ok: boolean } {
  const sorted = [...tally.pollLatencyMs].sort((a, b) => a - b)
  const mib = (bytes: number | undefined) => bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`
  const first = rss[0]
  const last = rss.at(-1)
  const growthPercent = first && last ? ((last - first) / first) * 100 : Number.NaN
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
    [`Gateway RSS at warmup end (${warmupSeconds} s) / end / max`, `${mib(first)} / ${mib(last)} / ${mib(rss.length ? Math.max(...rss) : undefined)}`],
    [`RSS growth after warmup (goal < ${RSS_GOAL_PERCENT}%)`, `${growthPercent.toFixed(1)}%`]
  ]
  const table = ['| Measure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n')
  return { table, ok: errors === 0 && growthPercent < RSS_GOAL_PERCENT }
}

async function stopGateway (gateway: ChildProcess): Promise<void> {
  if (gateway.exitCode !== null) return
  const exited = new Promise((resolve) => gateway.once('exit', resolve))
  gateway.kill('SIGTERM')
  const timer = setTimeout(() => gateway.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

async function main (): Promise<void> {
  const options = readOptions()
  const dir = await mkdtemp(join(tmpdir(), 'ringside-soak-'))
  const backends = await startBackends(dir, options.timeScale)
  const port = await freePort()
  const gateway = startGateway(port, backends.config, options.jobs)
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: options.clients + 20 })
  try {
    await waitReady(pool)
    const tally = createTally()
    const startedAt = Date.now()
    const warmupSeconds = Math.max(10, Math.round(options.seconds * 0.15))
    const load: Load = { inFlight: [], completed: [], submitting: 0, endsAt: startedAt + options.seconds * 1000 }
    console.error(`soak: ${options.seconds} s, ${options.clients} clients, ${options.jobs} jobs in flight, gateway pid ${gateway.pid} on :${port}`)
    const [rss] = await Promise.all([
      sampleRss(gateway.pid as number, startedAt + warmupSeconds * 1000, load.endsAt),
      topUp(pool, tally, load, options.jobs),
      ...Array.from({ length: options.clients }, () => client(pool, tally, load, options))
    ])
    const { table, ok } = report(tally, rss, options, warmupSeconds, load.inFlight.length)
    console.log(table)
    if (!ok) process.exitCode = 1
  } finally {
    await pool.close()
    await stopGateway(gateway)
    await Promise.all(backends.simulators.map((simulator) => simulator.close()))
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
