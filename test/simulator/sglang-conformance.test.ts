// The assertions SGLang's own server tests make, run against the simulator.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { build, getJson, postJson, settled, waitFor } from './helper.ts'

const MODEL = 'Wan-AI/Wan2.2-TI2V-5B-Diffusers'

test('GET /v1/models lists one model card with the fields SGLang tests check', async (t) => {
  const { sim } = await build(t)
  const { status, body } = await getJson(`${sim.url}/v1/models`)
  t.equal(status, 200)
  t.equal(body.object, 'list')
  const card = body.data[0]
  t.equal(card.object, 'model')
  t.equal(card.id, MODEL)
  t.equal(card.owned_by, 'sglang')
  t.equal(card.num_gpus, 2)
  t.equal(card.task_type, 'TI2V')
  for (const key of ['created', 'root', 'parent', 'max_model_len', 'dit_precision', 'vae_precision', 'pipeline_name', 'pipeline_class']) {
    t.ok(key in card, `card has ${key}`)
  }
})

test('GET /v1/models/{id} returns the card and a missing model is 404 model_not_found', async (t) => {
  const { sim } = await build(t)
  const found = await getJson(`${sim.url}/v1/models/${MODEL}`)
  t.equal(found.status, 200)
  t.equal(found.body.id, MODEL)
  const missing = await getJson(`${sim.url}/v1/models/non_existent_model`)
  t.equal(missing.status, 404)
  t.same(missing.body, {
    error: { message: "The model 'non_existent_model' does not exist", type: 'invalid_request_error', param: 'model', code: 'model_not_found' }
  })
})

test('a T2V model rejects input_reference with 400', async (t) => {
  const { sim } = await build(t, { taskType: 'T2V' })
  const { status, body } = await postJson(`${sim.url}/v1/videos`, { prompt: 'a cat', input_reference: '/tmp/cat.png' })
  t.equal(status, 400)
  t.match(body.detail, 'input_reference is not supported')
})

test('/health is 503 with an empty body during warmup and 200 {"status":"ok"} after it', async (t) => {
  const { sim } = await build(t, { warmupMs: 150 })
  const early = await fetch(`${sim.url}/health`)
  t.equal(early.status, 503)
  t.equal(await early.text(), '')
  const live = await getJson(`${sim.url}/liveness`)
  t.same(live, { status: 200, body: { status: 'ok' } })
  const info = await getJson(`${sim.url}/server_info`)
  t.equal(info.status, 200, '/server_info answers during warmup')
  t.equal(info.body.model_path, MODEL)
  await waitFor(async () => (await fetch(`${sim.url}/health`)).status === 200 ? true : undefined)
  // entrypoints/http_server.py:159-164 at d315eb72
  t.same(await getJson(`${sim.url}/health`), { status: 200, body: { status: 'ok' } })
})

test('requests to other paths are held during warmup, not rejected', async (t) => {
  const { sim } = await build(t, { warmupMs: 100 })
  const started = Date.now()
  const { status } = await getJson(`${sim.url}/v1/models`)
  t.equal(status, 200)
  t.ok(Date.now() - started >= 80, 'the answer waited for warmup')
})

test('create, poll and download gives an mp4 and a job with every VideoResponse key', async (t) => {
  const { sim } = await build(t)
  // the seed page's request (121 frames), whose peak memory the page gives
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'a red fox in snow', model: 'wan', num_frames: 121 })
  t.equal(created.status, 200)
  t.equal(created.body.status, 'queued')
  t.equal(created.body.progress, 0)
  t.match(created.body.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  t.same(Object.keys(created.body), ['id', 'object', 'model', 'status', 'progress', 'created_at', 'size', 'seconds', 'quality',
    'url', 'remixed_from_video_id', 'completed_at', 'expires_at', 'error', 'file_path', 'file_paths', 'num_outputs',
    'peak_memory_mb', 'inference_time_s', 'action'])
  // protocol.py:84-104 and video_api.py:451 at d315eb72: the path is set already while queued
  t.equal(created.body.action, null)
  t.match(created.body.file_path, new RegExp(`^/.*/${created.body.id}\\.mp4$`))
  t.equal(created.body.size, '1280x704')
  // str(int(round(121 / 24))): 5.04 -> '5'
  t.equal(created.body.seconds, '5')
  t.equal(created.body.model, 'wan')
  const early = await getJson(`${sim.url}/v1/videos/${created.body.id}/content`)
  t.same(early, { status: 404, body: { detail: 'Generation is still in-progress' } })
  const job = await settled(sim, created.body.id)
  t.equal(job.status, 'completed')
  t.equal(job.progress, 100)
  t.equal(job.num_outputs, 1)
  t.ok(job.completed_at >= job.created_at)
  t.ok(job.inference_time_s > 0)
  t.ok(Math.abs(job.peak_memory_mb - 20.07 * 1024) < 1, 'peak memory is the reserved MiB of one GPU')
  const res = await fetch(`${sim.url}/v1/videos/${job.id}/content`)
  t.equal(res.status, 200)
  t.equal(res.headers.get('content-type'), 'video/mp4')
  t.equal(res.headers.get('content-disposition'), `attachment; filename="${job.id}.mp4"`)
  const bytes = Buffer.from(await res.arrayBuffer())
  t.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp')
  t.ok(bytes.length > 2_000_000 && bytes.length < 3_500_000, `realistic size (${bytes.length} bytes)`)
})

