// FIFO service and the calibration against the seed page.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { profiles } from '../../src/simulator/index.ts'
import { build, getJson, postJson, settled, waitFor } from './helper.ts'
import type { Json } from './helper.ts'

async function stageRecords (perfLogDir: string): Promise<Map<string, Json>> {
  const text = await readFile(join(perfLogDir, 'performance.log'), 'utf8')
  return new Map(text.trim().split('\n').map((line) => JSON.parse(line)).map((r: Json) => [r.request_id, r]))
}

test('two jobs submitted together run one after the other', async (t) => {
  // Long enough jobs (1.3 s) that a stall of the polling client on a busy machine stays small.
  const timeScale = 0.02
  const { sim } = await build(t, { timeScale })
  const submittedAt = Date.now()
  const [first, second] = await Promise.all([
    postJson(`${sim.url}/v1/videos`, { prompt: 'one' }),
    postJson(`${sim.url}/v1/videos`, { prompt: 'two' })
  ])
  const doneAt: Record<string, number> = {}
  await waitFor(async () => {
    for (const { body } of [first, second]) {
      if (doneAt[body.id] !== undefined) continue
      const job = await getJson(`${sim.url}/v1/videos/${body.id}`)
      if (job.body.status === 'completed') doneAt[body.id] = Date.now() - submittedAt
    }
    return Object.keys(doneAt).length === 2 ? true : undefined
  }, 10_000, 2)
  const firstMs = doneAt[first.body.id] ?? 0
  const secondMs = doneAt[second.body.id] ?? 0
  t.ok(secondMs > firstMs, `the second completed after the first (${firstMs} ms, ${secondMs} ms)`)
  // the planned end to end of one default request; client-side offsets (connect, polling) cancel in the gap
  const serviceMs = 63.74 * 1000 * timeScale
  const gapMs = secondMs - firstMs
  t.ok(gapMs > 0.7 * serviceMs && gapMs < 1.5 * serviceMs, `the second finished one service time later (${gapMs} ms)`)
  t.ok(secondMs >= 1.9 * serviceMs, `the second took about double the first's service time (${secondMs} ms)`)
})

test('with no jitter the default request reproduces the seed stage times times the scale', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001 })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'calibration' })
  const job = await settled(sim, created.body.id)
  const record = (await stageRecords(perfLogDir)).get(job.id)
  for (const [i, stage] of profiles.u1r2.stages.entries()) {
    t.equal(record?.stages[i].execution_time_ms, Math.round(stage.seconds * 1e4) / 1e4, `${stage.name} is seed x scale`)
  }
  const stepSum = record?.steps.reduce((a: number, b: number) => a + b, 0)
  t.ok(Math.abs(stepSum - 52.6358) < 0.01, `steps sum to the denoising stage (${stepSum})`)
  t.ok(Math.abs(job.inference_time_s - 0.0618096) < 1e-6, 'inference_time_s is the scaled stage sum')
})

test('doubling the denoising steps doubles the denoising stage', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001 })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'steps', num_inference_steps: 100 })
  await settled(sim, created.body.id)
  const record = (await stageRecords(perfLogDir)).get(created.body.id)
  const denoising = record?.stages.find((s: Json) => s.name === 'DenoisingStage')
  t.ok(Math.abs(denoising.execution_time_ms - 2 * 52.6358) < 0.001)
  t.equal(record?.steps.length, 100)
  const text = record?.stages.find((s: Json) => s.name === 'TextEncodingStage')
  t.equal(text.execution_time_ms, 1.3965, 'text encoding does not scale')
})

test('the baseline over ring SP inference time ratio matches the seed', async (t) => {
  const ring = await build(t, { profile: 'u1r2' })
  const base = await build(t, { profile: 'u1r1' })
  const [ringJob, baseJob] = await Promise.all([ring, base].map(async ({ sim }) => {
    const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'ratio' })
    return settled(sim, created.body.id)
  }))
  const seedRatio = (0.1029 + 2.2261 + 0.0002 + 0.0004 + 71.6785 + 13.4314) / (0.1060 + 1.3965 + 0.0002 + 0.0003 + 52.6358 + 7.6708)
  const ratio = (baseJob?.inference_time_s ?? 0) / (ringJob?.inference_time_s ?? 1)
  t.ok(Math.abs(ratio - seedRatio) < 1e-4, `ratio ${ratio} against the seed's ${seedRatio}`)
  t.ok(Math.abs(baseJob?.peak_memory_mb - 27.40 * 1024) < 1)
})

test('with jitter the same random seed gives the same plan and stage times vary a little', async (t) => {
  const a = await build(t, { jitter: 0.05, randomSeed: 7 })
  const b = await build(t, { jitter: 0.05, randomSeed: 7 })
  const jobs = await Promise.all([a, b].map(async ({ sim }) => {
    const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'jitter' })
    return settled(sim, created.body.id)
  }))
  t.equal(jobs[0]?.inference_time_s, jobs[1]?.inference_time_s)
  t.not(jobs[0]?.inference_time_s, 0.0618096)
  t.ok(Math.abs((jobs[0]?.inference_time_s ?? 0) / 0.0618096 - 1) < 0.2)
})
