// #15 items 7 and 8: work a client or a backend could make grow without bound. Polls of a
// validly signed id the gateway does not hold cost one upstream GET each (100 polls, 100 GETs);
// stage names from a backend's performance.log became label values without limit (25 jobs with
// 20 new names each made 502 series and grew /metrics from 72 KB to 4.7 MB).
import { test } from 'tap'
import { Registry } from 'prom-client'
import { buildServer } from '../../src/server.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { createJobIdCodec } from '../../src/jobs/job-id.ts'
import { createMetrics } from '../../src/metrics/metrics.ts'
import { metricNames } from '../../src/metrics/names.ts'
import { createJobObserver } from '../../src/metrics/job-observer.ts'
import { createSampleStore } from '../../src/compare/sample.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'
import { completedJob } from '../jobs.ts'
import { ready, testSecret } from '../helper.ts'
import { startScriptedBackend } from './helper.ts'

interface Teardown { teardown (fn: () => unknown): void }

async function gateway (t: Teardown, overrides: Partial<Config>) {
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, logLevel: 'silent', ...overrides })
  const app = await buildServer(config)
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  return app
}

const gets = (calls: string[]) => calls.filter((call) => call.startsWith('GET /v1/videos/')).length

test('100 polls of a signed id the backend does not know, 50 of them at once, cost one upstream GET', async (t) => {
  const forgetful = await startScriptedBackend(t, 'forgetful', (_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Video not found"}')
  })
  // The not-known answer is kept for RINGSIDE_POLL_MAX_MS: long enough here for every poll
  const app = await gateway(t, { backends: [forgetful.config], pollMaxMs: 60_000 })
  const id = createJobIdCodec(testSecret).encode({ backend: 'forgetful', replica: 0, upstreamId: 'never-made' })
  const concurrent = await Promise.all(Array.from({ length: 50 }, () => app.inject(`/v1/video/jobs/${id}`)))
  for (let i = 0; i < 50; i++) concurrent.push(await app.inject(`/v1/videos/${id}`))
  t.ok(concurrent.every((res) => res.statusCode === 404), 'every poll is a 404')
  t.equal(gets(forgetful.calls), 1)
})

test('a signed id the backend did not know is asked again once its interval has passed', async (t) => {
  const forgetful = await startScriptedBackend(t, 'forgetful', (_req, res) => { res.writeHead(404).end() })
  const app = await gateway(t, { backends: [forgetful.config], pollMinMs: 1, pollMaxMs: 50 })
  const id = createJobIdCodec(testSecret).encode({ backend: 'forgetful', replica: 0, upstreamId: 'never-made' })
  t.equal((await app.inject(`/v1/video/jobs/${id}`)).statusCode, 404)
  await new Promise((resolve) => setTimeout(resolve, 80))
  t.equal((await app.inject(`/v1/video/jobs/${id}`)).statusCode, 404)
  t.equal(gets(forgetful.calls), 2, 'the answer is cached, not the id refused for good')
})

