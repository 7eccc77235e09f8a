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
  return {
    id: 'j',
    ref: { backend, replica: 0, upstreamId: 'u' },
    status: 'completed',
    submittedAtMs: 0,
    startedAtMs: 0,
    completedAtMs: 1000,
    observedFromSubmit: true,
    upstream: { id: 'u', status: 'completed' },
    error: null,
    backendFailing: null,
    record: {
      requestId: 'u',
      stages: stages.map((stage) => ({ stage, durationSeconds: 1 })),
      denoiseStepsSeconds: [],
      totalSeconds: null,
      peakReservedBytes: null,
      peakAllocatedBytes: null,
      loadPeakReservedBytes: null,
      runtimePeakReservedBytes: null
    },
    recordSource: 'performance_log',
    perfDumpPath: null,
    settled: Promise.resolve()
  }
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
