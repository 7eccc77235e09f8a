// A job of several outputs through the gateway. SGLang at d315eb72 (python/sglang/multimodal_gen/
// runtime/entrypoints/openai/video_api.py): the count is num_outputs_per_prompt, else n (:353-355),
// clamped to 1..10 (:370); /content?variant= is an index into file_paths (:930-942). The expected
// bytes are the backend's own files on disk, read here without the gateway.
import { test } from 'tap'
import { readFile } from 'node:fs/promises'
import { build, eventually, ready, startTestBackend } from '../helper.ts'

const small = { size: '320x176', num_inference_steps: 2 }

async function setup (t: Parameters<typeof build>[0]) {
  const backend = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  await ready(app)
  // The gateway no longer shows the backend's file paths: the backend itself is asked for them
  const filePaths = async (id: string) => {
    const tracked = await app.jobs.get(id)
    const res = await fetch(`${backend.config.urls[0]}/v1/videos/${tracked!.ref.upstreamId}`)
    return (await res.json()).file_paths as any
  }
  return Object.assign(app, { filePaths })
}

async function completed (app: Awaited<ReturnType<typeof setup>>, url: string) {
  return eventually(async () => {
    const job = (await app.inject(url)).json()
    return job.status === 'completed' && job
  })
}

test('every output of a job downloads as the backend wrote it, by index, and again from the gateway\'s copy', async (t) => {
  const app = await setup(t)
  const submitted = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'three koi', num_outputs_per_prompt: 3, ...small } })
  t.equal(submitted.statusCode, 202)
  t.equal(submitted.json().num_outputs, 3, 'the count asked for, before the backend reports one')
  t.equal(submitted.json().outputs, null)
  const job = await completed(app, submitted.json().links.self)
  t.same(job.outputs, [0, 1, 2].map((index) => ({ index, content: `${job.links.content}${index === 0 ? '' : `?variant=${index}`}` })))

  // The backend's own file paths for the job: the oracle
  const paths = await app.filePaths(job.id)
  t.equal(paths.length, 3)
  const files = await Promise.all(paths.map((path: string) => readFile(path)))
  t.notOk(files[0].equals(files[1]), 'the outputs differ, so a mix-up would show')
  for (const round of ['from the backend', 'from the gateway\'s copy']) {
    for (const [index, file] of files.entries()) {
      const res = await app.inject(job.outputs[index].content)
      t.equal(res.statusCode, 200)
      t.ok(res.rawPayload.equals(file), `output ${index} ${round}`)
      t.equal(res.headers['content-disposition'], `attachment; filename="${job.id}_${index}.mp4"`)
    }
  }
  const tracked = await app.jobs.get(job.id)
  t.ok(files.every((file, index) => app.content.kept(tracked!, index)?.equals(file)), 'the gateway keeps each output under its own index')
  const past = await app.inject(`${job.links.content}?variant=3`)
  t.equal(past.statusCode, 404)
  t.match(past.json(), { code: 'RINGSIDE_OUTPUT_NOT_FOUND', message: /^variant: job .* has no output 3 \(it made 3\)$/ })
  t.equal((await app.inject(`${job.links.content}?variant=10`)).statusCode, 400, 'past what SGLang can make: the schema names the field')
})

test('on the OpenAI route variant=video is the first output, an index picks another, and thumbnail is a 404 naming variant', async (t) => {
  const app = await setup(t)
  const created = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'twin cranes', n: 2, ...small } })
  t.equal(created.statusCode, 200)
  const video = await completed(app, `/v1/videos/${created.json().id}`)
  t.equal(video.num_outputs, 2)
  const [first, second] = await Promise.all((await app.filePaths(video.id)).map((path: string) => readFile(path)))
  t.ok((await app.inject(`/v1/videos/${video.id}/content?variant=video`)).rawPayload.equals(first))
  t.ok((await app.inject(`/v1/videos/${video.id}/content`)).rawPayload.equals(first))
  t.ok((await app.inject(`/v1/videos/${video.id}/content?variant=1`)).rawPayload.equals(second))
  const thumbnail = await app.inject(`/v1/videos/${video.id}/content?variant=thumbnail`)
  t.equal(thumbnail.statusCode, 404)
  t.match(thumbnail.json(), { error: { type: 'invalid_request_error', param: 'variant', code: 'RINGSIDE_OUTPUT_NOT_FOUND' } })
})

test('a count SGLang would clamp is clamped, not refused: n=0 makes one video, n=20 makes ten', async (t) => {
  const app = await setup(t)
  for (const [n, expected] of [[0, 1], [20, 10]] as const) {
    const created = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'count', n, size: '160x96', num_inference_steps: 1 } })
    t.equal(created.statusCode, 200, `n=${n} is accepted`)
    const video = await completed(app, `/v1/videos/${created.json().id}`)
    t.equal(video.num_outputs, expected, `n=${n} makes ${expected}`)
  }
})

test('a count inside extra_body, as bench_serving\'s form sends it, reaches the backend; the opened fields are validated', async (t) => {
  const app = await setup(t)
  const form = new FormData()
  form.append('prompt', 'two herons')
  form.append('size', '160x96')
  form.append('extra_body', JSON.stringify({ num_outputs_per_prompt: 2, num_inference_steps: 1 }))
  const request = new Request('http://x/', { method: 'POST', body: form })
  const payload = Buffer.from(await request.arrayBuffer())
  const created = await app.inject({ method: 'POST', url: '/v1/videos', payload, headers: { 'content-type': request.headers.get('content-type')! } })
  t.equal(created.statusCode, 200)
  t.equal((await completed(app, `/v1/videos/${created.json().id}`)).num_outputs, 2)

  const bad = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'x', extra_body: { size: 'huge' } } })
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().error.param, 'size', 'a field from the envelope meets the schema like any other')
  const broken = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'x', extra_body: '{not json' } })
  t.equal(broken.statusCode, 400)
  t.same(broken.json().error, { message: 'extra_body is not valid JSON', type: 'invalid_request_error', param: 'extra_body', code: 'RINGSIDE_INVALID_ENVELOPE' })
})
