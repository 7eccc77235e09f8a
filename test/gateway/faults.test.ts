// The fault matrix: every way a backend can fail, as the client sees it and as /metrics counts it,
// against real simulators on port 0 with their fault switches.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import type { BackendConfig } from '../../src/config.ts'
import { build, eventually, metric, ready, startTestBackend } from '../helper.ts'

type Teardown = Parameters<typeof build>[0]

// Synthetic mp4s: these tests check bytes and sizes, not pictures, and ffmpeg would cost CPU
const synthetic = { render: 'synthetic' } as const
const timeouts = { headersTimeoutMs: 300, connectTimeoutMs: 300 }
// The prober would race a fault switched on just before a submit (it marks the backend down,
// and the submit is then refused by the gateway without reaching the backend), so the apps of
// the submit faults probe once at start and not again within a test.
const probeOnce = { ...timeouts, healthIntervalMs: 60_000 }

async function upstreamErrors (app: FastifyInstance, backend: string): Promise<Record<string, number | undefined>> {
  const reasons = ['refused', 'timeout', 'reset', 'malformed', 'status', 'other']
  const values = await Promise.all(reasons.map((reason) => metric(app, `ringside_upstream_errors_total{backend="${backend}",reason="${reason}"}`)))
  return Object.fromEntries(reasons.map((reason, i) => [reason, values[i]]))
}

function generate (app: FastifyInstance, backend: string) {
  return app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a red fox in snow', backend } })
}

function createVideo (app: FastifyInstance, backend: string) {
  return app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'a red fox in snow', backend } })
}

async function settledJob (app: FastifyInstance, id: string) {
  return eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return (job.status === 'completed' || job.status === 'failed') && job
  })
}

async function refuses (url: string): Promise<boolean> {
  return fetch(`${url}/liveness`).then(async (res) => { await res.arrayBuffer(); return false }, () => true)
}

/** A backend that is healthy but rejects every generation with FastAPI's 400, as SGLang does a bad field. */
async function startRejectingBackend (t: Teardown, detail: string): Promise<BackendConfig> {
  const server = createServer((req, res) => {
    req.resume()
    const status = req.url === '/health' ? 200 : req.url === '/v1/videos' ? 400 : 404
    const body = req.url === '/health' ? '' : JSON.stringify(status === 400 ? { detail } : { detail: 'Not Found' })
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  const { port } = server.address() as AddressInfo
  return { name: 'strict', urls: [`http://127.0.0.1:${port}`], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }
}

test('a backend that refuses the connection at submit is a 503 naming it, and is then considered down', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ refuseConnections: true })
  await eventually(() => refuses(u1r2.simulator.url))

  const res = await generate(app, 'u1r2')
  t.equal(res.statusCode, 503)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_REFUSED', backend: 'u1r2', message: 'Backend u1r2 refused the connection' })
  t.match(await upstreamErrors(app, 'u1r2'), { refused: 1, timeout: 0, reset: 0, status: 0 })

  const again = await generate(app, 'u1r2')
  t.equal(again.statusCode, 503, 'the gateway no longer sends it work')
  t.match(again.json(), { code: 'RINGSIDE_BACKEND_UNAVAILABLE', backend: 'u1r2', message: /u1r2/ })
  t.equal(again.headers['retry-after'], '5')
  t.equal(await metric(app, 'ringside_upstream_errors_total{backend="u1r2",reason="refused"}'), 1, 'and did not try it again')
  t.equal(await metric(app, 'ringside_backend_up{backend="u1r2"}'), 0)
})

test('a backend that hangs at submit is a 504 naming it once headersTimeoutMs passed', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ hang: true })
  const started = Date.now()
  const res = await generate(app, 'u1r2')
  t.equal(res.statusCode, 504)
  t.ok(Date.now() - started >= 290, 'after the headers timeout')
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_TIMEOUT', backend: 'u1r2', message: 'Backend u1r2 timed out' })
  t.match(await upstreamErrors(app, 'u1r2'), { timeout: 1, refused: 0, reset: 0 })
})

test('simultaneous submits to a hung backend are sent side by side, not in line: each is a 504 and none is left queued', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ hang: true })
  const answers = await Promise.all([1, 2, 3].map(() => generate(app, 'u1r2')))
  t.same(answers.map((res) => res.statusCode), [504, 504, 504])
  t.same(answers.map((res) => res.json().code), ['RINGSIDE_UPSTREAM_TIMEOUT', 'RINGSIDE_UPSTREAM_TIMEOUT', 'RINGSIDE_UPSTREAM_TIMEOUT'])
  t.match(await upstreamErrors(app, 'u1r2'), { timeout: 3 }, 'all three were sent at once')
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 0)
  t.equal((await generate(app, 'u1r2')).statusCode, 503, 'then the backend is marked down')
})

