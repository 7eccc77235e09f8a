// A job's life through the gateway, end to end against real simulators on port 0: FIFO queueing,
// replicas, adoption by another gateway instance, stage records, deletion and downloads.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import { createJobIdCodec } from '../../src/jobs/job-id.ts'
import { startPollGate } from '../gate.ts'
import { build, eventually, metric, ready, startTestBackend, testSecret } from '../helper.ts'

// Synthetic mp4s: these tests check bytes and sizes, not pictures, and ffmpeg would cost CPU
const synthetic = { render: 'synthetic' } as const
const timeouts = { headersTimeoutMs: 300, connectTimeoutMs: 300, healthIntervalMs: 100 }
const codec = createJobIdCodec(testSecret)

function generate (app: FastifyInstance, payload: Record<string, unknown> = {}) {
  return app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a red fox in snow', backend: 'u1r2', ...payload } })
}

async function jobOf (app: FastifyInstance, id: string) {
  return (await app.inject(`/v1/video/jobs/${id}`)).json()
}

async function settledJob (app: FastifyInstance, id: string) {
  return eventually(async () => {
    const job = await jobOf(app, id)
    return (job.status === 'completed' || job.status === 'failed') && job
  })
}

async function tempDir (t: Parameters<typeof build>[0], prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

test('three jobs submitted at once to one backend run first in, first out, and the later ones wait for the earlier', async (t) => {
  // The seed page's u1r2 Total (63.74 s, for its 121-frame request) at this scale: 637.4 ms a job,
  // long enough to see the queue
  const timeScale = 0.01
  const seedServiceSeconds = 63.74 * timeScale
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale })
  // The gateway's polls go through a gate held while the queue is looked at: no completion can be
  // seen before the test has read it, however slow the machine. A held poll must not time out.
  const gate = await startPollGate(t, u1r2.simulator.url)
  const app = await build(t, { ...timeouts, headersTimeoutMs: 30_000, backends: [{ ...u1r2.config, urls: [gate.url] }] })
  await ready(app)
  gate.hold()
  const ids = (await Promise.all([1, 2, 3].map(() => generate(app, { num_frames: 121 })))).map((res) => res.json().id as string)

  const early = await Promise.all(ids.map((id) => jobOf(app, id)))
  t.same(early.map((job) => job.status).sort(), ['queued', 'queued', 'running'], 'one runs, two wait')
  const head = early.find((job) => job.status === 'running')
  t.equal((await app.inject(`/v1/videos/${head.id}`)).json().status, 'in_progress')
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 3)
  gate.release()

  const done = await Promise.all(ids.map((id) => settledJob(app, id)))
  const byStart = [...done].sort((a, b) => a.started_at - b.started_at)
  t.equal(byStart[0].id, head.id, 'the job that ran first is the one shown running')
  t.same(byStart.map((job) => job.status), ['completed', 'completed', 'completed'])
  // the gateway's order is the backend's order (SGLang lists its jobs in creation order)
  const upstream = await (await fetch(`${u1r2.simulator.url}/v1/videos?order=asc`)).json() as { data: Array<{ id: string }> }
  t.same(byStart.map((job) => codec.decode(job.id)?.upstreamId), upstream.data.map((job) => job.id))

  for (let i = 1; i < byStart.length; i++) {
    t.equal(byStart[i].started_at, byStart[i - 1].completed_at, `job ${i + 1} starts when job ${i} completed`)
  }
  const serviceOf = (job: { duration_seconds: number, queue_wait_seconds: number }) => job.duration_seconds - job.queue_wait_seconds
  const [first, second, third] = byStart
  t.equal(first.queue_wait_seconds, 0, 'the first did not wait')
  // The gateway cannot see a job end before the simulator ends it, whose timers never fire early
  // (1% for timer rounding): each service time is at least the seed's, whatever the load
  t.ok(serviceOf(first) >= 0.99 * seedServiceSeconds, `the first job's service time is at least the simulated one (${serviceOf(first)} s)`)
  // The simulator starts a job when the one before it ended by its plan, not when the gateway saw
  // that: a later job's own service time may look short, but it ends one service time further on
  t.ok(second.completed_at - first.created_at >= 2 * 0.99 * seedServiceSeconds, 'the second ended two service times after the first was submitted')
  t.ok(third.completed_at - first.created_at >= 3 * 0.99 * seedServiceSeconds, 'the third three')
  // and a later job waits for those ahead of it, less the few ms by which it reached the gateway later
  t.ok(second.queue_wait_seconds >= 0.99 * seedServiceSeconds - (second.created_at - first.created_at),
    `the second waited the first's service time (${second.queue_wait_seconds} s)`)
  t.ok(third.queue_wait_seconds >= 2 * 0.99 * seedServiceSeconds - (third.created_at - first.created_at),
    `the third waited for both (${third.queue_wait_seconds} s)`)

  t.equal(await metric(app, 'ringside_queue_wait_seconds_count{backend="u1r2"}'), 3)
  const waitSum = await metric(app, 'ringside_queue_wait_seconds_sum{backend="u1r2"}')
  t.ok(Math.abs(waitSum! - done.reduce((sum, job) => sum + job.queue_wait_seconds, 0)) < 1e-6, 'the histogram holds the three waits')
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 0)
})

