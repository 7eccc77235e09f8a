import Fastify from 'fastify'
import { test } from 'tap'
import OpenAI, { toFile } from 'openai'
import { build, ready, startTestBackend } from '../helper.ts'
import { pngOf } from '../security/images.ts'

// A PNG signature and IHDR (64x64) plus filler: the type and the dimensions are read from the bytes.
const png = pngOf(64, 64, 2048)

async function client (t: Parameters<typeof build>[0], overrides = {}) {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], ...overrides })
  await ready(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, openai: new OpenAI({ apiKey: 'unused', baseURL: `${url}/v1`, maxRetries: 0 }) }
}

interface Received { contentType: string | undefined, fields: Record<string, string>, files: Record<string, { name: string, type: string, bytes: Buffer }> }

/**
 * A small SGLang-shaped upstream on port 0 that records each submit as it arrived: the content
 * type, and the parts as the platform's own multipart parser (WHATWG Request.formData) reads them,
 * not as the gateway meant to send them. Every job it takes is completed at once.
 */
async function startRecordingBackend (t: Parameters<typeof build>[0]) {
  const received: Received[] = []
  const upstream = Fastify()
  upstream.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
  const video = (id: string) => ({ id, object: 'video', status: 'completed', progress: 100, created_at: 0, error: null, peak_memory_mb: null, inference_time_s: null })
  upstream.get('/health', async () => ({}))
  upstream.get('/v1/models', async () => ({ object: 'list', data: [{ id: 'recording', object: 'model', num_gpus: 2 }] }))
  upstream.post('/v1/videos', async (req) => {
    const contentType = req.headers['content-type']
    const entry: Received = { contentType, fields: {}, files: {} }
    if (Buffer.isBuffer(req.body)) {
      const form = await new Request('http://upstream/', { method: 'POST', headers: { 'content-type': contentType! }, body: new Uint8Array(req.body) }).formData()
      for (const [name, value] of form) {
        if (typeof value === 'string') entry.fields[name] = value
        else entry.files[name] = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) }
      }
    }
    received.push(entry)
    return video(`upload-${received.length}`)
  })
  upstream.get('/v1/videos/:id', async (req) => video((req.params as { id: string }).id))
  const url = await upstream.listen({ port: 0, host: '127.0.0.1' })
  t.teardown(() => upstream.close())
  return { url, received }
}

test('a TI2V image uploaded with the OpenAI SDK reaches the backend as multipart and the job completes', async (t) => {
  const backend = await startRecordingBackend(t)
  const app = await build(t, { backends: [{ name: 'u1r2', urls: [backend.url], sp_degree: 2, ulysses_degree: 1, ring_degree: 2, num_gpus: 2 }] })
  await ready(app)
  const openai = new OpenAI({ apiKey: 'unused', baseURL: `${await app.listen({ port: 0, host: '127.0.0.1' })}/v1`, maxRetries: 0 })
  const prompt = 'the fox in the picture starts to run'
  const created = await openai.videos.create({ prompt, input_reference: await toFile(png, 'fox.png', { type: 'image/png' }) } as unknown as OpenAI.VideoCreateParams)

  t.equal(backend.received.length, 1, 'one submit reached the backend')
  const [submit] = backend.received
  t.match(submit!.contentType, /^multipart\/form-data; boundary=/, 'as multipart, with its boundary')
  t.equal(submit!.fields.prompt, prompt, 'the prompt is a text field beside the file')
  t.notOk('input_reference' in submit!.fields, 'the image is a file part, not text')
  const file = submit!.files.input_reference
  t.ok(file, 'in the input_reference file part')
  t.equal(file?.name, 'input_reference.png', 'named from its type, not by the client (fox.png)')
  t.equal(file?.type, 'image/png', 'with its media type')
  t.ok(file?.bytes.equals(png), `byte for byte the upload (${file?.bytes.length} of ${png.length} bytes)`)

  let video = created
  const deadline = Date.now() + 10_000
  while (video.status !== 'completed' && video.status !== 'failed' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    video = await openai.videos.retrieve(created.id)
  }
  t.equal(video.status, 'completed')
})

test('an upload that is not an image, or too large, is refused naming input_reference', async (t) => {
  const { openai } = await client(t, { maxUploadBytes: 4096 })
  const text = await openai.videos.create({ prompt: 'x', input_reference: await toFile(Buffer.from('#!/bin/sh\nrm -rf /\n'), 'fox.png', { type: 'image/png' }) } as unknown as OpenAI.VideoCreateParams).catch((err) => err)
  t.ok(text instanceof OpenAI.BadRequestError)
  t.equal(text.error.param, 'input_reference')
  t.match(text.error.message, /not a PNG, JPEG or WebP image/)

  const large = await openai.videos.create({ prompt: 'x', input_reference: await toFile(Buffer.concat([png, Buffer.alloc(8192)]), 'big.png', { type: 'image/png' }) } as unknown as OpenAI.VideoCreateParams).catch((err) => err)
  t.equal(large.status, 413, 'over the upload limit')

  const path = await openai.videos.create({ prompt: 'x', input_reference: '/etc/passwd' } as unknown as OpenAI.VideoCreateParams).catch((err) => err)
  t.equal(path.status, 400, 'a server-side path is never passed to the backend')
  t.equal(path.error.param, 'input_reference')
})
