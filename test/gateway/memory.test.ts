// Per-request GPU memory end to end (issue #13 item 1): a gateway in front of a real simulator
// on port 0, whose records follow SGLang's snapshots (peaks reset per forward, load_peak and
// runtime_peak the backend's own).
import { test } from 'tap'
import { buildServer } from '../../src/server.ts'
import { loadConfig } from '../../src/config.ts'
import { build, generateCompleted, metric, ready, startTestBackend, testSecret } from '../helper.ts'

const MIB = 2 ** 20
const GIB = 2 ** 30

test('a small job after a large one shows its own peak in its view and in the metrics, not the large one\'s', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', jitter: 0 })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  // The large one is the seed page's request (121 frames): 20.07 GiB reserved on u1r2 (sgl-project/sglang PR #20998)
  const large = await generateCompleted(app, { num_frames: 121 })
  const small = await generateCompleted(app, { size: '480x272', seconds: 1 })
  t.equal(small.record_source, 'performance_log')
  t.ok(Math.abs(large.memory.peak_reserved_bytes / GIB - 20.07) < 0.01, `large ${large.memory.peak_reserved_bytes / GIB} GiB`)
  // By hand (docs/performance-model.md): on u1r2 a token holds 2 B x (2 x 14336 + 8 x 3072) / 2 ranks
  // of activations plus 2 K/V blocks of 3072 x 2 B, 65,536 B, and a decoded pixel 12 B. The large
  // one has 31 x 22 x 40 = 27,280 tokens and 121 x 1280 x 704 pixels, the small 7 x 8 x 15 = 840
  // and 25 x 480 x 272: it allocates 26,440 x 65,536 + 12 x 105,771,520 B = 2.7966 GiB less
  const lessAllocated = (26_440 * 65_536 + 12 * 105_771_520) / GIB
  const allocatedDrop = (large.memory.peak_allocated_bytes - small.memory.peak_allocated_bytes) / GIB
  t.ok(Math.abs(allocatedDrop - lessAllocated) < 0.001, `small allocates ${allocatedDrop} GiB less, by hand ${lessAllocated}`)
  // the allocator's overhead never shrinks with less work, so reserved drops at least as much
  t.ok(small.memory.peak_reserved_bytes <= large.memory.peak_reserved_bytes - lessAllocated * GIB, `small ${small.memory.peak_reserved_bytes / GIB} GiB`)
  // The backend's job object says the same through HTTP: SGLang's peak_memory_mb is per forward too
  const upstream = (await app.inject(`/v1/videos/${small.id}`)).json()
  t.ok(Math.abs(small.memory.peak_reserved_bytes - upstream.peak_memory_mb * MIB) < 0.01 * MIB, 'the job object\'s peak_memory_mb agrees')

  const series = 'ringside_gpu_peak_reserved_bytes'
  t.equal(await metric(app, `${series}_count{backend="u1r2"}`), 2)
  t.equal(await metric(app, `${series}_sum{backend="u1r2"}`), large.memory.peak_reserved_bytes + small.memory.peak_reserved_bytes)
  // the backend's figures, apart: SGLang's H100 CI load peak for Wan2.2-TI2V-5B, and the running max
  t.equal(await metric(app, 'ringside_gpu_model_load_peak_reserved_bytes{backend="u1r2",replica="0"}'), 17610 * MIB)
  t.equal(await metric(app, 'ringside_gpu_runtime_peak_reserved_bytes{backend="u1r2",replica="0"}'), large.memory.peak_reserved_bytes)
})

test('a record with a memory field of the wrong type is counted corrupt with the field named in the log, and no wrong number is shown', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', jitter: 0 })
  const lines: Array<{ msg: string, reason?: string, backend?: string }> = []
  const stream = { write (line: string) { lines.push(JSON.parse(line)) } }
  const config = loadConfig({}, {
    jobSecret: testSecret, healthIntervalMs: 200, perfRecordWaitMs: 200, maxEventLoopDelayMs: 0, logLevel: 'warn', backends: [u1r2.config]
  })
  const app = await buildServer(config, { level: 'warn', stream })
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  u1r2.simulator.setFaults({ perfRecordMistyped: true })
  const job = await generateCompleted(app, { num_frames: 121 })
  t.equal(job.record_source, 'job', 'the job object stands in for the rejected record')
  t.equal(job.memory.peak_allocated_bytes, null, 'the job object knows no allocated peak: null, not a guess')
  t.ok(Math.abs(job.memory.peak_reserved_bytes / GIB - 20.07) < 0.01)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="corrupt"}'), 1)
  const rejected = lines.find((line) => line.msg === 'stage record in the performance.log rejected')
  t.equal(rejected?.backend, 'u1r2')
  t.match(rejected?.reason, /^memory_snapshots\.after_forward\.peak_reserved_mb must be a non-negative number of MiB, got "\d+\.\d+"$/)
})
