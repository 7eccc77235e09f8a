import { test } from 'tap'
import OpenAI from 'openai'
import { build, eventually, ready, startTestBackend } from '../helper.ts'

async function listening (t: Parameters<typeof build>[0], backends: Awaited<ReturnType<typeof startTestBackend>>[]) {
  const app = await build(t, { backends: backends.map((b) => b.config) })
  await ready(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return new OpenAI({ apiKey: 'not-checked', baseURL: `${url}/v1`, maxRetries: 0 })
}

test('the OpenAI SDK creates, retrieves, lists, downloads and deletes a video through the gateway', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const client = await listening(t, [u1r2, u1r1])

  // `backend` is Ringside's extra field; the SDK sends unknown fields as they are.
  const created = await client.videos.create({ prompt: 'a koi pond at dawn', seconds: '4', size: '1280x720', backend: 'u1r1' } as OpenAI.VideoCreateParams)
  t.equal(created.object, 'video')
  t.match(created.status, /^(queued|in_progress)$/)
  t.equal((created as unknown as { backend: string }).backend, 'u1r1')

  let video = created
  const deadline = Date.now() + 10_000
  while (video.status !== 'completed' && video.status !== 'failed' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    video = await client.videos.retrieve(created.id)
  }
  t.equal(video.status, 'completed')
  t.equal(video.progress, 100)
  t.equal(video.size, '1280x720')

  const page = await client.videos.list({ limit: 10 })
  t.ok(page.data.some((v) => v.id === created.id), 'listed')

  const response = await client.videos.downloadContent(created.id)
  const bytes = Buffer.from(await response.arrayBuffer())
  t.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp')
  t.ok(bytes.length > 100_000, `a realistic size (${bytes.length} bytes)`)

  // The SDK's VideoDeleteResponse: `deleted` was undefined while the route answered a Video
  const deleted = await client.videos.delete(created.id)
  t.same(deleted, { id: created.id, object: 'video.deleted', deleted: true })
  t.equal(deleted.deleted, true)
  const gone = await client.videos.retrieve(created.id).catch((err) => err)
  t.ok(gone instanceof OpenAI.NotFoundError, 'a deleted video is gone')
})

test('the OpenAI SDK sees OpenAI-shaped errors', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const client = await listening(t, [u1r2])

  const missing = await client.videos.retrieve('video_forged.signature').catch((err) => err)
  t.ok(missing instanceof OpenAI.NotFoundError, 'a forged id is a 404')
  t.equal(missing.error.type, 'invalid_request_error')
  t.equal(missing.error.code, 'RINGSIDE_JOB_NOT_FOUND')

  const unknown = await client.videos.create({ prompt: 'x', backend: 'nope' } as OpenAI.VideoCreateParams).catch((err) => err)
  t.ok(unknown instanceof OpenAI.BadRequestError)
  t.equal(unknown.error.param, 'backend')

  const bad = await client.videos.create({ prompt: 'x', size: 'large' } as unknown as OpenAI.VideoCreateParams).catch((err) => err)
  t.ok(bad instanceof OpenAI.BadRequestError)
  t.equal(bad.error.param, 'size')
  t.match(bad.error.message, /size/)
})

test('an SDK input_reference by image_url goes on as the reference image, not dropped; a file_id is a clear 400', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const client = await listening(t, [u1r2])
  // A 1x1 PNG as a data URL: the reference guard takes it without a network
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
  const created = await client.videos.create({ prompt: 'a lighthouse', input_reference: { image_url: pixel } })
  t.equal((created as unknown as { workload: string }).workload, 'i2v-1280x704-97f-50s', 'measured as image-to-video')
  await t.rejects(client.videos.create({ prompt: 'a lighthouse', input_reference: { file_id: 'file-abc' } }),
    { status: 400, code: 'RINGSIDE_INPUT_REFERENCE', param: 'input_reference' })
})

test('the OpenAI route refuses a field it does not know, naming it, as the native route and OpenAI\'s API do', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const client = await listening(t, [u1r2])
  await t.rejects(client.videos.create({ prompt: 'x', colour: 1 } as unknown as OpenAI.VideoCreateParams), { status: 400, message: /colour/ })
})

test('a Video carries its prompt, and while it runs an estimated progress between 0 and 100', async (t) => {
  // 63.74 s x 0.02: a generation runs about 1.3 s, long enough to be seen under way
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', timeScale: 0.02 })
  const client = await listening(t, [u1r2])
  const first = await client.videos.create({ prompt: 'first, to learn the service time' })
  await eventually(async () => (await client.videos.retrieve(first.id)).status === 'completed', { timeoutMs: 20_000 })
  const second = await client.videos.create({ prompt: 'a kite over dunes' })
  t.equal(second.prompt, 'a kite over dunes')
  const midway = await eventually(async () => {
    const video = await client.videos.retrieve(second.id)
    return video.status === 'in_progress' && video.progress > 0 && video
  }, { timeoutMs: 20_000, intervalMs: 20 })
  t.ok(midway.progress < 100, `${midway.progress}% while in progress`)
  const done = await eventually(async () => {
    const video = await client.videos.retrieve(second.id)
    return video.status === 'completed' && video
  }, { timeoutMs: 20_000 })
  t.equal(done.progress, 100)
})

test('what OpenAI\'s Videos API has and SGLang does not is an OpenAI-shaped 404 that says so', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const client = await listening(t, [u1r2])
  const notSupported = { status: 404, code: 'RINGSIDE_UNSUPPORTED_OPERATION', message: /is not supported: SGLang's video API has no such operation/ }
  await t.rejects(client.videos.remix('video_abc', { prompt: 'again, in winter' }), { ...notSupported, message: /OpenAI's videos\.remix \(POST/ })
  await t.rejects(client.videos.extend({ video: { id: 'video_abc' }, prompt: 'longer', seconds: '4' } as unknown as OpenAI.VideoExtendParams), notSupported)
  await t.rejects(client.videos.edit({ video: { id: 'video_abc' }, prompt: 'bluer' } as unknown as OpenAI.VideoEditParams), notSupported)
  await t.rejects(client.videos.getCharacter('char_abc'), notSupported)
  // Any other path under /v1/videos: OpenAI's error shape, not the gateway's own
  const other = await client.post('/videos/abc/whatever', { body: {} }).catch((err: unknown) => err)
  t.match(other, { status: 404, code: 'RINGSIDE_ROUTE_NOT_FOUND', type: 'invalid_request_error' })
})
