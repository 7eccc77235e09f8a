// Metrics scrape: the time to render GET /metrics once every series has data. Two simulators
// (u1r2, u1r1) in this process, fast-forwarded, write performance.log records; the gateway (its
// own process) tracks jobs through both until they complete or fail, which fills the stage,
// memory, request and outcome histograms. Then wrk scrapes on one connection, as Prometheus does.
//   node bench/metrics-scrape.ts [--seconds 5] [--rounds 3] [--jobs-per-backend 100] [--failed-per-backend 5]
import { request } from 'undici'
import { createProcessSet } from './lib/processes.ts'
import { freePorts } from './lib/ports.ts'
import { fixed, interleave, markdownTable, preamble, publish, readBenchOptions, summarise } from './lib/report.ts'
import { startGateway } from './lib/servers.ts'
import { authorization, loadCore, proxyCore } from './lib/setup.ts'
import { startSimulatedBackends } from './lib/simulators.ts'
import type { SimulatedBackends } from './lib/simulators.ts'
import { wrk } from './lib/wrk.ts'

const options = readBenchOptions({}, { jobsPerBackend: 100, failedPerBackend: 5, timeScale: 0.0005 })

/** Submits and holds the answer (`?wait`) until the job ends; answers the job's id and status. */
async function generate (gatewayUrl: string, backend: string, seed: number): Promise<{ id: string, status: string }> {
  const res = await request(`${gatewayUrl}/v1/video/generate?wait=120`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({ prompt: `a lighthouse in a storm, take ${seed}`, backend, seed }),
    headersTimeout: 180_000
  })
  const job = await res.body.json() as { id: string, status: string }
  if (res.statusCode >= 300) throw new Error(`submit to ${backend} answered ${res.statusCode}: ${JSON.stringify(job)}`)
  return job
}

/** Completed jobs on both backends, then failed ones, then a few deleted: every outcome has a series. */
async function fillSeries (gatewayUrl: string, backends: SimulatedBackends): Promise<Map<string, number>> {
  const outcomes = new Map<string, number>()
  const count = (jobs: Array<{ status: string }>) => { for (const job of jobs) outcomes.set(job.status, (outcomes.get(job.status) ?? 0) + 1) }
  const each = (n: number) => Promise.all(backends.names.flatMap((backend) => Array.from({ length: n }, (_, i) => generate(gatewayUrl, backend, i))))
  const completed = await each(options.jobsPerBackend)
  count(completed)
  for (const simulator of backends.simulators) simulator.setFaults({ failJobs: true })
  count(await each(options.failedPerBackend))
  for (const simulator of backends.simulators) simulator.clearFaults()
  for (const job of completed.slice(0, 2).concat(completed.slice(-2))) {
    const res = await request(`${gatewayUrl}/v1/videos/${job.id}`, { method: 'DELETE', headers: authorization })
    await res.body.dump()
    if (res.statusCode === 200) outcomes.set('deleted', (outcomes.get('deleted') ?? 0) + 1)
  }
  return outcomes
}

interface Scrape { bytes: number, series: number, families: number, largest: Array<[string, number]> }

/** One scrape's size: bytes, series (sample lines), metric families, and the families with most series. */
async function scrapeOnce (gatewayUrl: string): Promise<Scrape> {
  const res = await request(`${gatewayUrl}/metrics`)
  const text = await res.body.text()
  if (res.statusCode !== 200) throw new Error(`/metrics answered ${res.statusCode}`)
  const lines = text.split('\n')
  const families = lines.filter((line) => line.startsWith('# TYPE ')).map((line) => line.split(' ')[2] as string)
  const samples = lines.filter((line) => line !== '' && !line.startsWith('#'))
  const perFamily = new Map<string, number>()
  for (const sample of samples) {
    const name = /^[^{ ]+/.exec(sample)?.[0] ?? ''
    // a histogram's _bucket, _sum and _count samples belong to the family of its TYPE line
    const family = families.filter((f) => name.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? name
    perFamily.set(family, (perFamily.get(family) ?? 0) + 1)
  }
  return {
    bytes: Buffer.byteLength(text),
    series: samples.length,
    families: families.length,
    largest: [...perFamily].sort((a, b) => b[1] - a[1]).slice(0, 3)
  }
}

const processes = createProcessSet()
const backends = await startSimulatedBackends({ timeScale: options.timeScale, jitter: 0.05 })
try {
  const [port] = await freePorts(1)
  const gateway = await startGateway(proxyCore, port as number, backends.configs)
  processes.track(gateway)
  const outcomes = await fillSeries(gateway.url, backends)
  const body = await scrapeOnce(gateway.url)
  const results = await interleave([{
    name: 'GET /metrics',
    run: (seconds) => wrk(`${gateway.url}/metrics`, {}, { cpu: loadCore, connections: 1, seconds })
  }], options)
  const s = summarise(results.get('GET /metrics')!)
  await publish('metrics-scrape', [
    '## Metrics scrape: GET /metrics with every series populated',
    '',
    preamble(`node bench/metrics-scrape.ts --seconds ${options.seconds} --rounds ${options.rounds} ` +
      `--jobs-per-backend ${options.jobsPerBackend} --failed-per-backend ${options.failedPerBackend}`),
    `Setup: two simulators (${backends.names.join(', ')}, time scale ${options.timeScale}) in the benchmark process, the gateway on core ${proxyCore}, ` +
      `wrk on core ${loadCore} with 1 connection; ${options.rounds} rounds after a ${options.warmupSeconds} s warmup; medians.`,
    `Jobs through the gateway before scraping: ${[...outcomes].map(([status, n]) => `${n} ${status}`).join(', ')}.`,
    '',
    markdownTable(['scrapes/s', 'p50 us', 'p99 us', 'body bytes', 'series', 'metric families', 'errors'],
      [[fixed(s.requestsPerSecond), fixed(s.p50Us), fixed(s.p99Us), body.bytes, body.series, body.families, s.errors]]),
    '',
    `Families with most series: ${body.largest.map(([family, n]) => `${family} ${n}`).join(', ')}.`
  ].join('\n'))
} finally {
  await processes.stopAll()
  await backends.close()
}