test('a backend with two replicas spreads simultaneous jobs across both, and each download comes from the replica that ran it', async (t) => {
  const a = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.005 })
  const b = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.005 })
  const replicas = [a, b]
  const config = { ...a.config, urls: replicas.map((r) => r.simulator.url), perf_log_dir: replicas.map((r) => r.config.perf_log_dir).join(',') }
  const app = await build(t, { ...timeouts, backends: [config] })
  await ready(app)
  await eventually(async () => (await app.inject('/v1/backends')).json().data[0].replicas.every((r: { up: boolean }) => r.up))

  const ids = (await Promise.all([1, 2].map(() => generate(app)))).map((res) => res.json().id as string)
  const refs = ids.map((id) => codec.decode(id)!)
  t.same(refs.map((ref) => ref.replica).sort(), [0, 1], 'the signed ids name both replicas')
  t.same((await Promise.all(ids.map((id) => jobOf(app, id)))).map((job) => job.status), ['running', 'running'], 'both run at once')

  for (const [i, id] of ids.entries()) {
    const job = await settledJob(app, id)
    t.equal(job.status, 'completed')
    t.equal(job.record_source, 'performance_log', 'the record is read from the replica\'s own performance.log')
    t.equal(job.queue_wait_seconds, 0, 'did not wait behind the other')
    const { replica, upstreamId } = refs[i]!
    const owner = replicas[replica]!.simulator.url
    const other = replicas[1 - replica]!.simulator.url
    t.equal((await fetch(`${owner}/v1/videos/${upstreamId}`)).status, 200, 'the replica named in the id ran it')
    t.equal((await fetch(`${other}/v1/videos/${upstreamId}`)).status, 404, 'the other does not know it')
    const content = await app.inject(`/v1/video/jobs/${id}/content`)
    t.equal(content.statusCode, 200)
    t.equal(content.rawPayload.subarray(4, 8).toString('latin1'), 'ftyp')
  }
})

test('a second gateway instance with the same secret serves a job submitted through the first, adopting it from the backend', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.005 })
  const first = await build(t, { ...timeouts, backends: [u1r2.config] })
  const second = await build(t, { ...timeouts, backends: [u1r2.config] })
  await Promise.all([ready(first), ready(second)])

  const finished = (await generate(first)).json()
  await settledJob(first, finished.id)
  const adopted = await jobOf(second, finished.id)
  t.match(adopted, { id: finished.id, status: 'completed', backend: 'u1r2', record_source: 'performance_log' })
  t.equal(adopted.stages.length, 6, 'with the stage timings from performance.log')
  t.equal(adopted.duration_seconds, null, 'the second gateway did not see it submitted, so it does not time it')
  const content = await second.inject(`/v1/video/jobs/${finished.id}/content`)
  t.equal(content.statusCode, 200)
  t.equal(content.rawPayload.subarray(4, 8).toString('latin1'), 'ftyp')

  // adopted while it runs, with no stage record: the wait for a record must not let a second poller in
  u1r2.simulator.setFaults({ perfRecordMissing: true })
  const running = (await generate(first)).json()
  t.equal((await second.inject(`/v1/videos/${running.id}`)).json().status, 'in_progress')
  t.match(await settledJob(second, running.id), { status: 'completed', record_source: 'job' })
  await settledJob(first, running.id)
  t.equal((await second.inject(`/v1/video/jobs/${running.id}/content`)).statusCode, 200)

  t.equal(await metric(second, 'ringside_stage_records_total{backend="u1r2",outcome="found"}'), 1)
  t.equal(await metric(second, 'ringside_stage_records_total{backend="u1r2",outcome="missing"}'), 1, 'one look-up per job: one poller per job')
  // summed over instances, a job must count once: the gateway that submitted it counts it
  t.equal(await metric(first, 'ringside_jobs_total{backend="u1r2",outcome="completed"}'), 2)
  t.equal(await metric(second, 'ringside_jobs_total{backend="u1r2",outcome="completed"}'), 0)
  t.notOk(await metric(second, 'ringside_stage_duration_seconds_count{backend="u1r2",stage="Denoising"}'), 'nor its stage timings')
})

