// The request and response shapes of /v1/videos beyond the SGLang test suite.
import { test } from 'tap'
import { build, getJson, postJson, settled } from './helper.ts'

test('a multipart create, as the OpenAI SDK sends it, is accepted with seconds as a string', async (t) => {
  const { sim } = await build(t)
  const form = new FormData()
  form.set('prompt', 'a lighthouse')
  form.set('seconds', '8')
  form.set('size', '640x352')
  const res = await fetch(`${sim.url}/v1/videos`, { method: 'POST', body: form })
  t.equal(res.status, 200)
  const job = await res.json() as Record<string, unknown>
  t.equal(job.size, '640x352')
  t.equal(job.seconds, '8')
  const done = await settled(sim, String(job.id))
  t.equal(done.status, 'completed')
})

test('a multipart create with an input_reference file works on a TI2V model', async (t) => {
  const { sim } = await build(t)
  const form = new FormData()
  form.set('prompt', 'animate this')
  form.set('input_reference', new Blob([Buffer.from('not really a png')], { type: 'image/png' }), 'ref.png')
  form.set('extra_body', JSON.stringify({ num_inference_steps: 10 }))
  const res = await fetch(`${sim.url}/v1/videos`, { method: 'POST', body: form })
  t.equal(res.status, 200)
})

test('validation errors answer 400 with the server messages', async (t) => {
  const { sim } = await build(t)
  const url = `${sim.url}/v1/videos`
  t.same(await postJson(url, { prompt: 'x', size: '12by5' }), { status: 400, body: { detail: 'size must be formatted as positive WIDTHxHEIGHT' } })
  t.same(await postJson(url, { prompt: 'x', fps: 0 }), { status: 400, body: { detail: 'fps must be a positive int, got 0' } })
  t.same(await postJson(url, { prompt: 'x', extra_body: { num_inference_steps: -3 } }),
    { status: 400, body: { detail: 'num_inference_steps must be a positive int, got -3' } })
  const missing = await postJson(url, { size: '640x352' })
  t.equal(missing.status, 400)
  t.match(missing.body.detail, /^Invalid request body: .*prompt/s)
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":' })
  t.equal(res.status, 400)
  t.match((await res.json() as { detail: string }).detail, /^Invalid request body: /)
})

test('extra_body fields are merged, width and height win over size, frames follow 4k+1', async (t) => {
  const { sim } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, {
    prompt: 'x', size: '1280x704', width: 832, height: 480, extra_json: { fps: 16 }, seconds: '5', unknown_field: true
  })
  t.equal(created.status, 200)
  t.equal(created.body.size, '832x480')
  t.equal(created.body.seconds, '5', '80 frames round to 81 at 16 fps, about 5 s')
})

test('n outputs give one file per variant and variant selects the download', async (t) => {
  const { sim } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'twins', n: 2, size: '320x176' })
  const job = await settled(sim, created.body.id)
  t.equal(job.num_outputs, 2)
  t.equal(job.file_paths.length, 2)
  const first = Buffer.from(await (await fetch(`${sim.url}/v1/videos/${job.id}/content?variant=0`)).arrayBuffer())
  const second = Buffer.from(await (await fetch(`${sim.url}/v1/videos/${job.id}/content?variant=1`)).arrayBuffer())
  t.equal(first.length, second.length)
  t.notOk(first.equals(second), 'variants differ')
})

test('twin requests with the same prompt and seed produce identical videos', async (t) => {
  const { sim } = await build(t)
  const ids = await Promise.all([1, 2].map(async () => (await postJson(`${sim.url}/v1/videos`, { prompt: 'same', seed: 42, size: '320x176' })).body.id))
  const bytes = await Promise.all(ids.map(async (id) => {
    await settled(sim, id)
    return Buffer.from(await (await fetch(`${sim.url}/v1/videos/${id}/content`)).arrayBuffer())
  }))
  t.ok(bytes[0]?.equals(bytes[1] ?? Buffer.alloc(0)))
})

test('the list paginates with after, limit and order, and rejects limit 0 and 101 with 422', async (t) => {
  const { sim } = await build(t, { timeScale: 0 })
  const ids: string[] = []
  for (let i = 0; i < 4; i++) ids.push((await postJson(`${sim.url}/v1/videos`, { prompt: `p${i}` })).body.id)
  const all = await getJson(`${sim.url}/v1/videos`)
  t.equal(all.body.object, 'list')
  t.same(all.body.data.map((j: { id: string }) => j.id), [...ids].reverse(), 'desc by default')
  const asc = await getJson(`${sim.url}/v1/videos?order=asc&limit=2`)
  t.same(asc.body.data.map((j: { id: string }) => j.id), ids.slice(0, 2))
  const page = await getJson(`${sim.url}/v1/videos?order=asc&after=${ids[1]}&limit=1`)
  t.same(page.body.data.map((j: { id: string }) => j.id), [ids[2]])
  for (const limit of ['0', '101', 'ten']) {
    const bad = await getJson(`${sim.url}/v1/videos?limit=${limit}`)
    t.equal(bad.status, 422, `limit=${limit}`)
    t.same(bad.body.detail[0].loc, ['query', 'limit'])
  }
})

test('DELETE returns the job with status deleted and then it is gone', async (t) => {
  const { sim } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'bye' })
  const res = await fetch(`${sim.url}/v1/videos/${created.body.id}`, { method: 'DELETE' })
  t.equal(res.status, 200)
  const deleted = await res.json() as Record<string, unknown>
  t.equal(deleted.status, 'deleted')
  t.equal(deleted.id, created.body.id)
  t.same(await getJson(`${sim.url}/v1/videos/${created.body.id}`), { status: 404, body: { detail: 'Video not found' } })
  const again = await fetch(`${sim.url}/v1/videos/${created.body.id}`, { method: 'DELETE' })
  t.equal(again.status, 404)
  await again.arrayBuffer()
})

test('unknown paths answer 404 Not Found and /server_info has the upstream keys', async (t) => {
  const { sim } = await build(t)
  t.same(await getJson(`${sim.url}/nope`), { status: 404, body: { detail: 'Not Found' } })
  const info = await getJson(`${sim.url}/server_info`)
  for (const key of ['model_path', 'served_model_name', 'tp_size', 'dp_size', 'version']) t.ok(key in info.body, key)
})
