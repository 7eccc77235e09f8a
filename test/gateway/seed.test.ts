import { test } from 'tap'
import { build, ready, sequentialTraffic, startTestBackend } from '../helper.ts'

// The seed page (RTX 40-series, Wan2.2-TI2V-5B): what /v1/compare must reproduce from traffic.
const seed = {
  speedup: { Denoising: 1.36, Decoding: 1.75, Total: 1.42 },
  peakReservedGiB: { u1r2: 20.07, u1r1: 27.40 },
  peakAllocatedGiB: { u1r2: 13.35, u1r1: 20.40 }
}

test('/v1/compare after a few requests per backend reproduces the seed page within the simulator\'s jitter', async (t) => {
  // Total and the cost rows are the gateway's own submit-to-completed clock: at 0.01 a u1r2 video
  // takes 0.64 s, so a poll or a busy event loop moves the ratio by a few percent at most
  const timeScale = 0.01
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)

  const empty = (await app.inject('/v1/compare')).json()
  t.equal(empty.total.speedup, null, 'no samples, no speedup')
  t.match(empty.verdict, /^Not enough samples for a verdict/)

  const perBackend = 4
  await sequentialTraffic(t, app, perBackend)

  const report = (await app.inject('/v1/compare')).json()
  t.equal(report.baseline.name, 'u1r1')
  t.equal(report.candidate.name, 'u1r2')
  t.same(report.stages.map((s: { name: string }) => s.name), ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding'])
  for (const row of report.stages) {
    t.equal(row.baseline.n, perBackend, `${row.name} baseline n`)
    t.equal(row.candidate.n, perBackend, `${row.name} candidate n`)
  }
  const stage = (name: string) => report.stages.find((s: { name: string }) => s.name === name)
  t.ok(Math.abs(stage('Denoising').speedup - seed.speedup.Denoising) < 0.04, `Denoising speedup ${stage('Denoising').speedup}`)
  t.ok(Math.abs(stage('Decoding').speedup - seed.speedup.Decoding) < 0.05, `Decoding speedup ${stage('Decoding').speedup}`)
  t.ok(Math.abs(report.total.speedup - seed.speedup.Total) < 0.08, `Total speedup ${report.total.speedup}`)
  t.ok(Math.abs(stage('Denoising').candidate.mean_seconds - 52.6358 * timeScale) < 52.6358 * timeScale * 0.03, 'Denoising seconds are the seed\'s, scaled')

  const memory = Object.fromEntries(report.memory.map((row: { name: string }) => [row.name, row]))
  t.ok(Math.abs(memory.peak_gpu_memory.candidate - seed.peakReservedGiB.u1r2) < 0.1, `u1r2 peak ${memory.peak_gpu_memory.candidate}`)
  t.ok(Math.abs(memory.peak_gpu_memory.baseline - seed.peakReservedGiB.u1r1) < 0.1, `u1r1 peak ${memory.peak_gpu_memory.baseline}`)
  t.ok(Math.abs(memory.peak_allocated.candidate - seed.peakAllocatedGiB.u1r2) < 0.1)
  t.ok(Math.abs(memory.peak_gpu_memory.delta - (-7.33)) < 0.15, `delta ${memory.peak_gpu_memory.delta}`)
  t.ok(Math.abs(memory.overhead_ratio.candidate - 0.335) < 0.01, `u1r2 overhead ratio ${memory.overhead_ratio.candidate}`)
  t.ok(Math.abs(memory.overhead_ratio.baseline - 0.256) < 0.01, `u1r1 overhead ratio ${memory.overhead_ratio.baseline}`)

  // 2 GPUs x 63.74 s against 1 x 90.63 s: 71% parallel efficiency.
  t.ok(Math.abs(report.cost.parallel_efficiency - 0.71) < 0.04, `efficiency ${report.cost.parallel_efficiency}`)
  t.equal(report.cost.candidate.num_gpus, 2)
  t.ok(report.queue_wait.candidate.mean_seconds < 0.01 * 63.74 * timeScale + 0.005, 'sequential jobs barely wait')

  // The seed's speedups lie within the intervals the report prints.
  for (const [name, value] of [['Denoising', seed.speedup.Denoising], ['Decoding', seed.speedup.Decoding]] as const) {
    const ci = stage(name).speedup_ci95
    t.ok(ci.low <= value + 0.01 && value - 0.01 <= ci.high, `${name} ${value} in [${ci.low}, ${ci.high}]`)
    t.equal(stage(name).significant, true)
  }
  t.match(report.verdict, /^End-to-end latency improves from 0\.\d+ s to 0\.\d+ s \(1\.\d\dx, 95% CI/)
  t.match(report.verdict, /Main gains come from Denoising \(1\.3\dx\) and Decoding \(1\.7\dx\)/)
  t.match(report.verdict, /Absolute memory drops on u1r2 \(Peak GPU Memory -7\.\d\d GiB/)
  t.match(report.verdict, /Overhead ratio rises \(\+\d\.\dpp\)/)

  const markdown = await app.inject({ url: '/v1/compare', headers: { accept: 'text/markdown' } })
  t.equal(markdown.headers['content-type'], 'text/markdown; charset=utf-8')
  for (const heading of ['| Stage / Metric | u1r2 (s) | u1r1 baseline (s) | Speedup |', '| Memory Metric | u1r2 (GiB) | u1r1 baseline (GiB) | Delta |']) {
    t.ok(markdown.body.includes(heading), heading)
  }
  for (const rowName of ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding', 'Total', 'Peak GPU Memory', 'Peak Allocated', 'Memory Overhead', 'Overhead Ratio']) {
    t.match(markdown.body, new RegExp(`^\\| ${rowName} \\|`, 'm'), rowName)
  }
  t.equal((await app.inject('/v1/compare.md')).body, markdown.body, '/v1/compare.md is the same document')
})