test('a backend whose headers come later than headersTimeoutMs is a 504 naming it', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  // undici checks headers timeouts on a 0.5 s tick (its fast timers), so a 300 ms timeout
  // fires between 0.3 and about 1 s: headers later than that are surely too late
  u1r2.simulator.setFaults({ slowHeadersMs: 1500 })
  const res = await generate(app, 'u1r2')
  t.equal(res.statusCode, 504)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_TIMEOUT', backend: 'u1r2' })
  t.match(await upstreamErrors(app, 'u1r2'), { timeout: 1, reset: 0 })
})

test('a 5xx from the backend at submit is a 502 naming it, counted as status', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ errorStatus: 500 })
  const res = await generate(app, 'u1r2')
  t.equal(res.statusCode, 502)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_STATUS', backend: 'u1r2', message: 'Backend u1r2 answered with status 500' })
  t.match(await upstreamErrors(app, 'u1r2'), { status: 1, malformed: 0, other: 0 })
  t.equal(await metric(app, 'ringside_backend_up{backend="u1r2"}'), 1, 'a 5xx is an answer: the backend stays up')
})

test('a malformed JSON answer at submit is a 502 naming the backend, counted as malformed', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ malformedJson: true })
  const res = await generate(app, 'u1r2')
  t.equal(res.statusCode, 502)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_MALFORMED', backend: 'u1r2', message: 'Backend u1r2 sent a malformed response' })
  t.match(await upstreamErrors(app, 'u1r2'), { malformed: 1, status: 0, other: 0 })
})

test('a backend\'s 400 is a 400 carrying the backend\'s detail, not an upstream error', async (t) => {
  // The gateway's schema is at least as strict as the simulator's checks, so the rejection comes
  // from a backend that rejects everything (FastAPI's JSON detail) and from the simulator's
  // injected 400 (a plain-text body)
  const strict = await startRejectingBackend(t, 'num_frames must be 4k+1 for this pipeline, got 96')
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [strict, u1r2.config] })
  await ready(app)

  const res = await generate(app, 'strict')
  t.equal(res.statusCode, 400)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_REJECTED', message: 'Backend strict rejected the request: num_frames must be 4k+1 for this pipeline, got 96' })

  u1r2.simulator.setFaults({ errorStatus: 400 })
  const plain = await generate(app, 'u1r2')
  t.equal(plain.statusCode, 400)
  t.match(plain.json(), { code: 'RINGSIDE_UPSTREAM_REJECTED', message: 'Backend u1r2 rejected the request: Bad Request' })

  for (const backend of ['strict', 'u1r2']) {
    const counts = await upstreamErrors(app, backend)
    t.same(Object.values(counts), [0, 0, 0, 0, 0, 0], `no upstream error counted for ${backend}`)
  }
})

test('a backend that answers /health but shows no model card is up', async (t) => {
  const strict = await startRejectingBackend(t, 'unused')
  const app = await build(t, { ...probeOnce, backends: [strict] })
  await ready(app)
  t.equal(await metric(app, 'ringside_backend_up{backend="strict"}'), 1)
  t.match((await app.inject('/v1/backends')).json().data[0], { name: 'strict', up: true, reported: { model: null, num_gpus: null } })
})

test('a job that fails on the backend is failed with the backend\'s reason', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...timeouts, healthIntervalMs: 100, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ failJobs: 'CUDA out of memory. Tried to allocate 2.00 GiB' })
  const created = await generate(app, 'u1r2')
  t.equal(created.statusCode, 202, 'a job failure is never an HTTP error at submit')
  const job = await settledJob(app, created.json().id)
  t.equal(job.status, 'failed')
  t.same(job.error, { message: 'CUDA out of memory. Tried to allocate 2.00 GiB', code: 'generation_failed' })

  const video = (await app.inject(`/v1/videos/${job.id}`)).json()
  t.match(video, { status: 'failed', error: { message: 'CUDA out of memory. Tried to allocate 2.00 GiB' } })
  const content = await app.inject(`/v1/video/jobs/${job.id}/content`)
  // 410: the content will never exist, unlike a running job's 409
  t.equal(content.statusCode, 410)
  t.match(content.json(), { code: 'RINGSIDE_JOB_FAILED', message: `Job ${job.id} failed, it has no content: CUDA out of memory. Tried to allocate 2.00 GiB` })

  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="failed"}'), 1)
  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="completed"}'), 0)
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 0)
})

