import { test } from 'tap'
import { framesRendered, parseSize, parseWorkloadKey, workloadKey, workloadOf } from '../../src/workloads/workload.ts'
import { modelDefaultsOf } from '../../src/workloads/models.ts'

const wan5b = modelDefaultsOf('Wan-AI/Wan2.2-TI2V-5B-Diffusers').shape

test('frames are counted as Wan2.2-TI2V-5B renders them: any count not 4k+1 is floored to one', async (t) => {
  // pipeline_configs/wan.py:51-61 at SGLang d315eb72: n // 4 * 4 + 1 unless n % 4 == 1
  for (const [requested, rendered] of [[96, 97], [121, 121], [100, 101], [98, 97], [1, 1], [2, 1], [2000, 2001]]) {
    t.equal(framesRendered(requested!, 4), rendered, `${requested} frames`)
  }
  t.equal(framesRendered(96, 1), 96, 'a text-to-video Wan2.1 config keeps the count')
})

test('size is read as WIDTHxHEIGHT of positive integers, and nothing else', async (t) => {
  t.same(parseSize('1280x704'), { width: 1280, height: 704 })
  for (const size of ['0x704', '1280x', 'x704', '1280X704', '1280x704 ', ' 1280x704', '1e3x704', 1280]) t.equal(parseSize(size), undefined, String(size))
})

test('a request naming nothing is the work SGLang runs for it: 24 fps x 4 s, the model\'s size and steps', async (t) => {
  const work = workloadOf({ prompt: 'a cat' }, wan5b)
  // 96 frames floored to 97; 97 frames -> 25 latent frames; 704/16/2 = 22 by 1280/16/2 = 40 tokens each
  t.same(work, { task: 't2v', width: 1280, height: 704, frames: 97, steps: 50, outputs: 1, tokens: 25 * 22 * 40 })
  t.equal(workloadKey(work), 't2v-1280x704-97f-50s')
})

test('the seed page\'s request (the model\'s own 121 frames) is 27,280 tokens', async (t) => {
  const work = workloadOf({ prompt: 'x', num_frames: 121 }, wan5b)
  t.equal(work.tokens, 31 * 22 * 40)
  t.equal(workloadKey(work), 't2v-1280x704-121f-50s')
})

test('the issue\'s OpenAI SDK request (1792x1024, 12 s) is its own, far larger workload', async (t) => {
  const work = workloadOf({ prompt: 'x', size: '1792x1024', seconds: 12 }, wan5b)
  // 24 x 12 = 288 -> 289 frames -> 73 latent frames; 1024/32 = 32 by 1792/32 = 56
  t.equal(workloadKey(work), 't2v-1792x1024-289f-50s')
  t.equal(work.tokens, 73 * 32 * 56)
})

test('steps, outputs (after SGLang\'s clamp) and a reference image are part of the workload', async (t) => {
  t.equal(workloadKey(workloadOf({ prompt: 'x', num_inference_steps: 20, n: 2 }, wan5b)), 't2v-1280x704-97f-20s-x2')
  t.equal(workloadKey(workloadOf({ prompt: 'x', num_outputs_per_prompt: 40 }, wan5b)), 't2v-1280x704-97f-50s-x10')
  t.equal(workloadKey(workloadOf({ prompt: 'x', reference_url: 'https://example.com/a.png' }, wan5b)), 'i2v-1280x704-97f-50s')
  t.equal(workloadKey(workloadOf({ prompt: 'x' }, wan5b, true)), 'i2v-1280x704-97f-50s', 'an uploaded image')
  t.equal(workloadKey(workloadOf({ prompt: 'x', fps: 16, seconds: 5 }, wan5b)), 't2v-1280x704-81f-50s', 'fps changes the frames, not the key')
})

test('the defaults come from the backend\'s model', async (t) => {
  // configs/sample/wan.py:44-57: 832x480, 50 steps; no frame flooring; Wan2.1's VAE is 8x8 in space
  const wan21 = modelDefaultsOf('Wan-AI/Wan2.1-T2V-1.3B-Diffusers')
  t.ok(wan21.known)
  const work = workloadOf({ prompt: 'x' }, wan21.shape)
  t.equal(workloadKey(work), 't2v-832x480-96f-50s')
  t.equal(work.tokens, 24 * 30 * 52, '(96-1)//4+1 = 24 latent frames of 480/16 x 832/16')
  // configs/sample/wan.py:234-238: 40 steps
  t.equal(workloadOf({ prompt: 'x' }, modelDefaultsOf('/models/Wan2.2-T2V-A14B-Diffusers').shape).steps, 40)
  const unknown = modelDefaultsOf('acme/video-model')
  t.notOk(unknown.known, 'an unknown model is said to be one')
  t.equal(unknown.shape.family, 'Wan2.2-TI2V-5B')
})

test('a key reads back as the shape it names; anything else is no key', async (t) => {
  t.same(parseWorkloadKey('t2v-1280x704-121f-50s'), { task: 't2v', width: 1280, height: 704, frames: 121, steps: 50, outputs: 1 })
  t.same(parseWorkloadKey('i2v-704x1280-97f-20s-x3'), { task: 'i2v', width: 704, height: 1280, frames: 97, steps: 20, outputs: 3 })
  // A request makes at most 10 videos, a batch of them more (src/jobs/batching.ts)
  t.same(parseWorkloadKey('t2v-832x480-81f-50s-x16')?.outputs, 16)
  for (const key of ['other', 't2v-1280x704-121f', 'v2v-1280x704-121f-50s', 't2v-1280x704-121f-50s-x1', 't2v-1280x704-121f-50s-x1000', 'T2V-1280x704-121f-50s']) {
    t.equal(parseWorkloadKey(key), undefined, key)
  }
})
