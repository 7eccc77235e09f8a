// The OpenAI SDK round trip SGLang's own tests make: create (multipart), poll, download.
import OpenAI from 'openai'
import { test } from 'tap'
import { build, waitFor } from './helper.ts'

test('the OpenAI SDK creates, polls and downloads a video from the simulator', async (t) => {
  const { sim } = await build(t)
  const client = new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: 'unused', maxRetries: 0 })
  const created = await client.videos.create({ prompt: 'a paper boat on a river', seconds: '4', size: '1280x720' })
  t.equal(created.status, 'queued')
  t.equal(created.size, '1280x720')
  const done = await waitFor(async () => {
    const video = await client.videos.retrieve(created.id)
    return video.status === 'queued' ? undefined : video
  })
  t.equal(done.status, 'completed')
  const content = await client.videos.downloadContent(created.id)
  const bytes = Buffer.from(await content.arrayBuffer())
  t.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp')
  const models = await client.models.list()
  t.equal(models.data[0]?.id, 'Wan-AI/Wan2.2-TI2V-5B-Diffusers')
})