test('100 polls of a job the gateway deleted itself are answered without asking the backend', async (t) => {
  const backend = await startScriptedBackend(t, 'plain', (req, res) => {
    if (req.method === 'POST') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"job-1","status":"queued"}')
    if (req.method === 'DELETE') return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"job-1","status":"queued"}')
  })
  const app = await gateway(t, { backends: [backend.config], pollMaxMs: 60_000 })
  const id = (await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'plain' } })).json().id
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/videos/${id}` })).statusCode, 200)
  const before = gets(backend.calls)
  const polls = await Promise.all(Array.from({ length: 100 }, () => app.inject(`/v1/video/jobs/${id}`)))
  t.ok(polls.every((res) => res.statusCode === 404))
  t.equal(gets(backend.calls) - before, 0)
})

/** A completed job of `backend` whose record has these stages, one second each. */
function jobWithStages (backend: string, stages: string[]): TrackedJob {
  const job = completedJob(backend)
  return { ...job, record: { ...job.record!, stages: stages.map((stage) => ({ stage, durationSeconds: 1 })), denoiseStepsSeconds: [] } }
}

test('25 jobs reporting 20 new stage names each keep 32 stage series per backend and count the other 471 stage timings as dropped', async (t) => {
  const registry = new Registry()
  const metrics = createMetrics(registry)
  const samples = createSampleStore()
  const observer = createJobObserver({ metrics, backendNames: ['liar'], samples, maxStagesPerBackend: 32 })
  const real = ['TextEncoding', 'Denoising', 'Decoding']
  for (let job = 0; job < 25; job++) {
    const invented = Array.from({ length: 20 }, (_, i) => `Invented${job}x${i}`)
    observer.settled(jobWithStages('liar', [...real, ...invented]), 'completed')
  }
  const stage = (await registry.getSingleMetric(metricNames.stageDuration)!.get()).values
  const stageNames = new Set(stage.map((value) => value.labels.stage))
  // By hand: the first job brings 3 real + 20 invented = 23, the second fills the last 9 places
  // and drops 11, each of the other 23 jobs drops its 20 invented
  t.equal(stageNames.size, 32)
  for (const name of real) t.ok(stageNames.has(name), `${name} is kept`)
  t.ok(stageNames.has('Invented1x8') && !stageNames.has('Invented1x9'), 'first seen, first kept')
  const dropped = (await registry.getSingleMetric(metricNames.stagesDropped)!.get()).values
  t.same(dropped.map((value) => [value.labels.backend, value.value]), [['liar', 11 + 23 * 20]])
  t.equal(samples.stageOrder.length, 32, 'the comparison rows are the stages kept')
  const last = samples.get('liar').at(-1)!
  t.same(last.stages.map((s) => s.stage), real, 'a sample holds the kept stages, with their times')
})

// #15 item 5: {"prompt":"x","num_inference_steps":1000,"num_frames":2000,"backend":"u1r1"} held
// u1r1 for about 8.4 h of real time; {"prompt":"x","size":"99999x99999"} ran for 11+ minutes.
// The limits' defaults: 241 frames, 100 steps, 1792x1024 = 1835008 pixels, 10 outputs (README).
const submits = (calls: string[]) => calls.filter((call) => call === 'POST /v1/videos').length
const post = (app: Awaited<ReturnType<typeof gateway>>, url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url, payload })

test('1000 steps and 2000 frames on a named backend are a 400 naming num_frames and its limit, and nothing reaches the backend', async (t) => {
  const u1r1 = await startScriptedBackend(t, 'u1r1', (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"j","status":"queued"}') })
  const app = await gateway(t, { backends: [u1r1.config] })
  const res = await post(app, '/v1/video/generate', { prompt: 'x', num_inference_steps: 1000, num_frames: 2000, backend: 'u1r1' })
  t.equal(res.statusCode, 400)
  // 2000 is not 4k+1: Wan renders 2000 // 4 * 4 + 1 = 2001 frames
  t.match(res.json(), { code: 'RINGSIDE_WORK_OVER_LIMIT', message: 'num_frames: the request asks for 2001 frames, more than the 241 backend u1r1 takes' })
  const steps = await post(app, '/v1/video/generate', { prompt: 'x', num_inference_steps: 1000, backend: 'u1r1' })
  t.match(steps.json(), { statusCode: 400, message: 'num_inference_steps: the request asks for 1000 inference steps, more than the 100 backend u1r1 takes' })
  t.equal(submits(u1r1.calls), 0, 'no submit was sent')
})

test('a 99999x99999 size is a 400 naming size on auto, and in OpenAI\'s shape with param size on /v1/videos', async (t) => {
  const sent = (_req: unknown, res: import('node:http').ServerResponse) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"j","status":"queued"}') }
  const a = await startScriptedBackend(t, 'a', sent)
  const b = await startScriptedBackend(t, 'b', sent)
  const app = await gateway(t, { backends: [a.config, { ...b.config, max_pixels_per_frame: 1920 * 1080 }] })
  const native = await post(app, '/v1/video/generate', { prompt: 'x', size: '99999x99999' })
  t.equal(native.statusCode, 400)
  // 99999 * 99999 = 9999800001; b's limit is the looser, but both refuse: the tightest one (a's) is named
  t.equal(native.json().message, 'size: the request asks for 9999800001 pixels per frame, more than the 1835008 backend a takes; no backend takes the request')
  const openai = await post(app, '/v1/videos', { prompt: 'x', size: '99999x99999' })
  t.equal(openai.statusCode, 400)
  t.match(openai.json(), { error: { param: 'size', code: 'RINGSIDE_WORK_OVER_LIMIT', type: 'invalid_request_error', message: /^size: .*9999800001 pixels/ } })
  for (const size of ['0x704', '1280x704x2', '-1280x704', '1280X704', '1e5x1e5', '']) {
    const res = await post(app, '/v1/videos', { prompt: 'x', size })
    t.equal(res.statusCode, 400, `size ${JSON.stringify(size)}`)
    t.equal(res.json().error.param, 'size', `size ${JSON.stringify(size)} names size`)
  }
  t.equal(submits(a.calls) + submits(b.calls), 0, 'no submit was sent')
})

test('60 seconds at 120 fps is a 400 naming seconds, from the OpenAI SDK\'s string form too', async (t) => {
  const u1r1 = await startScriptedBackend(t, 'u1r1', (_req, res) => { res.writeHead(200).end() })
  const app = await gateway(t, { backends: [u1r1.config] })
  const native = await post(app, '/v1/video/generate', { prompt: 'x', seconds: 60, fps: 120 })
  // 120 * 60 = 7200 frames, not 4k+1: 7201
  t.match(native.json(), { statusCode: 400, message: 'seconds: the request asks for 7201 frames, more than the 241 backend u1r1 takes; no backend takes the request' })
  const boundary = 'limits'
  const form = [['prompt', 'x'], ['seconds', '60'], ['fps', '120']].map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  const openai = await app.inject({
    method: 'POST', url: '/v1/videos', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: `${form.join('')}--${boundary}--\r\n`
  })
  t.equal(openai.statusCode, 400)
  t.match(openai.json(), { error: { param: 'seconds', message: /7201 frames, more than the 241/ } })
  const fps = await post(app, '/v1/video/generate', { prompt: 'x', fps: 120 })
  t.match(fps.json(), { statusCode: 400, message: /^fps: the request asks for 481 frames/ }, 'fps alone names fps: 120 x 4 s')
  t.equal(submits(u1r1.calls), 0)
})

test('auto never sends a request to a backend whose limits it exceeds, and a backend\'s own limit can be looser than the gateway\'s', async (t) => {
  const sent = (_req: unknown, res: import('node:http').ServerResponse) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"j","status":"queued"}') }
  const small = await startScriptedBackend(t, 'small', sent)
  const large = await startScriptedBackend(t, 'large', sent)
  const app = await gateway(t, { routing: 'round-robin', backends: [{ ...small.config, max_frames: 121 }, { ...large.config, max_inference_steps: 200 }] })
  for (let i = 0; i < 4; i++) t.equal((await post(app, '/v1/video/generate', { prompt: 'x', num_frames: 200 })).statusCode, 202)
  t.equal(submits(small.calls), 0, '201 frames never went to the backend taking 121')
  t.equal(submits(large.calls), 4)
  t.equal((await post(app, '/v1/video/generate', { prompt: 'x', num_inference_steps: 150, backend: 'large' })).statusCode, 202, '150 steps on the backend taking 200')
  const refused = await post(app, '/v1/video/generate', { prompt: 'x', num_inference_steps: 150, backend: 'small' })
  t.match(refused.json(), { statusCode: 400, message: /more than the 100 backend small takes/ }, 'the gateway-wide 100 on the other')
  for (let i = 0; i < 2; i++) t.equal((await post(app, '/v1/video/generate', { prompt: 'x' })).statusCode, 202, 'the default request fits both')
  t.equal(submits(small.calls), 1, 'round-robin still turns to the small backend for what fits it')
})

test('a paired run whose template is over a backend\'s limits is a 400 naming the template field, before any pair is sent', async (t) => {
  const sent = (_req: unknown, res: import('node:http').ServerResponse) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"j","status":"queued"}') }
  const baseline = await startScriptedBackend(t, 'baseline', sent)
  const candidate = await startScriptedBackend(t, 'candidate', sent)
  const app = await gateway(t, { backends: [baseline.config, { ...candidate.config, max_outputs: 2 }] })
  const res = await post(app, '/v1/compare/runs', { template: { prompt: 'x', n: 3 }, baseline: 'baseline', candidate: 'candidate', pairs: 1, warmup: 0 })
  t.equal(res.statusCode, 400)
  t.match(res.json(), { code: 'RINGSIDE_WORK_OVER_LIMIT', message: 'template.n: the request asks for 3 outputs, more than the 2 backend candidate takes' })
  const steps = await post(app, '/v1/compare/runs', { template: { prompt: 'x', num_inference_steps: 101 }, baseline: 'baseline', candidate: 'candidate' })
  t.match(steps.json(), { statusCode: 400, message: 'template.num_inference_steps: the request asks for 101 inference steps, more than the 100 backend baseline takes' })
  t.equal(submits(baseline.calls) + submits(candidate.calls), 0, 'no pair was sent')
})

test('"Infinity" for seconds, guidance_scale or seed is a 400 naming the field, on auto and on a named backend, and never forwarded', async (t) => {
  const u1r1 = await startScriptedBackend(t, 'u1r1', (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"j","status":"queued"}') })
  const app = await gateway(t, { backends: [u1r1.config] })
  // Ajv coerces the text "Infinity" to Infinity and lets it past `maximum`; JSON would send null
  for (const field of ['seconds', 'guidance_scale', 'seed']) {
    for (const backend of ['auto', 'u1r1']) {
      const openai = await post(app, '/v1/videos', { prompt: 'x', [field]: 'Infinity', backend })
      t.equal(openai.statusCode, 400, `${field} on ${backend}`)
      t.match(openai.json().error, { param: field, code: 'RINGSIDE_NON_FINITE_NUMBER', message: `${field}: must be a finite number, got Infinity` })
    }
  }
  t.equal(submits(u1r1.calls), 0)
})
