// SGLang's dynamic batching (--batching-max-size, --batching-delay-ms) as the simulator plays it.
// The expected batches are SGLang's rules (runtime/managers/scheduler.py:982-1088 at d315eb72),
// applied by hand to each queue below.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { compatible, effectiveBatching, nextBatch } from '../../src/simulator/batching.ts'
import type { VideoRequest } from '../../src/simulator/request.ts'
import { runSimulatorCli } from '../../src/simulator/cli.ts'
import type { Simulator } from '../../src/simulator/index.ts'
import { build, getJson, postJson, settled, waitFor } from './helper.ts'
import type { Json } from './helper.ts'

// 10 steps at a scale of 0.05: a lone default request runs about 0.9 s, far longer than the
// few milliseconds the requests queued behind it take to arrive
const timeScale = 0.05
const short = { num_inference_steps: 10 }

async function loggedIds (perfLogDir: string): Promise<string[]> {
  const text = await readFile(join(perfLogDir, 'performance.log'), 'utf8')
  return text.trim().split('\n').map((line) => JSON.parse(line).request_id)
}

async function submitInOrder (url: string, bodies: Json[]): Promise<string[]> {
  const ids: string[] = []
  // one after the other: the server queues them in this order
  for (const body of bodies) ids.push((await postJson(`${url}/v1/videos`, body)).body.id)
  return ids
}

async function allSettled (sim: Simulator, ids: string[]): Promise<Json[]> {
  return Promise.all(ids.map(async (id) => settled(sim, id, 30_000)))
}

const request: VideoRequest = {
  prompt: 'a fox',
  model: null,
  width: 1280,
  height: 704,
  fps: 24,
  numFrames: 97,
  seconds: 4,
  numInferenceSteps: 50,
  numOutputs: 1,
  seed: 1024,
  hasInputReference: false,
  perfDumpPath: null
}
const queued = (name: string, changes: Partial<VideoRequest> = {}, submittedAtMs = 0) => ({ name, request: { ...request, ...changes }, submittedAtMs })
const names = (choice: ReturnType<typeof nextBatch<ReturnType<typeof queued>>>) => choice !== undefined && 'run' in choice ? choice.run.map((q) => q.name) : choice

test('only T2V and T2I pipelines batch, and only above a max size of 1', async (t) => {
  // configs/pipeline_configs/base.py:408-414; dynamic_batch_admission.py:176-178
  t.same(effectiveBatching('T2V', 4, 10), { maxSize: 4, delayMs: 10 })
  t.same(effectiveBatching('T2I', 2, 0), { maxSize: 2, delayMs: 0 })
  t.same(effectiveBatching('TI2V', 4, 10), { maxSize: 1, delayMs: 0 })
  t.same(effectiveBatching('I2V', 4, 10), { maxSize: 1, delayMs: 0 })
  t.same(effectiveBatching('T2V', 1, 10), { maxSize: 1, delayMs: 0 })
})

test('requests are compatible when all but prompt, seed, model and perf dump path match, and neither has an image', async (t) => {
  t.ok(compatible(request, { ...request, prompt: 'a hen', seed: 7, model: 'other', perfDumpPath: '/tmp/x.json' }))
  for (const changes of [{ width: 832 }, { height: 480 }, { fps: 16 }, { numFrames: 81 }, { numInferenceSteps: 10 }, { numOutputs: 2 }]) {
    t.notOk(compatible(request, { ...request, ...changes }), JSON.stringify(changes))
  }
  t.notOk(compatible(request, { ...request, hasInputReference: true }), 'an image on one side')
  t.notOk(compatible({ ...request, hasInputReference: true }, { ...request, hasInputReference: true }), 'an image on both')
})

test('the next batch: the head and every compatible request behind it, up to the max size in outputs', async (t) => {
  const options = { maxSize: 2, delayMs: 0 }
  t.equal(nextBatch([], 0, options), undefined, 'nothing queued')
  t.same(names(nextBatch([queued('a'), queued('b'), queued('c')], 0, options)), ['a', 'b'], 'two of three')
  t.same(names(nextBatch([queued('a'), queued('big', { width: 832 }), queued('c')], 0, options)), ['a', 'c'], 'the incompatible one is skipped')
  t.same(names(nextBatch([queued('img', { hasInputReference: true }), queued('b')], 0, options)), ['img'], 'a head with an image runs alone')
  t.same(names(nextBatch([queued('a'), queued('b')], 0, { maxSize: 1, delayMs: 100 })), ['a'], 'batching off: the head, no wait')
  // the admission counts outputs: two requests of n = 2 are 4 outputs, over a max of 3
  t.same(names(nextBatch([queued('a', { numOutputs: 2 }), queued('b', { numOutputs: 2 })], 0, { maxSize: 3, delayMs: 0 })), ['a'])
  t.same(names(nextBatch([queued('a', { numOutputs: 2 }), queued('b', { numOutputs: 2 })], 0, { maxSize: 4, delayMs: 0 })), ['a', 'b'])
})

