// Metrics scrape: the time to render GET /metrics once every series has data, at issue #14's
// 8 workloads x 2 backends. Two simulators (u1r2, u1r1) in this process, fast-forwarded, write
// performance.log records; the gateway (its own process) tracks jobs of eight shapes (the four
// presets, four more seen) through both until they complete or fail, which fills the stage,
// step, memory, request and outcome histograms of every workload. Then wrk scrapes on one
// connection, as Prometheus does. RINGSIDE_BENCH_BASELINE=<revision> adds that revision's
// gateway, given the same traffic, interleaved with this one.
//   node bench/metrics-scrape.ts [--seconds 5] [--rounds 3] [--jobs-per-workload 12] [--failed-per-workload 1]
import { setTimeout as sleep } from 'node:timers/promises'
import { request } from 'undici'
import { checkoutBaseline, type Baseline } from './lib/baseline.ts'
import { createProcessSet } from './lib/processes.ts'
import { freePorts } from './lib/ports.ts'
import { fixed, interleave, markdownTable, preamble, publish, ratio, readBenchOptions, summarise } from './lib/report.ts'
import { startGateway, type Server } from './lib/servers.ts'
import { authorization, loadCore, proxyCore } from './lib/setup.ts'
import { startSimulatedBackends } from './lib/simulators.ts'
import type { SimulatedBackends } from './lib/simulators.ts'
import { wrk } from './lib/wrk.ts'
import { pngOf } from '../test/security/images.ts'

const options = readBenchOptions({}, { jobsPerWorkload: 12, failedPerWorkload: 1, timeScale: 0.0005 })

/**
 * The JSON shapes: the presets default, seed and portrait (RINGSIDE_WORKLOADS' defaults), then
 * four small ones that take the four RINGSIDE_MAX_WORKLOADS slots; the i2v preset is the eighth.
 */
const shapes: Array<Record<string, unknown>> = [
  {}, { num_frames: 121 }, { size: '704x1280' },
  ...[17, 25, 33, 41].map((frames) => ({ size: '320x176', num_frames: frames, num_inference_steps: 4 }))
]
const reference = pngOf(64, 64, 256)

/** Submits and holds the answer (`?wait`) until the job ends; answers its status. */
async function generate (gatewayUrl: string, backend: string, seed: number, shape: Record<string, unknown>): Promise<string> {
  const res = await request(`${gatewayUrl}/v1/video/generate?wait=120`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({ prompt: `a lighthouse in a storm, take ${seed}`, backend, seed, ...shape }),
    headersTimeout: 180_000
  })
  const job = await res.body.json() as { status: string }
  if (res.statusCode >= 300) throw new Error(`submit to ${backend} answered ${res.statusCode}: ${JSON.stringify(job)}`)
  return job.status
}

/** An image-to-video job through the OpenAI-compatible route (a multipart upload), polled until it ends. */
async function generateFromImage (gatewayUrl: string, backend: string, seed: number): Promise<string> {
  const form = new FormData()
  form.append('prompt', `the lighthouse in the picture, take ${seed}`)
  form.append('backend', backend)
  form.append('seed', String(seed))
  form.append('input_reference', new Blob([new Uint8Array(reference)], { type: 'image/png' }), 'lighthouse.png')
  // Serialised first: the gateway's client timeout would meet a slow streamed form on a loaded core
  const body = new Response(form)
  const headers = { ...authorization, 'content-type': body.headers.get('content-type')! }
  const res = await request(`${gatewayUrl}/v1/videos`, { method: 'POST', headers, body: Buffer.from(await body.arrayBuffer()) })
  const video = await res.body.json() as { id: string, status: string }
  if (res.statusCode >= 300) throw new Error(`i2v submit to ${backend} answered ${res.statusCode}: ${JSON.stringify(video)}`)
  for (let status = video.status; ; await sleep(20)) {
    if (status === 'completed' || status === 'failed') return status
    const poll = await request(`${gatewayUrl}/v1/videos/${video.id}`, { headers: authorization })
    status = (await poll.body.json() as { status: string }).status
  }
}

/** `n` jobs of every shape on every backend, at once: statuses counted. */
async function each (gatewayUrl: string, backends: SimulatedBackends, n: number, outcomes: Map<string, number>): Promise<void> {
  const jobs = backends.names.flatMap((backend) => Array.from({ length: n }, (_, i) => [
    ...shapes.map((shape) => generate(gatewayUrl, backend, i, shape)),
    generateFromImage(gatewayUrl, backend, i)
  ]).flat())
  for (const status of await Promise.all(jobs)) outcomes.set(status, (outcomes.get(status) ?? 0) + 1)
}