test('performance.log gets a record linked to the job id with every profile stage', async (t) => {
  const { sim, perfLogDir } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat' })
  await settled(sim, created.body.id)
  const lines = (await readFile(join(perfLogDir, 'performance.log'), 'utf8')).trim().split('\n')
  const record = lines.map((line) => JSON.parse(line)).find((r) => r.request_id === created.body.id)
  t.ok(record, 'a record has request_id equal to the job id')
  t.equal(record.tag, 'pipeline_stage_metrics')
  t.ok(record.total_duration_ms > 0)
  t.equal(record.steps.length, 50)
  t.same(record.stages.map((s: { name: string }) => s.name), [...sim.profile.stageNames])
  for (const checkpoint of ['before_forward', 'after_forward', 'runtime_peak']) {
    t.same(Object.keys(record.memory_snapshots[checkpoint]), ['allocated_mb', 'reserved_mb', 'peak_allocated_mb', 'peak_reserved_mb'])
  }
})

test('a JSON request with perf_dump_path gets a perf dump written there', async (t) => {
  const { sim, perfLogDir } = await build(t)
  const path = join(perfLogDir, 'dumps', 'dump.json')
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat', perf_dump_path: path })
  await settled(sim, created.body.id)
  const dump = JSON.parse(await readFile(path, 'utf8'))
  t.equal(dump.request_id, created.body.id)
  t.equal(dump.tag, 'server_perf_dump')
  t.equal(dump.steps.length, sim.profile.stageNames.length)
  t.equal(dump.denoise_steps_ms.length, 50)
  t.ok(dump.memory_checkpoints.after_forward.peak_reserved_mb > 0)
})

// Bodies of entrypoints/http_server.py:167-251 and openai/common_api.py:174-184 at d315eb72, for
// Wan2.2-TI2V-5B (task TI2V, vae_decode_precision fp32 in configs/pipeline_configs/wan.py:242)
test('/model_info, /v1/model_info, /models and /server_info have SGLang\'s keys and values', async (t) => {
  const { sim } = await build(t)
  t.same((await getJson(`${sim.url}/model_info`)).body, {
    model_path: MODEL,
    is_generation: true,
    model_type: 'diffusion',
    architectures: ['WanPipeline'],
    has_image_understanding: true,
    has_audio_understanding: false,
    task_type: 'TI2V',
    is_image_gen: false
  })
  t.same((await getJson(`${sim.url}/v1/model_info`)).body, { model_path: MODEL })
  const models = (await getJson(`${sim.url}/models`)).body
  t.same(Object.keys(models), ['model_path', 'num_gpus', 'task_type', 'dit_precision', 'vae_precision', 'vae_decode_precision', 'pipeline_name', 'pipeline_class'])
  t.equal(models.vae_decode_precision, 'fp32')
  t.same(Object.keys((await getJson(`${sim.url}/server_info`)).body), ['model_path', 'served_model_name', 'tp_size', 'dp_size', 'version'])
})

test('a job\'s seconds round half to even as Python\'s round does', async (t) => {
  const { sim } = await build(t)
  // 5 frames (already 4k+1) at 2 fps = 2.5 s: Python's round gives 2 (video_api.py:440), Math.round 3
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat', num_frames: 5, fps: 2, num_inference_steps: 2 })
  t.equal(created.body.seconds, '2')
  // 13 frames at 2 fps = 6.5 s: the even neighbour is 6
  t.equal((await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat', num_frames: 13, fps: 2, num_inference_steps: 2 })).body.seconds, '6')
})

// entrypoints/openai/video_api.py:930-970 at d315eb72
test('/content names the variant it cannot serve as SGLang does: a failed job, an index out of range, a word', async (t) => {
  const { sim } = await build(t)
  const done = await settled(sim, (await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat', num_inference_steps: 2 })).body.id)
  const cases: Array<[string, string]> = [['1', 'Video variant 1 not found'], ['video', 'Video variant video not found'], ['-1', 'Video variant -1 not found']]
  for (const [variant, detail] of cases) {
    t.same(await getJson(`${sim.url}/v1/videos/${done.id}/content?variant=${variant}`), { status: 404, body: { detail } }, variant)
  }
  t.equal((await fetch(`${sim.url}/v1/videos/${done.id}/content?variant=%200%20`)).status, 200, 'int() strips blanks')
  sim.setFaults({ failJobs: true })
  const failed = await settled(sim, (await postJson(`${sim.url}/v1/videos`, { prompt: 'a boat', num_inference_steps: 2 })).body.id)
  t.equal(failed.status, 'failed')
  t.same(await getJson(`${sim.url}/v1/videos/${failed.id}/content`), { status: 404, body: { detail: 'Video variant None not found' } })
})
