// Many jobs in flight: 10,000 jobs that never complete (a long queue on busy GPUs), each tracked
// by the gateway with its own poller. Measures what each job costs the gateway in memory, what
// the pollers cost in upstream polls and CPU while nobody asks anything, and how fast the gateway
// answers polls of random jobs among them.
// RINGSIDE_BENCH_BASELINE=<git revision> measures that revision's gateway too, in the same run.
//   node bench/jobs.ts [--jobs 10000] [--settle-seconds 5] [--idle-seconds 10] [--seconds 5] [--rounds 3] [--connections 32]
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { Pool, request } from 'undici'
import { createProcessSet, rssBytes } from './lib/processes.ts'
import { freePorts } from './lib/ports.ts'
import { checkoutBaseline } from './lib/baseline.ts'
import { fixed, interleave, markdownTable, preamble, publish, ratio, readBenchOptions, summarise } from './lib/report.ts'
import { startGateway, startStub, stubBackend } from './lib/servers.ts'
import { authorization, generateBody, loadCore, proxyCore } from './lib/setup.ts'
import { wrk } from './lib/wrk.ts'

// USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux architecture Node supports
const TICKS_PER_SECOND = 100
const MiB = 1024 * 1024
const options = readBenchOptions({}, { jobs: 10_000, settleSeconds: 5, idleSeconds: 10 })

/** CPU seconds (user + system) the process has used so far. */
async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // fields after the command name, which is in parentheses and may hold spaces: utime is the 12th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/**
 * Submits `count` jobs on `connections` connections at once; answers their ids in order and how
 * many submits the gateway shed (503, 429) and were sent again after its Retry-After.
 */
async function submitMany (gatewayUrl: string, count: number, connections: number): Promise<{ ids: string[], shed: number }> {
  const pool = new Pool(gatewayUrl, { connections })
  const ids: string[] = new Array(count)
  let next = 0
  let shed = 0
  async function submitOne (index: number): Promise<void> {
    for (;;) {
      const headers = { 'content-type': 'application/json', ...authorization }
      const res = await pool.request({ method: 'POST', path: '/v1/video/generate', body: generateBody, headers })
      const view = await res.body.json() as { id: string }
      if (res.statusCode === 202) {
        ids[index] = view.id
        return
      }
      if (res.statusCode !== 503 && res.statusCode !== 429) throw new Error(`submit ${index} answered ${res.statusCode}: ${JSON.stringify(view)}`)
      shed++
      await sleep(Math.min(5, Number(res.headers['retry-after'] ?? 1)) * 1000)
    }
  }
  async function worker (): Promise<void> {
    for (let index = next++; index < count; index = next++) await submitOne(index)
  }
  try {
    await Promise.all(Array.from({ length: connections }, worker))
  } finally {
    await pool.close()
  }
  return { ids, shed }
}

/** ringside_upstream_errors_total, summed over reasons: failed polls would leave jobs stale. */
async function upstreamErrors (gatewayUrl: string): Promise<number> {
  const res = await request(`${gatewayUrl}/metrics`)
  const lines = (await res.body.text()).split('\n').filter((line) => line.startsWith('ringside_upstream_errors_total{'))
  return lines.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0)
}

interface Measured {
  submitSeconds: number
  shed: number
  idleSeconds: number
  jobAgeSeconds: [number, number]
  rssBefore: number
  rssAfter: number
  rssEnd: number
  pollsPerJobPerSecond: number
  cpuIdle: number
  polls: number
  poll: ReturnType<typeof summarise>
  errorsUpstream: number
}

/** One gateway (this checkout's, or another revision's `bin`) against its own never-completing stub, both stopped after. */
async function measure (bin?: string): Promise<Measured> {
  const processes = createProcessSet()
  try {
    return await measureWith(processes, bin)
  } finally {
    await processes.stopAll()
  }
}

async function measureWith (processes: ReturnType<typeof createProcessSet>, bin: string | undefined): Promise<Measured> {
  const [gatewayPort] = await freePorts(1)
  const stub = await startStub(loadCore, { completeAfterMs: -1 })
  processes.track(stub)
  const gateway = await startGateway(proxyCore, gatewayPort as number, [stubBackend('u1r2', stub.url)], {}, { bin })
  processes.track(gateway)
  await sleep(1000)
  const rssBefore = await rssBytes(gateway.pid)

  const submitStartedMs = Date.now()
  const { ids, shed } = await submitMany(gateway.url, options.jobs, options.connections)
  const submitSeconds = (Date.now() - submitStartedMs) / 1000
  process.stderr.write(`  submitted ${ids.length} jobs in ${fixed(submitSeconds, 1)} s\n`)
  await sleep(options.settleSeconds * 1000)
  const rssAfter = await rssBytes(gateway.pid)

  // nobody asks anything: what remains is the pollers' own work
  const idleStartedMs = Date.now()
  const [pollsBefore, cpuBefore] = [(await stub.stats()).polls, await cpuSeconds(gateway.pid)]
  await sleep(options.idleSeconds * 1000)
  const [pollsAfter, cpuAfter] = [(await stub.stats()).polls, await cpuSeconds(gateway.pid)]
  const idleSeconds = (Date.now() - idleStartedMs) / 1000

  const paths = ids.map((id) => `/v1/video/jobs/${id}`)
  const results = await interleave([{
    name: 'poll',
    run: (seconds) => wrk(`${gateway.url}/`, { headers: authorization, paths }, { cpu: loadCore, connections: options.connections, seconds })
  }], options)
  return {
    submitSeconds,
    shed,
    idleSeconds,
    jobAgeSeconds: [(idleStartedMs - submitStartedMs - submitSeconds * 1000) / 1000, (idleStartedMs - submitStartedMs) / 1000] as [number, number],
    rssBefore,
    rssAfter,
    rssEnd: await rssBytes(gateway.pid),
    pollsPerJobPerSecond: (pollsAfter - pollsBefore) / idleSeconds / options.jobs,
    cpuIdle: cpuAfter - cpuBefore,
    polls: pollsAfter - pollsBefore,
    poll: summarise(results.get('poll')!),
    errorsUpstream: await upstreamErrors(gateway.url)
  }
}