test('the next batch waits out the delay for company, and not once it is full', async (t) => {
  const options = { maxSize: 3, delayMs: 100 }
  // the head came at 1000: at 1040 it has waited 40 ms of 100
  t.same(nextBatch([queued('a', {}, 1000)], 1040, options), { waitMs: 60 })
  t.same(nextBatch([queued('a', {}, 1000), queued('b', {}, 1030)], 1040, options), { waitMs: 60 })
  t.same(names(nextBatch([queued('a', {}, 1000), queued('b', {}, 1030)], 1100, options)), ['a', 'b'], 'the delay ran out')
  t.same(names(nextBatch([queued('a', {}, 1000), queued('b'), queued('c')], 1001, options)), ['a', 'b', 'c'], 'full: no wait')
  t.same(names(nextBatch([queued('a', { numOutputs: 3 }, 1000)], 1001, options)), ['a'], 'full by its own outputs')
  t.same(names(nextBatch([queued('img', { hasInputReference: true }, 1000)], 1001, options)), ['img'], 'an image never waits')
})

test('T2V with a max size of 2: the first runs alone, the next two as one batch logged under the first of them', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale, taskType: 'T2V', batchingMaxSize: 2 })
  const ids = await submitInOrder(sim.url, [1, 2, 3].map((k) => ({ prompt: `fox ${k}`, seed: k, ...short })))
  const [first, second, third] = ids as [string, string, string]
  // the two queued behind the first end with one forward: when one is seen completed, so is the other
  const [secondJob, thirdJob] = await waitFor(async () => {
    const seen = (await getJson(`${sim.url}/v1/videos/${second}`)).body
    if (seen.status === 'queued') return undefined
    return [seen, (await getJson(`${sim.url}/v1/videos/${third}`)).body]
  }, 30_000)
  t.equal(secondJob.status, 'completed')
  t.equal(thirdJob.status, 'completed', 'the third completed on the same poll as the second')
  t.equal(thirdJob.completed_at, secondJob.completed_at)
  t.equal(thirdJob.inference_time_s, secondJob.inference_time_s, 'one forward\'s time')
  t.equal(thirdJob.peak_memory_mb, secondJob.peak_memory_mb, 'one forward\'s peak')
  t.same([secondJob.num_outputs, thirdJob.num_outputs], [1, 1], 'each its own output')
  t.not(thirdJob.file_path, secondJob.file_path, 'each its own file')
  const firstJob = await settled(sim, first)
  t.ok(secondJob.inference_time_s > firstJob.inference_time_s, 'two outputs in one forward cost more than one')
  // one line per forward, under the head's bare id (gpu_worker.py:572-574, perf_logger.py:377)
  t.same(await loggedIds(perfLogDir), [first, second], 'no line for the third')
  const content = await fetch(`${sim.url}/v1/videos/${third}/content`)
  t.equal(content.status, 200, 'the third\'s video is served')
  await content.arrayBuffer()
})

test('a request incompatible with the head is skipped, stays queued in order and runs after the batch', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale, taskType: 'T2V', batchingMaxSize: 2 })
  // a runs alone; then the queue is [c1, other size, other n, c2]: c1 takes c2 (SGLang scans the whole
  // queue), then the other size runs alone (the other n is not its match), then the other n
  const ids = await submitInOrder(sim.url, [
    { prompt: 'a', ...short },
    { prompt: 'c1', ...short },
    { prompt: 'other size', size: '832x480', ...short },
    { prompt: 'other n', n: 2, ...short },
    { prompt: 'c2', ...short }
  ])
  const [a, c1, otherSize, otherN] = ids as [string, string, string, string]
  const jobs = await allSettled(sim, ids)
  t.same(jobs.map((job) => job.status), ['completed', 'completed', 'completed', 'completed', 'completed'])
  t.same(await loggedIds(perfLogDir), [a, c1, otherSize, otherN], 'the order forwards ended in; c2 rode with c1')
  t.equal(jobs[4]?.inference_time_s, jobs[1]?.inference_time_s, 'c2 is c1\'s forward')
  t.equal(jobs[3]?.num_outputs, 2)
})

