// FIFO service and the calibration against the seed page.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { build, getJson, postJson, seedPage, settled, waitFor } from './helper.ts'
import type { Json } from './helper.ts'

// The request the seed page measured: SGLang's sampling defaults for the model, 121 frames (the
// HTTP API's own default, fps 24 x 4 s, is 97)
const seedRequest = { num_frames: 121 }

async function stageRecords (perfLogDir: string): Promise<Map<string, Json>> {
  const text = await readFile(join(perfLogDir, 'performance.log'), 'utf8')
  return new Map(text.trim().split('\n').map((line) => JSON.parse(line)).map((r: Json) => [r.request_id, r]))
}

test('two jobs submitted together run one after the other', async (t) => {
  // Jobs of 2.55 s: the slack the upper bound leaves a stalled client (0.6 of one) is 1.5 s
  const timeScale = 0.04
  const { sim, perfLogDir } = await build(t, { timeScale })
  // The planned end to end of one seed request (the seed page's u1r2 Total, 63.74 s, scaled)
  const serviceMs = seedPage.u1r2.totalSeconds * 1000 * timeScale
  const submittedAt = Date.now()
  const [first, second] = await Promise.all([
    postJson(`${sim.url}/v1/videos`, { prompt: 'one', ...seedRequest }),
    postJson(`${sim.url}/v1/videos`, { prompt: 'two', ...seedRequest })
  ])
  const doneAt: Record<string, number> = {}
  await waitFor(async () => {
    for (const { body } of [first, second]) {
      if (doneAt[body.id] !== undefined) continue
      const job = await getJson(`${sim.url}/v1/videos/${body.id}`)
      if (job.body.status === 'completed') doneAt[body.id] = Date.now() - submittedAt
    }
    return Object.keys(doneAt).length === 2 ? true : undefined
  }, 20_000, 2)
  const firstMs = doneAt[first.body.id] ?? 0
  const secondMs = doneAt[second.body.id] ?? 0
  // The order from the server itself: performance.log is appended as each generation ends. A
  // stalled client may see both done in one poll, so its own times only give >=.
  const finishOrder = [...(await stageRecords(perfLogDir)).keys()]
  t.same(finishOrder, [first.body.id, second.body.id], 'the second completed after the first, by the server\'s record')
  t.ok(secondMs >= firstMs, `and by the client's (${firstMs} ms, ${secondMs} ms)`)
  // Lower bounds hold on any machine: the simulator's timers run on a planned clock and never
  // fire early (1% for timer rounding). The second ran only after the first: two service times.
  t.ok(firstMs >= 0.99 * serviceMs, `the first took its service time (${firstMs} ms)`)
  t.ok(secondMs >= 1.98 * serviceMs, `the second took about double the first's service time (${secondMs} ms)`)
  // Upper bound: the second started when the first ended, not a service time later; what a
  // client stalled by a loaded machine adds stays under 0.6 of a service (1.5 s)
  t.ok(secondMs < 2.6 * serviceMs, `the second finished one service time after the first (${secondMs} ms)`)
})

test('with no jitter the seed\'s request reproduces the seed stage times times the scale', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001 })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'calibration', ...seedRequest })
  const job = await settled(sim, created.body.id)
  const record = (await stageRecords(perfLogDir)).get(job.id)
  // At a scale of 0.001 a stage of s seconds takes s ms: the page's seconds are the expected ms.
  // In the page's order, each stage once: the record lists them as the pipeline ran them.
  t.same(record?.stages.map((stage: Json) => stage.name), Object.keys(seedPage.u1r2.stageSeconds))
  for (const [i, [name, seconds]] of Object.entries(seedPage.u1r2.stageSeconds).entries()) {
    t.equal(record?.stages[i].execution_time_ms, seconds, `${name} is seed x scale`)
  }
  const stepSum = record?.steps.reduce((a: number, b: number) => a + b, 0)
  t.ok(Math.abs(stepSum - 52.6358) < 0.01, `steps sum to the denoising stage (${stepSum})`)
  t.ok(Math.abs(job.inference_time_s - 0.0618096) < 1e-6, 'inference_time_s is the scaled stage sum')
})

test('doubling the denoising steps doubles the denoising stage', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001 })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'steps', num_inference_steps: 100, ...seedRequest })
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
    const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'ratio', ...seedRequest })
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
    const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'jitter', ...seedRequest })
    return settled(sim, created.body.id)
  }))
  t.equal(jobs[0]?.inference_time_s, jobs[1]?.inference_time_s)
  t.not(jobs[0]?.inference_time_s, 0.0618096)
  t.ok(Math.abs((jobs[0]?.inference_time_s ?? 0) / 0.0618096 - 1) < 0.2)
})