test('jobs on a backend that dies mid-job become failed naming the backend, never stuck queued', async (t) => {
  // long enough generations that the first is still running and the second queued when it dies
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.02, warmupMs: 100 })
  const app = await build(t, { ...timeouts, healthIntervalMs: 100, backends: [u1r2.config] })
  await ready(app)
  const first = (await generate(app, 'u1r2')).json()
  const second = (await generate(app, 'u1r2')).json()
  t.equal((await app.inject(`/v1/video/jobs/${first.id}`)).json().status, 'running')
  t.equal((await app.inject(`/v1/video/jobs/${second.id}`)).json().status, 'queued')

  u1r2.simulator.setFaults({ die: true })
  for (const id of [first.id, second.id]) {
    const job = await settledJob(app, id)
    t.equal(job.status, 'failed')
    t.equal(job.error.code, 'job_lost')
    t.match(job.error.message, /backend u1r2 no longer knows this job/)
  }
  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="lost"}'), 2)
  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="failed"}'), 0)
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 0)
})

test('a job whose performance.log record is missing completes with the job\'s own memory figure', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...timeouts, healthIntervalMs: 100, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ perfRecordMissing: true })
  const job = await settledJob(app, (await generate(app, 'u1r2')).json().id)
  t.equal(job.status, 'completed')
  t.equal(job.record_source, 'job')
  t.equal(job.stages, null)
  const { peak_memory_mb: peakMb } = (await app.inject(`/v1/videos/${job.id}`)).json()
  t.ok(peakMb > 0)
  t.same(job.memory, { peak_reserved_bytes: peakMb * 2 ** 20, peak_allocated_bytes: null, overhead_bytes: null, overhead_ratio: null })
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="missing"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="found"}'), 0)
  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="completed"}'), 1)
})

test('a job whose performance.log record is corrupt still completes, and the record is counted corrupt', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...timeouts, healthIntervalMs: 100, backends: [u1r2.config] })
  await ready(app)
  u1r2.simulator.setFaults({ perfRecordCorrupt: true })
  const job = await settledJob(app, (await generate(app, 'u1r2')).json().id)
  t.equal(job.status, 'completed')
  t.equal(job.record_source, 'job')
  t.ok(job.memory.peak_reserved_bytes > 0)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="corrupt"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="missing"}'), 0)
  t.equal((await app.inject(`/v1/video/jobs/${job.id}/content`)).statusCode, 200)
})

test('polls that fail while a job runs are counted and the job still completes', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.005 })
  // only the job's poller may take the injected errors
  const app = await build(t, { ...probeOnce, backends: [u1r2.config] })
  await ready(app)
  const created = (await generate(app, 'u1r2')).json()
  u1r2.simulator.setFaults({ errorStatus: 503, errorCount: 2 })
  const job = await settledJob(app, created.id)
  t.equal(job.status, 'completed')
  t.equal(job.record_source, 'performance_log')
  t.match(await upstreamErrors(app, 'u1r2'), { status: 2, timeout: 0, reset: 0 })
  t.equal(await metric(app, 'ringside_jobs_total{backend="u1r2",outcome="completed"}'), 1)
})

test('the OpenAI-compatible face answers the same failures in OpenAI\'s error shape with the same status codes', async (t) => {
  const strict = await startRejectingBackend(t, 'fps must be a positive int, got 0')
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...probeOnce, backends: [strict, u1r2.config] })
  await ready(app)

  const rejected = await createVideo(app, 'strict')
  t.equal(rejected.statusCode, 400)
  t.same(rejected.json(), { error: { message: 'Backend strict rejected the request: fps must be a positive int, got 0', type: 'invalid_request_error', param: null, code: 'RINGSIDE_UPSTREAM_REJECTED' } })

  u1r2.simulator.setFaults({ errorStatus: 500 })
  const failed = await createVideo(app, 'u1r2')
  t.equal(failed.statusCode, 502)
  t.same(failed.json(), { error: { message: 'Backend u1r2 answered with status 500', type: 'server_error', param: null, code: 'RINGSIDE_UPSTREAM_STATUS' } })

  u1r2.simulator.setFaults({ errorStatus: undefined, hang: true })
  const hung = await createVideo(app, 'u1r2')
  t.equal(hung.statusCode, 504)
  t.same(hung.json(), { error: { message: 'Backend u1r2 timed out', type: 'server_error', param: null, code: 'RINGSIDE_UPSTREAM_TIMEOUT' } })

  const down = await createVideo(app, 'u1r2')
  t.equal(down.statusCode, 503)
  t.equal(down.headers['retry-after'], '5')
  t.same(down.json(), { error: { message: 'Backend u1r2 is unavailable', type: 'server_error', param: null, code: 'RINGSIDE_BACKEND_UNAVAILABLE' } })
  t.match(await upstreamErrors(app, 'u1r2'), { status: 1, timeout: 1 })
})
