import { test } from 'tap'
import { build, eventually, ready, startTestBackend } from '../helper.ts'

test('a generate request to each backend completes with stage timings and memory, and its content is an mp4', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)

  for (const backend of ['u1r2', 'u1r1']) {
    const created = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a red fox in snow', backend } })
    t.equal(created.statusCode, 202, created.body)
    const job = created.json()
    t.equal(job.backend, backend)
    t.match(job.status, /^(queued|running)$/)
    t.equal(created.headers.location, `/v1/video/jobs/${job.id}`)

    const done = await eventually(async () => {
      const polled = (await app.inject(`/v1/video/jobs/${job.id}`)).json()
      return polled.status === 'completed' && polled
    })
    t.same(done.stages.map((s: { name: string }) => s.name), ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding'])
    t.equal(done.record_source, 'performance_log')
    t.equal(done.denoise_steps.count, 50)
    t.ok(done.memory.peak_reserved_bytes > done.memory.peak_allocated_bytes)
    t.ok(done.duration_seconds > 0)

    const content = await app.inject(`/v1/video/jobs/${job.id}/content`)
    t.equal(content.statusCode, 200)
    t.equal(content.headers['content-type'], 'video/mp4')
    t.equal(content.rawPayload.subarray(4, 8).toString('latin1'), 'ftyp')
  }
})

test('Prefer: wait=N holds the answer until the job completed', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=10' }, payload: { prompt: 'a lighthouse' } })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['preference-applied'], 'wait=10')
  t.equal(res.json().status, 'completed')
})

test('bad input is a 400 that names the field', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  const cases = [
    [{}, /prompt/],
    [{ prompt: 'x', size: '12x' }, /size/],
    [{ prompt: 'x', num_inference_steps: 0 }, /num_inference_steps/],
    [{ prompt: 'x', colour: 'red' }, /colour/],
    [{ prompt: 'x', backend: 'u9r9' }, /backend/]
  ] as const
  for (const [payload, field] of cases) {
    const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload })
    t.equal(res.statusCode, 400, JSON.stringify(payload))
    t.match(res.json().message, field)
  }
})

test('a forged or garbled job id is a 404, never a 500', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  for (const id of ['nope', 'video_AAAA.BBBB', '..%2F..%2Fetc%2Fpasswd', 'video_' + 'x'.repeat(400)]) {
    const res = await app.inject(`/v1/video/jobs/${id}`)
    t.equal(res.statusCode, 404, id)
    t.equal(res.json().code, 'RINGSIDE_JOB_NOT_FOUND')
  }
})
