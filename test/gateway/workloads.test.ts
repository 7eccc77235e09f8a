// Every generation's workload end to end (issue #14 §1): the job views, /v1/backends' mix and the
// metrics carry the shape the backend runs, the model's defaults applied, within the label budget.
import { test } from 'tap'
import { build, eventually, generateCompleted, metric, ready, startTestBackend } from '../helper.ts'

test('a job shows the work its backend runs, and its measures carry that workload', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const job = await generateCompleted(app)
  // SGLang over HTTP: 24 fps x 4 s = 96 frames, floored by Wan to 97; 1280x704 and 50 steps from
  // the model; 25 latent frames of 22 x 40 tokens
  t.same(job.workload, { key: 't2v-1280x704-97f-50s', task: 't2v', width: 1280, height: 704, frames: 97, steps: 50, outputs: 1, tokens: 22_000 })
  const video = (await app.inject(`/v1/videos/${job.id}`)).json()
  t.equal(video.workload, 't2v-1280x704-97f-50s', 'the OpenAI view names it too')

  const other = await generateCompleted(app, { size: '704x1280', num_frames: 49, num_inference_steps: 20, n: 2 })
  t.equal(other.workload.key, 't2v-704x1280-49f-20s-x2')
  const backends = (await app.inject('/v1/backends')).json()
  // Each workload's learned service time (what auto routing predicts it by) is, after one job, that job's, as the metric has it
  const service = (workload: string) => metric(app, `ringside_service_duration_seconds_sum{backend="u1r2",workload="${workload}"}`)
  t.same(backends.data[0].workloads, [
    { workload: 't2v-1280x704-97f-50s', completed: 1, expected_service_seconds: await service('t2v-1280x704-97f-50s') },
    { workload: 't2v-704x1280-49f-20s-x2', completed: 1, expected_service_seconds: await service('t2v-704x1280-49f-20s-x2') }
  ])
  t.ok(backends.data[0].workloads[1].expected_service_seconds < backends.data[0].workloads[0].expected_service_seconds, 'less work, less time')

  t.equal(await metric(app, 'ringside_stage_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s",stage="Denoising"}'), 1)
  t.equal(await metric(app, 'ringside_stage_duration_seconds_count{backend="u1r2",workload="t2v-704x1280-49f-20s-x2",stage="Denoising"}'), 1)
  t.equal(await metric(app, 'ringside_denoise_step_duration_seconds_count{backend="u1r2",workload="t2v-704x1280-49f-20s-x2"}'), 20)
  t.equal(await metric(app, 'ringside_service_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s"}'), 1)
})

test('past RINGSIDE_MAX_WORKLOADS a new shape is measured as `other`, and the presets keep their own', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const app = await build(t, { backends: [u1r2.config], workloads: [{ name: 'seed', key: 't2v-1280x704-121f-50s' }], maxWorkloads: 1 })
  await ready(app)
  t.equal((await generateCompleted(app, { num_frames: 49 })).workload.key, 't2v-1280x704-49f-50s', 'the one free slot')
  t.equal((await generateCompleted(app, { num_frames: 17 })).workload.key, 'other')
  t.equal((await generateCompleted(app, { num_frames: 121 })).workload.key, 't2v-1280x704-121f-50s', 'a preset')
  t.equal(await metric(app, 'ringside_request_duration_seconds_count{backend="u1r2",workload="other",outcome="completed"}'), 1)
  const text = (await app.inject('/metrics')).body
  t.notMatch(text, 't2v-1280x704-17f-50s', 'the shape past the cap is no label')
})

test('a reference image for a text-to-video backend is a 400 before anything is sent, and auto routes it to one that takes images', async (t) => {
  const t2v = await startTestBackend(t, 'u1r2', { render: 'synthetic', modelPath: 'Wan-AI/Wan2.1-T2V-1.3B-Diffusers', taskType: 'T2V' })
  const ti2v = await startTestBackend(t, 'u1r1', { render: 'synthetic' })
  const app = await build(t, { backends: [t2v.config, ti2v.config], referenceAllowPrivate: true })
  await ready(app)
  // 1x1 PNG: the reference guard takes a data URL without a network
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
  // Both model infos read: the T2V one says it takes no image
  await eventually(async () => (await app.inject('/v1/backends')).json().data.every((b: { reported: { model: string | null } }) => b.reported.model !== null))
  const named = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', reference_url: pixel, backend: 'u1r2' } })
  t.equal(named.statusCode, 400)
  t.match(named.json(), { code: 'RINGSIDE_REFERENCE_NOT_ACCEPTED', message: 'reference_url: backend u1r2 serves a text-to-video model, which takes no reference image' })
  const auto = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', reference_url: pixel } })
  t.equal(auto.statusCode, 202)
  t.equal(auto.json().backend, 'u1r1')
  t.equal(auto.json().workload.task, 'i2v')
})