test('a TI2V model (Wan2.2-TI2V-5B, the default) never batches, whatever the max size', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale, batchingMaxSize: 2 })
  const ids = await submitInOrder(sim.url, [1, 2, 3].map((k) => ({ prompt: `fox ${k}`, ...short })))
  await allSettled(sim, ids)
  t.same(await loggedIds(perfLogDir), ids, 'one line each')
})

test('with a delay, two requests sent to an idle server within it run as one batch', async (t) => {
  // Long enough for the second post, whatever the machine's load, to land inside it
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001, taskType: 'T2V', batchingMaxSize: 2, batchingDelayMs: 1500 })
  const dumps = [join(perfLogDir, 'one.json'), join(perfLogDir, 'two.json')]
  const ids = await submitInOrder(sim.url, [{ prompt: 'one', perf_dump_path: dumps[0], ...short }, { prompt: 'two', perf_dump_path: dumps[1], ...short }])
  const jobs = await allSettled(sim, ids)
  t.equal(jobs[1]?.inference_time_s, jobs[0]?.inference_time_s, 'one forward')
  t.same(await loggedIds(perfLogDir), [ids[0]], 'one line, under the first request\'s id')
  // the merged request is a copy of the head: its perf_dump_path only (gpu_worker.py:577-588)
  t.equal(JSON.parse(await readFile(dumps[0]!, 'utf8')).request_id, ids[0])
  await t.rejects(readFile(dumps[1]!, 'utf8'), { code: 'ENOENT' }, 'no dump for the second')
})

test('a failed batch fails every member with its error', async (t) => {
  const { sim, perfLogDir } = await build(t, { timeScale: 0.001, taskType: 'T2V', batchingMaxSize: 2, batchingDelayMs: 1500 })
  sim.setFaults({ failJobs: 'simulated OOM' })
  const ids = await submitInOrder(sim.url, [{ prompt: 'one', ...short }, { prompt: 'two', ...short }])
  const jobs = await allSettled(sim, ids)
  t.same(jobs.map((job) => [job.status, job.error]), [['failed', { message: 'simulated OOM' }], ['failed', { message: 'simulated OOM' }]])
  await t.rejects(readFile(join(perfLogDir, 'performance.log')), { code: 'ENOENT' }, 'a failed forward logs nothing')
})

test('/server_info says nothing of batching, as SGLang\'s (entrypoints/http_server.py:197-213)', async (t) => {
  const { sim } = await build(t, { taskType: 'T2V', batchingMaxSize: 4, batchingDelayMs: 5 })
  t.same(Object.keys((await getJson(`${sim.url}/server_info`)).body), ['model_path', 'served_model_name', 'tp_size', 'dp_size', 'version'])
})

test('the command line takes sglang serve\'s batching flags and refuses what it refuses', async (t) => {
  const sim = await runSimulatorCli(['--task-type', 'T2V', '--batching-max-size', '2', '--batching-delay-ms', '2.5', '--port', '0', '--warmup-ms', '0'])
  t.teardown(() => sim.close())
  t.equal((await getJson(`${sim.url}/health`)).status, 200)
  // server_args.py:3281-3284 for the range; argparse's type=int / type=float for the rest
  const refusals: Array<[string[], RegExp]> = [
    [['--batching-max-size', '0'], /^batching_max_size must be >= 1, got 0$/],
    [['--batching-max-size', '1.5'], /^argument --batching-max-size: invalid int value: '1\.5'$/],
    [['--batching-max-size', 'two'], /^argument --batching-max-size: invalid int value: 'two'$/],
    [['--batching-delay-ms=-1'], /^batching_delay_ms must be >= 0, got -1$/],
    [['--batching-delay-ms', 'soon'], /^argument --batching-delay-ms: invalid float value: 'soon'$/]
  ]
  for (const [flags, message] of refusals) await t.rejects(runSimulatorCli(flags), { name: 'SimulatorUsageError', message }, flags.join(' '))
})
