import { test } from 'tap'
import { spawnSync } from 'node:child_process'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { metricNames } from '../../src/metrics/names.ts'

// What a request naming nothing runs on Wan2.2-TI2V-5B: 24 fps x 4 s floored to 97 frames, 1280x704, 50 steps
const defaultWorkload = 't2v-1280x704-97f-50s'

const stages = ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding']

test('/metrics shows every stage, step, memory and end-to-end series for both backends, lint-clean', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)

  const before = await app.inject('/metrics')
  t.match(before.body, `${metricNames.backendUp}{backend="u1r2"} 1`)
  t.match(before.body, `${metricNames.backendInfo}{backend="u1r2",sp_degree="2",ulysses_degree="1",ring_degree="2",num_gpus="2",model="Wan-AI/Wan2.2-TI2V-5B-Diffusers",gpu="",UUID=""} 1`, 'no gpus configured: one series, no GPU to join')
  t.match(before.body, `${metricNames.requestDuration}_count{backend="u1r1",workload="${defaultWorkload}",outcome="completed"} 0`, 'zeroed before the first job')

  for (const backend of ['u1r2', 'u1r1']) {
    await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=10' }, payload: { prompt: 'a glass of water', backend } })
  }
  const res = await eventually(async () => {
    const r = await app.inject('/metrics')
    return r.body.includes(`${metricNames.jobs}{backend="u1r1",outcome="completed"} 1`) && r
  })
  t.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  for (const backend of ['u1r2', 'u1r1']) {
    for (const stage of stages) t.match(res.body, `${metricNames.stageDuration}_count{backend="${backend}",workload="${defaultWorkload}",stage="${stage}"} 1`)
    t.match(res.body, `${metricNames.denoiseStepDuration}_count{backend="${backend}",workload="${defaultWorkload}"} 50`)
    t.match(res.body, `${metricNames.gpuPeakReserved}_count{backend="${backend}",workload="${defaultWorkload}"} 1`)
    t.match(res.body, `${metricNames.gpuPeakAllocated}_count{backend="${backend}",workload="${defaultWorkload}"} 1`)
    t.match(res.body, `${metricNames.requestDuration}_count{backend="${backend}",workload="${defaultWorkload}",outcome="completed"} 1`)
    t.match(res.body, `${metricNames.stageRecords}{backend="${backend}",outcome="found"} 1`)
  }
  t.match(res.body, 'process_cpu_seconds_total', 'process metrics are exposed too')

  // promtool lints the app's own registry; prom-client's default process metrics are exempt
  // (nodejs_active_handles_total is a gauge), see observability.md.
  const own = await app.metricsRegistry.metrics()
  const lint = spawnSync('promtool', ['check', 'metrics'], { input: own, encoding: 'utf8' })
  t.equal(lint.status, 0, `promtool check metrics: ${lint.stdout}${lint.stderr}`)
  t.equal(lint.stdout.trim(), '', 'no lint findings')
})
