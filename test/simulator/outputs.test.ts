// Several outputs as SGLang makes them, read from its code at d315eb72
// (python/sglang/multimodal_gen/runtime/): the count is num_outputs_per_prompt, else `n or 1`,
// clamped to 1..10 (entrypoints/openai/video_api.py:353-355, 370); the files are <id>_<k>.mp4
// (managers/schedule_batch.py:315-323); /content's variant is int() into file_paths (:930-942).
import { test } from 'tap'
import { basename } from 'node:path'
import { build, getJson, postJson, settled } from './helper.ts'

const small = { size: '320x176', num_inference_steps: 2 }

test('num_outputs_per_prompt wins over n, and every count is clamped to 1..10 rather than refused', async (t) => {
  const { sim } = await build(t)
  // [fields, outputs SGLang makes]: hand-evaluated max(1, min(int(num_outputs_per_prompt ?? (n or 1)), 10))
  const cases: Array<[Record<string, number>, number]> = [
    [{ num_outputs_per_prompt: 3, n: 5 }, 3],
    [{ n: 2 }, 2],
    [{ n: 0 }, 1],
    [{ n: -3 }, 1],
    [{ n: 20 }, 10],
    [{ num_outputs_per_prompt: 0, n: 4 }, 1]
  ]
  for (const [fields, expected] of cases) {
    const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'twins', ...small, ...fields })
    t.equal(created.status, 200, `${JSON.stringify(fields)} is accepted`)
    const job = await settled(sim, created.body.id)
    t.equal(job.num_outputs, expected, `${JSON.stringify(fields)} makes ${expected}`)
    t.equal(job.file_paths.length, expected)
  }
})

test('a job of several outputs names its files <id>_<k>.mp4 and file_path is the first', async (t) => {
  const { sim } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'triplets', ...small, num_outputs_per_prompt: 3 })
  const job = await settled(sim, created.body.id)
  t.same(job.file_paths.map((p: string) => basename(p)), [0, 1, 2].map((k) => `${job.id}_${k}.mp4`))
  t.equal(job.file_path, job.file_paths[0])
})

test('variant is an index into the outputs: a word or an index past them is SGLang\'s 404', async (t) => {
  const { sim } = await build(t)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'twins', ...small, n: 2 })
  const job = await settled(sim, created.body.id)
  const second = await fetch(`${sim.url}/v1/videos/${job.id}/content?variant=1`)
  t.equal(second.status, 200)
  t.equal(second.headers.get('content-disposition'), `attachment; filename="${job.id}_1.mp4"`)
  await second.arrayBuffer()
  t.same(await getJson(`${sim.url}/v1/videos/${job.id}/content?variant=2`), { status: 404, body: { detail: 'Video variant 2 not found' } })
  t.same(await getJson(`${sim.url}/v1/videos/${job.id}/content?variant=video`), { status: 404, body: { detail: 'Video variant video not found' } })
})