/** The table's rows: a measure's name and its value in each run. */
function rows (runs: Measured[]): Array<Array<string | number>> {
  const row = (name: string, value: (m: Measured) => string | number) => [name, ...runs.map(value)]
  return [
    row('gateway RSS before submitting', (m) => `${fixed(m.rssBefore / MiB, 1)} MiB`),
    row(`gateway RSS ${options.settleSeconds} s after the last submit`, (m) => `${fixed(m.rssAfter / MiB, 1)} MiB`),
    row('RSS per job in flight', (m) => `${fixed((m.rssAfter - m.rssBefore) / options.jobs)} bytes`),
    row('age of the jobs in the idle window', (m) => `${fixed(m.jobAgeSeconds[0])}-${fixed(m.jobAgeSeconds[1])} s`),
    row(`upstream polls per job per second (idle ${options.idleSeconds} s window)`, (m) => fixed(m.pollsPerJobPerSecond, 3)),
    row('upstream polls per second, all jobs', (m) => fixed(m.pollsPerJobPerSecond * options.jobs)),
    row('gateway CPU in the idle window (the pollers)', (m) => `${fixed(m.cpuIdle / m.idleSeconds * 100, 1)}% of a core`),
    row('gateway CPU per upstream poll', (m) => `${fixed(m.cpuIdle / Math.max(1, m.polls) * 1e6)} us`),
    row(`GET /v1/video/jobs/{random id}, ${options.connections} connections: req/s`, (m) => fixed(m.poll.requestsPerSecond)),
    row('... p50 / p99', (m) => `${fixed(m.poll.p50Us)} us / ${fixed(m.poll.p99Us)} us`),
    row('... errors', (m) => m.poll.errors),
    row('gateway RSS at the end', (m) => `${fixed(m.rssEnd / MiB, 1)} MiB`),
    row('upstream errors counted by the gateway in all', (m) => m.errorsUpstream),
    row('submits/s (shed and sent again)', (m) => `${fixed(options.jobs / m.submitSeconds)} (${m.shed})`)
  ]
}

const revision = process.env.RINGSIDE_BENCH_BASELINE
const checkout = revision ? await checkoutBaseline(revision) : undefined
try {
  const runs = [await measure()]
  if (checkout) runs.push(await measure(checkout.bin))
  const current = runs[0]!
  const before = runs[1]
  const ratios = before
    ? ['CPU per upstream poll, this / before: ' + ratio(current.cpuIdle / Math.max(1, current.polls), before.cpuIdle / Math.max(1, before.polls)),
        'poll req/s, this / before: ' + ratio(current.poll.requestsPerSecond, before.poll.requestsPerSecond),
        'submits/s, this / before: ' + ratio(before.submitSeconds, current.submitSeconds),
        'RSS per job, this / before: ' + ratio(current.rssAfter - current.rssBefore, before.rssAfter - before.rssBefore)].join('; ') + '.'
    : ''
  await publish('jobs', [
    `## Jobs: ${options.jobs} in flight`,
    '',
    preamble(`${revision ? `RINGSIDE_BENCH_BASELINE=${revision} ` : ''}node bench/jobs.ts --jobs ${options.jobs} ` +
      `--settle-seconds ${options.settleSeconds} --idle-seconds ${options.idleSeconds} --seconds ${options.seconds} --rounds ${options.rounds} ` +
      `--connections ${options.connections}`),
    `Setup: the stub never completes a job; the gateway on core ${proxyCore}, the stub and the load (undici for submits, then wrk) on core ${loadCore}. ` +
      `Submitted on ${options.connections} connections` +
      `${before ? '; this checkout first, then the gateway at the baseline revision, each against a fresh stub' : ''}.`,
    '',
    markdownTable(['measure', 'this checkout', ...(checkout ? [`gateway @${checkout.revision}`] : [])], rows(runs)),
    '',
    ...(ratios ? [ratios, ''] : []),
    `${options.rounds} rounds of ${options.seconds} s after a ${options.warmupSeconds} s warmup, medians. ` +
      'How often each job is polled is the poller\'s choice (src/jobs/poller.ts; RINGSIDE_POLL_MAX_MS is 2 s by default).'
  ].join('\n'))
} finally {
  await checkout?.remove()
}
