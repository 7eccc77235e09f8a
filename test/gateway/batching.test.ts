// A SGLang server with --batching-max-size (issue #13 item 5): SGLang runs the oldest waiting
// request with every compatible one waiting behind it as one forward of at most N outputs, on
// T2V and T2I pipelines only (configs/pipeline_configs/base.py:408-414, managers/scheduler.py:
// 982-1088 at d315eb72), and logs one stage record for it, under the first one's id
// (scheduler.py:821-850, pipelines_core/schedule_batch.py:369, utils/perf_logger.py:377). The
// expected batches below are those rules applied by hand to each queue.
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ConfigError, loadConfig } from '../../src/config.ts'
import { build, eventually, metric, ready, startTestBackend } from '../helper.ts'

// 10 steps at a scale of 0.05: a lone request runs about a second, far longer than the few
// milliseconds the submits queued behind it take
const simulatorOptions = { taskType: 'T2V', batchingMaxSize: 2, timeScale: 0.05, jitter: 0 }
const short = { num_inference_steps: 10 }

async function submit (app: FastifyInstance, payload: Record<string, unknown>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a red fox in snow', backend: 'u1r1', ...short, ...payload } })
  if (res.statusCode !== 202) throw new Error(`submit answered ${res.statusCode}: ${res.body}`)
  return res.json().id
}

async function completed (app: FastifyInstance, ids: string[]) {
  return Promise.all(ids.map(async (id) => eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return job.status === 'completed' && job
  }, { timeoutMs: 30_000 })))
}

async function batchingGateway (t: Parameters<typeof build>[0]) {
  const u1r1 = await startTestBackend(t, 'u1r1', simulatorOptions)
  const app = await build(t, { backends: [{ ...u1r1.config, batching_max_size: 2 }] })
  await ready(app)
  // The batch size only counts once /model_info said the pipeline batches (T2V)
  await eventually(async () => (await app.inject('/v1/backends')).json().data[0].warnings.some((w: string) => w.startsWith('batching')))
  return app
}

test('two compatible jobs queued behind a running one run as one batch: started and ended together, one record, measured as the x2 forward', async (t) => {
  const app = await batchingGateway(t)
  const [backend] = (await app.inject('/v1/backends')).json().data
  t.match(backend.warnings.find((w: string) => w.startsWith('batching')), /^batching_max_size 2: the server may run compatible requests/)

  // A finds the server idle and runs alone (no delay: nothing waits for company); B and C queue behind it
  const ids = [await submit(app, {}), await submit(app, {}), await submit(app, {})]
  const [a, b, c] = await completed(app, ids)
  t.equal(a.batch, null, 'the first ran alone')
  t.same(b.batch, { head: b.id, jobs: 2, outputs: 2, workload: 't2v-1280x704-97f-10s-x2' })
  t.same(c.batch, b.batch, 'the same forward')
  t.equal(b.started_at, c.started_at, 'they started together')
  t.ok(b.started_at >= a.completed_at, 'when the first ended')
  t.equal(b.record_source, 'performance_log', 'the head has the batch\'s record')
  t.equal(c.record_source, 'job', 'SGLang logs none for the other member')
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r1",outcome="found"}'), 2)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r1",outcome="not_logged"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r1",outcome="missing"}'), 0)
  // The forward's measures count once, under the batch's workload; the requests' own under theirs
  t.equal(await metric(app, 'ringside_stage_duration_seconds_count{backend="u1r1",workload="t2v-1280x704-97f-10s-x2",stage="Denoising"}'), 1)
  t.equal(await metric(app, 'ringside_stage_duration_seconds_count{backend="u1r1",workload="t2v-1280x704-97f-10s",stage="Denoising"}'), 1)
  t.equal(await metric(app, 'ringside_request_duration_seconds_count{backend="u1r1",workload="t2v-1280x704-97f-10s",outcome="completed"}'), 3)
  // The router learnt the forward's time under the batch's workload, from its head alone
  const learnt = (await app.inject('/v1/backends')).json().data[0].workloads
  const mix = (key: string) => learnt.find(({ workload }: { workload: string }) => workload === key)
  t.match(mix('t2v-1280x704-97f-10s'), { completed: 1, expected_service_seconds: Number }, 'the lone job: one sample')
  t.match(mix('t2v-1280x704-97f-10s-x2'), { completed: 1, expected_service_seconds: Number }, 'the batch: one sample, its time learnt')
})

test('a job of another shape is not batched: the compatible one behind it goes first, it waits for the batch', async (t) => {
  const app = await batchingGateway(t)
  const ids = [await submit(app, {}), await submit(app, {}), await submit(app, { size: '832x480' }), await submit(app, {})]
  const [, b, other, d] = await completed(app, ids)
  t.same([b.batch?.head, d.batch?.head], [b.id, b.id], 'the second and the fourth ran together')
  t.equal(other.batch, null)
  t.ok(other.started_at >= b.completed_at, 'the other shape started when the batch ended')
})

test('a batch SGLang formed that the gateway did not predict: the job it had waiting still gets about its forward as service time', async (t) => {
  const app = await batchingGateway(t)
  // The gateway keeps an explicit guidance scale apart from an omitted one (it does not know the
  // model's default); this simulator, like SGLang after its defaults, batches the two
  const ids = [await submit(app, {}), await submit(app, { guidance_scale: 5 }), await submit(app, {})]
  const [, b, c] = await completed(app, ids)
  t.same([b.batch, c.batch], [null, null], 'no batch in the gateway\'s view')
  // one after the other, c would end a whole forward after b
  t.ok(Math.abs(c.completed_at - b.completed_at) < c.inference_time_seconds / 2, 'yet they ended together: one forward upstream')
  for (const job of [b, c]) {
    const service = job.completed_at - job.started_at
    // at least the forward, or the queue's own start when that is within the bound's 20% (src/jobs/job.ts)
    t.ok(service >= 0.8 * job.inference_time_seconds, `${job.id}: service ${service} s against its ${job.inference_time_seconds} s forward`)
  }
})

test('batching_max_size on a TI2V model: no effect (SGLang batches only T2V and T2I), so a missing record is missing', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic' })
  const app = await build(t, { backends: [{ ...u1r2.config, batching_max_size: 4 }] })
  await ready(app)
  const warnings: string[] = await eventually(async () => {
    const found = (await app.inject('/v1/backends')).json().data[0].warnings
    return found.length > 0 && found
  })
  t.match(warnings[0], /^batching_max_size 4 has no effect: SGLang batches only T2V and T2I pipelines .*this backend's model is TI2V/)
  u1r2.simulator.setFaults({ perfRecordMissing: true })
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'u1r2' } })
  const job = await eventually(async () => {
    const found = (await app.inject(`/v1/video/jobs/${res.json().id}`)).json()
    return found.status === 'completed' && found
  })
  t.equal(job.batch, null)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="missing"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="not_logged"}'), 0)
})

test('batching_max_size above 999 is refused by name: a batch is measured as a workload whose -xN has three digits at most', async (t) => {
  const backend = { name: 'b', urls: ['http://127.0.0.1:1'], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }
  t.throws(() => loadConfig({ RINGSIDE_BACKENDS: JSON.stringify([{ ...backend, batching_max_size: 1000 }]) }),
    new ConfigError('RINGSIDE_BACKENDS (/backends/0/batching_max_size) must be <= 999'))
  t.equal(loadConfig({ RINGSIDE_BACKENDS: JSON.stringify([{ ...backend, batching_max_size: 999 }]) }).backends[0]?.batching_max_size, 999)
})
