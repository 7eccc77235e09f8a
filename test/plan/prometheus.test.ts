import { test } from 'tap'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { finiteValues, startPrometheus } from '../observability/helper.ts'
import { durationSeconds } from '../../src/plan/prometheus.ts'

const seedWorkload = 't2v-1280x704-121f-50s'

test('PromQL durations in seconds', async (t) => {
  t.equal(durationSeconds('90s'), 90)
  t.equal(durationSeconds('1h'), 3600)
  t.equal(durationSeconds('500ms'), 0.5)
  t.throws(() => durationSeconds('1h30m'), RangeError)
})

test('two replicas\' traffic planned as one from a real Prometheus, where each alone has too few samples', async (t) => {
  const timeScale = 0.01
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
  const scraped = async (expr: string, value: number) =>
    eventually(async () => finiteValues(await prometheus.query(expr))[0] === value, { timeoutMs: 40_000, intervalMs: 250 })
  // the zeroed series scraped before the traffic, so the window's growth and rate() see all of it
  await scraped(`count(ringside_service_duration_seconds_count{workload="${seedWorkload}"})`, 4)

  // 2 jobs per backend on each replica: 4 per backend in the fleet, 2 (< 3) on either replica alone
  for (const gateway of gateways) {
    for (let k = 0; k < 2; k++) {
      for (const backend of ['u1r2', 'u1r1']) {
        const payload = { prompt: `a heron ${k}`, backend, num_frames: 121 }
        const res = await gateway.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=20' }, payload })
        t.equal(res.json().status, 'completed')
      }
    }
  }
  t.same((await gateways[0]!.inject('/v1/plan?gpus=2&source=gateway')).json().fleets, [], 'one replica alone: not enough samples')
  await scraped(`sum(ringside_service_duration_seconds_count{workload="${seedWorkload}"})`, 8)

  const reader = await build(t, { backends, prometheusUrl: prometheus.url, prometheusWindow: '1h' })
  const plan = await eventually(async () => {
    const p = (await reader.inject('/v1/plan?gpus=2&rate=0')).json()
    return p.fleets.length > 0 && p
  }, { timeoutMs: 20_000, intervalMs: 250 })
  t.equal(plan.source, 'prometheus', 'Prometheus is the default source when configured')
  t.same(plan.samples.map((s: { config: string, workload: string, count: number }) => [s.config, s.workload, s.count]),
    [['u1r2', seedWorkload, 4], ['u1r1', seedWorkload, 4]])
  t.same(plan.recommendations.map((r: { goal: string, fleet: string }) => [r.goal, r.fleet]),
    [['throughput', '2 x u1r1'], ['latency', '1 x u1r2'], ['cost', '2 x u1r1']])
  // 8 jobs over the 1 h window
  t.same([plan.window.seconds, plan.window.completed, plan.window.ratePerHour], [3600, 8, 8])
  // the seed's 63.74 s and 90.63 s at a time scale of 0.01, as the gateways measured them
  const capacity = Object.fromEntries(plan.fleets.map((row: { fleet: string, capacityPerHour: number }) => [row.fleet, row.capacityPerHour]))
  const ratio = capacity['2 x u1r1'] / capacity['1 x u1r2']
  t.ok(Math.abs(ratio - 2 * 63.74 / 90.63) < 0.1, `capacity ratio ${ratio}`)
  t.match((await reader.inject('/v1/plan.md?gpus=2&rate=0')).body, /from every replica's jobs \(Prometheus\)/)
})

test('when Prometheus cannot answer, the plan falls back to this gateway and says so; asking for it is a 502', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], prometheusUrl: 'http://127.0.0.1:9', headersTimeoutMs: 500 })
  const fallback = (await app.inject('/v1/plan?gpus=2')).json()
  t.equal(fallback.source, 'gateway')
  t.match(fallback.notes[0], /Prometheus could not answer/)
  const explicit = await app.inject('/v1/plan?gpus=2&source=prometheus')
  t.equal(explicit.statusCode, 502)
  t.equal(explicit.json().code, 'RINGSIDE_PROMETHEUS_UNAVAILABLE')
  t.match(explicit.json().message, /127\.0\.0\.1:9/)
})
