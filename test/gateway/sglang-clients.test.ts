// What SGLang's own clients rely on, asked of the gateway as they ask it: our own tests, written
// from SGLang's code at d315eb72 (python/sglang/multimodal_gen/), none of it copied.
// - benchmarks/bench_serving.py: wait_for_service :486-504, model name :522-530, the JSON submit
//   :329-363 (status 200 and `id`), the poll :376-407 (every 1 s until completed or failed),
//   the output count :51-62 (num_outputs, else data, file_paths, urls, then file_path or url).
// - test/server/test_server_common.py:1389-1460 (/v1/models), :298-300 (OpenAI client with any
//   key); test/server/test_server_utils.py:987-1012 (the job found in one unpaged videos.list()).
import { test } from 'tap'
import OpenAI from 'openai'
import { build, eventually, startTestBackend } from '../helper.ts'

const wan = 'Wan-AI/Wan2.2-TI2V-5B-Diffusers'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function gateway (t: Parameters<typeof build>[0]) {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  return app.listen({ port: 0, host: '127.0.0.1' })
}

/** The outputs a completed job reports, counted in bench_serving's order of fields. */
function outputCount (job: Record<string, unknown>): number {
  if (Number.isInteger(job.num_outputs)) return job.num_outputs as number
  for (const key of ['data', 'file_paths', 'urls']) if (Array.isArray(job[key])) return (job[key] as unknown[]).length
  return job.file_path || job.url ? 1 : 0
}

test('bench_serving\'s run goes through: /health waited on, model named, submit answered 200, poll until completed, outputs counted', async (t) => {
  const base = await gateway(t)
  // No Authorization header anywhere, as bench_serving sends none
  await eventually(async () => (await fetch(`${base}/health`)).status === 200, { timeoutMs: 10_000, intervalMs: 50 })
  const info = await (await fetch(`${base}/v1/model_info`)).json() as { model_path: string }
  t.equal(info.model_path, wan, 'a Hugging Face id bench_serving can look the task up by')

  const submitted = await fetch(`${base}/v1/videos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: info.model_path, prompt: 'a lantern on a lake', num_outputs_per_prompt: 2, size: '320x176', num_frames: 9, num_inference_steps: 2, fps: 8 })
  })
  t.equal(submitted.status, 200, 'bench_serving counts anything else as a failure')
  const { id } = await submitted.json() as { id: string }
  t.type(id, 'string')

  let job: Record<string, unknown> = {}
  for (let polls = 0; polls < 200; polls++) {
    const res = await fetch(`${base}/v1/videos/${id}`)
    t.equal(res.status, 200)
    job = await res.json() as Record<string, unknown>
    if (job.status === 'completed' || job.status === 'failed') break
    await sleep(50)
  }
  t.equal(job.status, 'completed')
  t.equal(outputCount(job), 2, 'both outputs counted')
  t.ok('peak_memory_mb' in job, 'the memory field it reads')
})

test('SGLang\'s server tests find their job in one unpaged videos.list() even with more than 20 newer jobs', async (t) => {
  const base = await gateway(t)
  await eventually(async () => (await fetch(`${base}/health`)).status === 200)
  const client = new OpenAI({ apiKey: 'sglang-anything', baseURL: `${base}/v1`, maxRetries: 0 })
  const target = await client.videos.create({ model: wan, prompt: 'a heron', size: '320x176' as OpenAI.VideoSize, seconds: '4', num_inference_steps: 1 } as OpenAI.VideoCreateParams)
  for (let i = 0; i < 21; i++) await client.videos.create({ prompt: `newer ${i}`, size: '320x176' as OpenAI.VideoSize, seconds: '4', num_inference_steps: 1 } as OpenAI.VideoCreateParams)
  const found = await eventually(async () => {
    const page = await client.videos.list()
    const item = page.data.find((v) => v.id === target.id)
    return item?.status === 'completed' && item
  }, { timeoutMs: 20_000, intervalMs: 50 })
  t.equal(found.id, target.id)
  const bytes = Buffer.from(await (await client.videos.downloadContent(target.id)).arrayBuffer())
  t.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp', 'an mp4, as the test checks')
})

test('SGLang\'s server tests\' /v1/models checks pass against the gateway', async (t) => {
  const base = await gateway(t)
  const list = await eventually(async () => {
    const body = await (await fetch(`${base}/v1/models`)).json() as { object: string, data: Array<Record<string, unknown>> }
    return body.data?.length > 0 && body
  })
  t.equal(list.object, 'list')
  const [model] = list.data
  t.equal(model!.object, 'model')
  t.equal(model!.id, wan, 'the id is the server\'s model path')
  for (const key of ['num_gpus', 'task_type', 'dit_precision', 'vae_precision']) t.ok(key in model!, key)
  const single = await fetch(`${base}/v1/models/${model!.id}`)
  t.equal(single.status, 200)
  t.match(await single.json(), { id: wan, object: 'model', task_type: model!.task_type })
  const missing = await fetch(`${base}/v1/models/non_existent_model`)
  t.equal(missing.status, 404)
  t.equal((await missing.json() as { error: { code: string } }).error.code, 'model_not_found')
})
