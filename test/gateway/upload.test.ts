import { test } from 'tap'
import OpenAI, { toFile } from 'openai'
import { build, ready, startTestBackend } from '../helper.ts'

// The smallest valid PNG header plus filler: the type is read from the bytes.
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)])

async function client (t: Parameters<typeof build>[0], overrides = {}) {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], ...overrides })
  await ready(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, openai: new OpenAI({ apiKey: 'unused', baseURL: `${url}/v1`, maxRetries: 0 }) }
}

test('a TI2V image uploaded with the OpenAI SDK reaches the backend as multipart and the job completes', async (t) => {
  const { openai } = await client(t)
  const created = await openai.videos.create({ prompt: 'the fox in the picture starts to run', input_reference: await toFile(png, 'fox.png', { type: 'image/png' }) } as unknown as OpenAI.VideoCreateParams)
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
