// Many jobs in flight: 10,000 jobs that never complete (a long queue on busy GPUs), each tracked
// by the gateway with its own poller. Measures what each job costs the gateway in memory, what
// the pollers cost in upstream polls and CPU while nobody asks anything, and how fast the gateway
// answers polls of random jobs among them.
//   node bench/jobs.ts [--jobs 10000] [--settle-seconds 5] [--idle-seconds 10] [--seconds 5] [--rounds 3] [--connections 32]
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { Pool, request } from 'undici'
import { createProcessSet, rssBytes } from './lib/processes.ts'
import { freePorts } from './lib/ports.ts'
import { fixed, interleave, markdownTable, preamble, publish, readBenchOptions, summarise } from './lib/report.ts'
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

const processes = createProcessSet()
try {
  const [gatewayPort] = await freePorts(1)
  const stub = await startStub(loadCore, { completeAfterMs: -1 })
  processes.track(stub)
  const gateway = await startGateway(proxyCore, gatewayPort as number, [stubBackend('u1r2', stub.url)])
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
  const pollsPerJobPerSecond = (pollsAfter - pollsBefore) / idleSeconds / options.jobs
  const jobAgeSeconds = [(idleStartedMs - submitStartedMs - submitSeconds * 1000) / 1000, (idleStartedMs - submitStartedMs) / 1000]

  const paths = ids.map((id) => `/v1/video/jobs/${id}`)
  const results = await interleave([{
    name: 'GET /v1/video/jobs/{random id}',
    run: (seconds) => wrk(`${gateway.url}/`, { headers: authorization, paths }, { cpu: loadCore, connections: options.connections, seconds })
  }], options)
  const s = summarise(results.get('GET /v1/video/jobs/{random id}')!)
  const rssEnd = await rssBytes(gateway.pid)
  const errorsUpstream = await upstreamErrors(gateway.url)

  await publish('jobs', [
    `## Jobs: ${options.jobs} in flight`,
    '',
    preamble(`node bench/jobs.ts --jobs ${options.jobs} --settle-seconds ${options.settleSeconds} --idle-seconds ${options.idleSeconds} ` +
      `--seconds ${options.seconds} --rounds ${options.rounds} --connections ${options.connections}`),
    `Setup: the stub never completes a job; the gateway on core ${proxyCore}, the stub and the load (undici for submits, then wrk) on core ${loadCore}. ` +
      `Submitted on ${options.connections} connections in ${fixed(submitSeconds, 1)} s (${fixed(options.jobs / submitSeconds)} submits/s); ` +
      `${shed} submits shed by the gateway (503 or 429) and sent again after its Retry-After.`,
    '',
    markdownTable(['measure', 'value'], [
      ['gateway RSS before submitting', `${fixed(rssBefore / MiB, 1)} MiB`],
      [`gateway RSS ${options.settleSeconds} s after the last submit`, `${fixed(rssAfter / MiB, 1)} MiB`],
      ['RSS per job in flight', `${fixed((rssAfter - rssBefore) / options.jobs)} bytes`],
      [`upstream polls per job per second (idle ${fixed(idleSeconds, 1)} s window, ` +
        `jobs ${fixed(jobAgeSeconds[0] as number)}-${fixed(jobAgeSeconds[1] as number)} s old)`, fixed(pollsPerJobPerSecond, 3)],
      ['upstream polls per second, all jobs', fixed(pollsPerJobPerSecond * options.jobs)],
      ['gateway CPU in the idle window (the pollers)', `${fixed((cpuAfter - cpuBefore) / idleSeconds * 100, 1)}% of a core`],
      ['gateway CPU per upstream poll', `${fixed((cpuAfter - cpuBefore) / Math.max(1, pollsAfter - pollsBefore) * 1e6)} us`],
      [`GET /v1/video/jobs/{random id}, ${options.connections} connections: req/s`, fixed(s.requestsPerSecond)],
      ['... p50 / p99', `${fixed(s.p50Us)} us / ${fixed(s.p99Us)} us`],
      ['... errors', s.errors],
      ['gateway RSS at the end', `${fixed(rssEnd / MiB, 1)} MiB`],
      ['upstream errors counted by the gateway in all', errorsUpstream]
    ]),
    '',
    `${options.rounds} rounds of ${options.seconds} s after a ${options.warmupSeconds} s warmup, medians. ` +
      'How often each job is polled is the poller\'s choice (src/jobs/poller.ts; RINGSIDE_POLL_MAX_MS is 2 s by default).'
  ].join('\n'))
} finally {
  await processes.stopAll()
}
