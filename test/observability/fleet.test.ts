import { test } from 'tap'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { finiteValues, startPrometheus } from './helper.ts'

test('several gateways give one table: /v1/compare reads the fleet from a real Prometheus', async (t) => {
  const timeScale = 0.005
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale })
  const backends = [u1r2.config, u1r1.config]
  const gateways = [await build(t, { backends }), await build(t, { backends })]
  const targets = []
  for (const gateway of gateways) {
    await ready(gateway)
    targets.push(new URL(await gateway.listen({ port: 0, host: '127.0.0.1' })).host)
  }
  const prometheus = await startPrometheus(t, {
    global: { scrape_interval: '1s', evaluation_interval: '1s' },
    scrape_configs: [{ job_name: 'ringside', static_configs: [{ targets }] }]
  })

  const generate = async (gateway: typeof gateways[number], backend: string, k: number, shape: Record<string, unknown> = {}) => {
    // The seed's request (121 frames) unless a test asks for another shape
    const payload = { prompt: `a gull ${k}`, backend, num_frames: 121, ...shape }
    const res = await gateway.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=20' }, payload })
    t.equal(res.json().status, 'completed')
  }
  const scraped = async (expr: string, value: number) =>
    eventually(async () => finiteValues(await prometheus.query(expr))[0] === value, { timeoutMs: 40_000, intervalMs: 250 })

  // One job per backend on each replica reveals the stage names, and Prometheus must have
  // scraped their series before the measured traffic, or increase() cannot see it.
  for (const gateway of gateways) for (const backend of ['u1r2', 'u1r1']) await generate(gateway, backend, 0)
  await scraped('count(ringside_stage_duration_seconds_count{stage="Denoising"})', 4)

  // Each replica sees only its own traffic: 3 jobs per backend on one, 2 on the other.
  const perGateway = [3, 2]
  for (const [i, gateway] of gateways.entries()) {
    for (let k = 1; k <= perGateway[i]!; k++) for (const backend of ['u1r2', 'u1r1']) await generate(gateway, backend, k)
  }
  t.equal((await gateways[1]!.inject('/v1/compare?source=gateway')).json().total.candidate.n, 3, 'one replica alone sees its own 3')
  await scraped('sum(ringside_request_duration_seconds_count{backend="u1r1",outcome="completed"})', 7)
  // A smaller workload on the second replica only: the reader knows its key from Prometheus alone
  const small = 't2v-640x352-25f-50s'
  for (let k = 1; k <= 2; k++) for (const backend of ['u1r2', 'u1r1']) await generate(gateways[1]!, backend, k, { size: '640x352', num_frames: 25 })
  await scraped(`sum(ringside_request_duration_seconds_count{backend="u1r1",outcome="completed",workload="${small}"})`, 2)

  // A third replica with no traffic of its own answers for the fleet, once rate() has the jobs.
  const reader = await build(t, { backends, prometheusUrl: prometheus.url, prometheusWindow: '1h' })
  const report = await eventually(async () => {
    const r = (await reader.inject('/v1/compare')).json()
    return r.total.candidate.n >= 7 && r.total.baseline.n >= 7 && r.stages.length > 0 && r
  }, { timeoutMs: 20_000, intervalMs: 250 })
  t.equal(report.source, 'prometheus', 'Prometheus is the default source when configured')
  // 7 jobs per backend in all, warmup included: the series exist from 0 at start.
  t.equal(report.total.candidate.n, 7, 'fleet-wide n')
  t.equal(report.total.baseline.n, 7)
  const stage = (name: string) => report.stages.find((s: { name: string }) => s.name === name)
  t.ok(Math.abs(stage('Denoising').speedup - 1.36) < 0.04, `Denoising ${stage('Denoising').speedup}`)
  t.ok(Math.abs(stage('Decoding').speedup - 1.75) < 0.06, `Decoding ${stage('Decoding').speedup}`)
  t.equal(stage('Denoising').speedup_ci95, null, 'Prometheus keeps no samples: no interval')
  const memory = Object.fromEntries(report.memory.map((row: { name: string }) => [row.name, row]))
  t.ok(Math.abs(memory.peak_gpu_memory.candidate - 20.07) < 0.1, `u1r2 peak ${memory.peak_gpu_memory.candidate}`)
  t.ok(Math.abs(memory.peak_gpu_memory.baseline - 27.40) < 0.1)
  // SGLang's H100 CI load peak for Wan2.2-TI2V-5B (17610 MiB), one replica though two gateways export it
  t.same([memory.model_load_peak.candidate, memory.model_load_peak.n], [17610 / 1024, { baseline: 1, candidate: 1 }])
  // Service times are the gateways' wall clocks on a shared machine: a looser bound than the stages'.
  t.ok(Math.abs(report.cost.parallel_efficiency - 0.71) < 0.15, `efficiency ${report.cost.parallel_efficiency}`)

  // The same numbers as the gateway that saw most of the traffic, within the histograms' rounding.
  const local = (await gateways[0]!.inject('/v1/compare?source=gateway')).json()
  t.ok(Math.abs(local.stages.find((s: { name: string }) => s.name === 'Denoising').speedup - stage('Denoising').speedup) < 0.03)
  t.match((await reader.inject('/v1/compare.md')).body, '| Stage / Metric | u1r2 (s) | u1r1 baseline (s) | Speedup |')

  // One workload per report from Prometheus too: the 7/7 seed-sized ones, the small ones apart
  t.equal(report.workload, 't2v-1280x704-121f-50s')
  t.equal(report.workload_choice, 'most samples')
  // Tokens from the key by hand: 7 latent frames x 11 x 20
  t.same(report.workloads.find((w: { key: string }) => w.key === small), { key: small, name: null, tokens: 1540, n: { baseline: 2, candidate: 2 } })
  const smallReport = (await reader.inject(`/v1/compare?workload=${small}`)).json()
  t.same([smallReport.source, smallReport.workload, smallReport.total.baseline.n, smallReport.total.candidate.n], ['prometheus', small, 2, 2])
  t.same(report.scaling.points.map((p: { workload: string }) => p.workload), [small, 't2v-1280x704-121f-50s'])
  // Queried a moment apart, so the windows' extrapolation can differ in the last digits
  const grouped = report.scaling.points[1].denoising.speedup
  t.ok(Math.abs(grouped - stage('Denoising').speedup) < 1e-3, `the grouped query agrees with the workload's own: ${grouped}`)
  t.equal(report.scaling.points[0].denoising.ci95, null, 'no interval from Prometheus')
  const unknown = await reader.inject('/v1/compare?workload=t2v-64x64-5f-2s')
  t.equal(unknown.statusCode, 400, 'an unknown workload is the caller\'s 400, not a Prometheus failure')
  t.match(unknown.json().message, small)
})

test('when Prometheus cannot answer, the default falls back to this gateway and says so; asking for it is a 502', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], prometheusUrl: 'http://127.0.0.1:9', headersTimeoutMs: 500 })
  const fallback = (await app.inject('/v1/compare?baseline=u1r2&candidate=u1r2')).json()
  t.equal(fallback.source, 'gateway')
  t.match(fallback.source_note, /Prometheus could not answer/)
  const explicit = await app.inject('/v1/compare?baseline=u1r2&candidate=u1r2&source=prometheus')
  t.equal(explicit.statusCode, 502)
  t.equal(explicit.json().code, 'RINGSIDE_PROMETHEUS_UNAVAILABLE')
  t.match(explicit.json().message, /127\.0\.0\.1:9/)
})
