// SGLang's storage modes end to end (issue #13 items 2 and 3): a backend that uploads to S3
// (SGLANG_CLOUD_STORAGE_TYPE=s3) and one that keeps no file (`--output-path ""`), each a real
// simulator on port 0 answering as SGLang's video_api.py does at d315eb72.
import OpenAI from 'openai'
import { test } from 'tap'
import { build, generateCompleted, metric, ready, startTestBackend } from '../helper.ts'

test('a video in cloud storage: the job says where it lives, and the content route redirects there', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', storage: 's3' })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const job = await generateCompleted(app)
  // storage.py: endpoint/bucket/<the first output's file name>, which SGLang names after the job
  const upstreamId = (await (await fetch(`${u1r2.simulator.url}/v1/videos`)).json()).data[0].id
  const url = `${u1r2.simulator.url}/s3/ringside-simulated/${upstreamId}.mp4`
  t.same(job.storage, { location: 'cloud', url })

  // SGLang itself refuses the download with a 400 naming the URL (video_api.py:953-957)
  const direct = await fetch(`${u1r2.simulator.url}/v1/videos/${upstreamId}/content`)
  t.equal(direct.status, 400)

  const content = await app.inject(`/v1/video/jobs/${job.id}/content`)
  t.equal(content.statusCode, 302)
  t.equal(content.headers.location, url)
  t.equal(await metric(app, 'ringside_content_downloads_total{backend="u1r2",source="cloud"}'), 1)

  // The OpenAI SDK follows the redirect to the bucket and gets the mp4
  const gateway = await app.listen({ port: 0, host: '127.0.0.1' })
  const client = new OpenAI({ apiKey: 'not-checked', baseURL: `${gateway}/v1`, maxRetries: 0 })
  const bytes = Buffer.from(await (await client.videos.downloadContent(job.id)).arrayBuffer())
  t.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp', 'an mp4 from the bucket')
})

test('cloud storage has only the first of several videos: the others are a clear 410', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', storage: 's3' })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const job = await generateCompleted(app, { num_outputs_per_prompt: 2 })
  t.equal((await app.inject(`/v1/video/jobs/${job.id}/content`)).statusCode, 302)
  const second = await app.inject(`/v1/video/jobs/${job.id}/content?variant=1`)
  t.equal(second.statusCode, 410)
  t.match(second.json(), { code: 'RINGSIDE_OUTPUT_NOT_UPLOADED', message: /^variant: backend u1r2 uploads only the first video/ })
})

test('a backend that keeps no file: the job says so, and its content is a 410 naming the backend, not a failed download', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', storage: 'temporary' })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const job = await generateCompleted(app)
  t.same(job.storage, { location: 'not_kept', url: null })
  // SGLang answers such a job's content as it answers a failed one's (video_api.py:962-965)
  const upstreamId = (await (await fetch(`${u1r2.simulator.url}/v1/videos`)).json()).data[0].id
  const direct = await fetch(`${u1r2.simulator.url}/v1/videos/${upstreamId}/content`)
  t.same([direct.status, await direct.json()], [404, { detail: 'Video variant None not found' }])

  const content = await app.inject(`/v1/video/jobs/${job.id}/content`)
  t.equal(content.statusCode, 410)
  t.match(content.json(), { code: 'RINGSIDE_VIDEO_NOT_KEPT', message: `Job ${job.id} completed, but backend u1r2 keeps no copy of its videos` })
  t.equal((await app.inject(`/v1/videos/${job.id}`)).json().url, null, 'the OpenAI view offers no download')
  const openai = await app.inject(`/v1/videos/${job.id}/content`)
  t.equal(openai.statusCode, 410)
  t.match(openai.json(), { error: { code: 'RINGSIDE_VIDEO_NOT_KEPT' } })
})

test('a backend that keeps its files: storage says so and the download streams as before', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const job = await generateCompleted(app)
  t.same(job.storage, { location: 'backend', url: null })
  t.equal((await app.inject(`/v1/video/jobs/${job.id}/content`)).statusCode, 200)
})