test('with a perf dump directory and no performance.log, the record comes from the dump, which is then removed', async (t) => {
  const dumpDir = await tempDir(t, 'ringside-test-dumps-')
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const { perf_log_dir: _unused, ...config } = u1r2.config
  const app = await build(t, { ...timeouts, backends: [{ ...config, perf_dump_dir: dumpDir }] })
  await ready(app)
  const job = await settledJob(app, (await generate(app)).json().id)
  t.equal(job.status, 'completed')
  t.equal(job.record_source, 'perf_dump')
  t.same(job.stages.map((s: { name: string }) => s.name), ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding'])
  t.equal(job.denoise_steps.count, 50)
  t.ok(job.memory.peak_reserved_bytes > job.memory.peak_allocated_bytes)
  await eventually(async () => (await readdir(dumpDir)).length === 0)
  t.pass('the dump file is gone')
  t.equal(await metric(app, 'ringside_stage_duration_seconds_count{backend="u1r2",stage="Denoising"}'), 1)
})

test('with both a performance.log and a perf dump directory, the log wins and the dump file is still removed', async (t) => {
  const dumpDir = await tempDir(t, 'ringside-test-dumps-')
  const u1r2 = await startTestBackend(t, 'u1r2', synthetic)
  const app = await build(t, { ...timeouts, backends: [{ ...u1r2.config, perf_dump_dir: dumpDir }] })
  await ready(app)
  const ids = (await Promise.all([1, 2].map(() => generate(app)))).map((res) => res.json().id as string)
  for (const id of ids) t.equal((await settledJob(app, id)).record_source, 'performance_log')
  await eventually(async () => (await readdir(dumpDir)).length === 0)
  t.pass('no dump file is left behind')
})

test('DELETE /v1/videos/{id} answers OpenAI\'s video.deleted, and the job is gone afterwards', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.01 })
  const app = await build(t, { ...timeouts, backends: [u1r2.config] })
  await ready(app)
  const { id } = (await generate(app)).json()
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/videos/${id}` })
  t.equal(deleted.statusCode, 200)
  t.same(deleted.json(), { id, object: 'video.deleted', deleted: true })

  const gone = await app.inject(`/v1/videos/${id}`)
  t.equal(gone.statusCode, 404)
  t.match(gone.json(), { error: { code: 'RINGSIDE_JOB_NOT_FOUND', param: 'video_id' } })
  t.equal((await app.inject(`/v1/video/jobs/${id}`)).statusCode, 404)
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/videos/${id}` })).statusCode, 404, 'deleting twice is a 404')
  t.notOk((await app.inject('/v1/videos')).json().data.some((video: { id: string }) => video.id === id), 'not listed')

  // a deleted job is neither lost nor failed, whatever its poller was doing at the time
  for (const outcome of ['completed', 'failed', 'lost']) {
    t.equal(await metric(app, `ringside_jobs_total{backend="u1r2",outcome="${outcome}"}`), 0, outcome)
  }
  t.equal(await metric(app, 'ringside_backend_queue_depth{backend="u1r2"}'), 0)
})

test('the content of a job not completed yet is a 409 naming its status', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.01 })
  const app = await build(t, { ...timeouts, backends: [u1r2.config] })
  await ready(app)
  const running = (await generate(app)).json()
  const queued = (await generate(app)).json()

  const notYet = await app.inject(`/v1/video/jobs/${running.id}/content`)
  t.equal(notYet.statusCode, 409)
  t.match(notYet.json(), { code: 'RINGSIDE_CONTENT_NOT_READY', message: `Job ${running.id} is running: its content is not available yet` })
  t.match((await app.inject(`/v1/video/jobs/${queued.id}/content`)).json(), { statusCode: 409, message: /is queued/ })
  const openai = await app.inject(`/v1/videos/${queued.id}/content`)
  t.equal(openai.statusCode, 409)
  t.match(openai.json(), { error: { message: /is queued/, type: 'invalid_request_error', code: 'RINGSIDE_CONTENT_NOT_READY' } })
})

test('a client that aborts a download mid-stream breaks nothing: the upstream download is cut and the app keeps serving', async (t) => {
  const simulatorWarnings: unknown[] = []
  const logger = { info () {}, warn (obj: unknown) { simulatorWarnings.push(obj) } }
  // 800 frames at 1280x704: a 21 MB mp4, more than the sockets buffer on the way
  const u1r2 = await startTestBackend(t, 'u1r2', { ...synthetic, timeScale: 0.0002, logger })
  // 801 frames is over the default work limit of 241: this backend takes them
  const app = await build(t, { ...timeouts, backends: [{ ...u1r2.config, max_frames: 801 }] })
  await ready(app)
  const job = await settledJob(app, (await generate(app, { num_frames: 800 })).json().id)
  t.equal(job.status, 'completed')
  const url = await app.listen({ port: 0, host: '127.0.0.1' })

  const controller = new AbortController()
  const res = await fetch(`${url}/v1/video/jobs/${job.id}/content`, { signal: controller.signal })
  t.equal(res.status, 200)
  const total = Number(res.headers.get('content-length'))
  t.ok(total > 20_000_000, `a large file (${total} bytes)`)
  const reader = res.body!.getReader()
  const { value } = await reader.read()
  t.ok(value && value.length < total, 'the first chunk is only part of it')
  controller.abort()
  await t.rejects(reader.read(), 'the download is aborted')

  await eventually(() => simulatorWarnings.length > 0)
  t.match(simulatorWarnings[0], { err: { code: 'ERR_STREAM_PREMATURE_CLOSE' } }, 'the backend saw its download cut, not drained')
  t.equal((await fetch(`${url}/health/live`)).status, 200)
  const again = await fetch(`${url}/v1/video/jobs/${job.id}/content`)
  t.equal((await again.arrayBuffer()).byteLength, total, 'a full download still works')
})