/** Completed jobs of every workload on both backends, then failed ones: every series has data. */
async function fillSeries (gatewayUrl: string, backends: SimulatedBackends): Promise<Map<string, number>> {
  const outcomes = new Map<string, number>()
  await each(gatewayUrl, backends, options.jobsPerWorkload, outcomes)
  for (const simulator of backends.simulators) simulator.setFaults({ failJobs: true })
  await each(gatewayUrl, backends, options.failedPerWorkload, outcomes)
  for (const simulator of backends.simulators) simulator.clearFaults()
  return outcomes
}

interface Scrape { bytes: number, series: number, families: number, workloads: number, largest: Array<[string, number]> }

/** One scrape's size: bytes, series (sample lines), metric families, workload labels, and the families with most series. */
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
    workloads: new Set([...text.matchAll(/workload="([^"]+)"/g)].map((match) => match[1])).size,
    largest: [...perFamily].sort((a, b) => b[1] - a[1]).slice(0, 3)
  }
}

interface Contender { name: string, gateway: Server, outcomes: Map<string, number>, scrape: Scrape }

const processes = createProcessSet()
const backends = await startSimulatedBackends({ timeScale: options.timeScale, jitter: 0.05 })
const revision = process.env.RINGSIDE_BENCH_BASELINE
let checkout: Baseline | undefined
try {
  const [port, baselinePort] = await freePorts(2)
  const gateways: Array<{ name: string, gateway: Server }> = []
  const gateway = await startGateway(proxyCore, port as number, backends.configs)
  processes.track(gateway)
  gateways.push({ name: 'this revision', gateway })
  if (revision) {
    checkout = await checkoutBaseline(revision)
    const before = await startGateway(proxyCore, baselinePort as number, backends.configs, {}, { bin: checkout.bin })
    processes.track(before)
    gateways.push({ name: `@${checkout.revision}`, gateway: before })
  }
  // One gateway's traffic at a time: the simulators' FIFO queues are shared
  const contenders: Contender[] = []
  for (const { name, gateway } of gateways) {
    const outcomes = await fillSeries(gateway.url, backends)
    contenders.push({ name, gateway, outcomes, scrape: await scrapeOnce(gateway.url) })
  }
  const results = await interleave(contenders.map(({ name, gateway }) => ({
    name,
    run: (seconds: number) => wrk(`${gateway.url}/metrics`, {}, { cpu: loadCore, connections: 1, seconds })
  })), options)
  // Ratios against the last gateway: the baseline revision when there is one
  const against = contenders[contenders.length - 1]!
  const before = summarise(results.get(against.name)!)
  const rows = contenders.map(({ name, scrape }) => {
    const s = summarise(results.get(name)!)
    return [name, fixed(s.requestsPerSecond), fixed(s.p50Us), fixed(s.p99Us),
      ratio(s.p50Us, before.p50Us), ratio(s.p99Us, before.p99Us), ratio(scrape.series, against.scrape.series),
      scrape.bytes, scrape.series, scrape.workloads, scrape.families, s.errors]
  })
  await publish('metrics-scrape', [
    '## Metrics scrape: GET /metrics with every series of 8 workloads x 2 backends populated',
    '',
    preamble(`${revision ? `RINGSIDE_BENCH_BASELINE=${revision} ` : ''}node bench/metrics-scrape.ts --seconds ${options.seconds} --rounds ${options.rounds} ` +
      `--jobs-per-workload ${options.jobsPerWorkload} --failed-per-workload ${options.failedPerWorkload}`),
    `Setup: two simulators (${backends.names.join(', ')}, time scale ${options.timeScale}) in the benchmark process, the gateway(s) on core ${proxyCore}, ` +
      `wrk on core ${loadCore} with 1 connection; ${options.rounds} rounds after a ${options.warmupSeconds} s warmup, interleaved; medians.`,
    ...contenders.map(({ name, outcomes }) => `Jobs through ${name} before scraping: ${[...outcomes].map(([status, n]) => `${n} ${status}`).join(', ')}.`),
    '',
    markdownTable(['gateway', 'scrapes/s', 'p50 us', 'p99 us', `p50 vs ${against.name}`, `p99 vs ${against.name}`, `series vs ${against.name}`,
      'body bytes', 'series', 'workloads', 'metric families', 'errors'], rows),
    '',
    ...contenders.map(({ name, scrape }) => `Families with most series (${name}): ${scrape.largest.map(([family, n]) => `${family} ${n}`).join(', ')}.`)
  ].join('\n'))
} finally {
  await processes.stopAll()
  await checkout?.remove()
  await backends.close()
}
