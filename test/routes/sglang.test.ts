// SGLang's own endpoints on the gateway. Shapes read from SGLang at d315eb72,
// python/sglang/multimodal_gen/runtime/entrypoints/: http_server.py:153-164 (/liveness, /health),
// 197-251 (/server_info, /model_info), openai/common_api.py:174-238 (/v1/model_info, /v1/models).
import { test } from 'tap'
import { createServer } from 'node:net'
import { build, eventually, ready, startTestBackend, testSecret } from '../helper.ts'
import type { BackendConfig } from '../../src/config.ts'

// The seed's model, as a SGLang server started with `--model-path Wan-AI/Wan2.2-TI2V-5B-Diffusers` names it
const wan = 'Wan-AI/Wan2.2-TI2V-5B-Diffusers'

/** A backend on a port nothing listens on: never up. */
async function deadBackend (name: string): Promise<BackendConfig> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return { name, urls: [`http://127.0.0.1:${port}`], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }
}

test('/health is 503 with no body while no backend is up, and /liveness is 200 all the same', async (t) => {
  const app = await build(t, { backends: [await deadBackend('gone')] })
  const health = await app.inject('/health')
  t.equal(health.statusCode, 503)
  t.equal(health.body, '', 'no body, as SGLang while it cannot serve')
  t.equal((await app.inject('/health_generate')).statusCode, 503)
  const live = await app.inject('/liveness')
  t.equal(live.statusCode, 200)
  t.same(live.json(), { status: 'ok' })
})

test('/health is 200 {"status":"ok"} once a backend is up, even when another is down', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [await deadBackend('gone'), u1r2.config] })
  const health = await eventually(async () => {
    const res = await app.inject('/health')
    return res.statusCode === 200 && res
  })
  t.equal(health.body, '{"status":"ok"}')
})

test('/v1/models lists a model served by two backends once, naming both and counting all their GPUs', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  const list = await eventually(async () => {
    const body = (await app.inject('/v1/models')).json()
    return body.data[0]?.backends.length === 2 && body
  })
  t.equal(list.object, 'list')
  t.equal(list.data.length, 1)
  // num_gpus: u1r2 runs on 2 GPUs (ulysses 1 x ring 2), u1r1 on 1
  t.match(list.data[0], { id: wan, object: 'model', owned_by: 'sglang', root: wan, num_gpus: 3, task_type: 'TI2V', backends: ['u1r2', 'u1r1'] })
  t.ok(list.data[0].dit_precision && list.data[0].vae_precision, 'the diffusion fields SGLang\'s server tests read')
  t.type(list.data[0].created, 'number')
})

test('/v1/models/{id} finds an id that holds a slash, and an unknown one is OpenAI\'s model_not_found', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const card = await eventually(async () => {
    const res = await app.inject(`/v1/models/${wan}`)
    return res.statusCode === 200 && res.json()
  })
  t.match(card, { id: wan, object: 'model', num_gpus: 2, task_type: 'TI2V', backends: ['u1r2'] })
  const missing = await app.inject('/v1/models/non_existent_model')
  t.equal(missing.statusCode, 404)
  t.same(missing.json(), { error: { message: 'The model \'non_existent_model\' does not exist', type: 'invalid_request_error', param: 'model', code: 'model_not_found' } })
})

test('/model_info, /v1/model_info and /server_info answer the first backend up, and /server_info lists every backend', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [await deadBackend('gone'), u1r2.config, u1r1.config] })
  await ready(app)
  const server = await eventually(async () => {
    const body = (await app.inject('/server_info')).json()
    return body.backends?.length === 2 && body
  })
  t.match(server, { model_path: wan, served_model_name: wan, tp_size: 1, dp_size: 1, backend: 'u1r2' })
  t.same(server.backends.map((b: { backend: string, up: boolean }) => [b.backend, b.up]), [['u1r2', true], ['u1r1', true]])
  t.match((await app.inject('/model_info')).json(), { model_path: wan, is_generation: true, backend: 'u1r2' })
  t.same((await app.inject('/v1/model_info')).json(), { model_path: wan })
})

test('with no backend ever up, the info endpoints answer 503 in SGLang\'s {"detail"} shape', async (t) => {
  const app = await build(t, { backends: [await deadBackend('gone')] })
  for (const url of ['/model_info', '/v1/model_info', '/server_info']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 503, url)
    t.same(res.json(), { detail: 'No backend is available' }, url)
  }
})

test('SGLang\'s endpoints need no key where the video API needs one: SGLang\'s clients send none', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], apiKeys: [{ name: 'ci', scope: 'generate', key: `${testSecret}-ci` }] })
  await eventually(async () => (await app.inject('/health')).statusCode === 200)
  for (const url of ['/liveness', '/v1/models', '/model_info', '/v1/model_info', '/server_info']) {
    t.equal((await app.inject(url)).statusCode, 200, `${url} without a key`)
  }
  t.equal((await app.inject({ url: '/v1/models', headers: { authorization: 'Bearer sglang-anything' } })).statusCode, 200, 'nor with any key')
  t.equal((await app.inject('/v1/videos')).statusCode, 401, 'the video API still needs one')
})
