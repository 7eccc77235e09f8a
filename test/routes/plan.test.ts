import { test } from 'tap'
import { build, ready, sequentialTraffic, startTestBackend } from '../helper.ts'

// A time scale of 0.01 (0.64 s and 0.91 s a video): at the helper's 0.001 the gateway's polls and the
// first job's set-up are a visible part of a 64 ms service time
async function seedGateway (t: Parameters<typeof build>[0]) {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.01 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.01 })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  return app
}

test('a plan asked before any traffic is a 200 that says what it needs, with no fleet rows', async (t) => {
  const app = await seedGateway(t)
  const res = await app.inject('/v1/plan?gpus=2')
  t.equal(res.statusCode, 200)
  const plan = res.json()
  t.same(plan.fleets, [])
  t.same(plan.recommendations, [])
  t.equal(plan.window, null)
  t.match(plan.needs[0], /completed jobs: at least 3 of a workload on each of u1r2, u1r1/)
  const md = await app.inject('/v1/plan.md?gpus=2')
  t.equal(md.statusCode, 200)
  t.match(md.headers['content-type'], /^text\/markdown/)
  t.match(md.body, /## Not enough to plan yet/)
})

test('bad input is a 400 naming the parameter and, for names, the accepted values', async (t) => {
  const app = await seedGateway(t)
  const cases: Array<[string, RegExp]> = [
    ['gpus=0', /^querystring\.gpus must be >= 1/],
    ['gpus=1.5', /^querystring\.gpus must be integer/],
    ['', /^querystring\.gpus is required/],
    ['gpus=2&rate=fast', /^querystring\.rate must be number/],
    ['gpus=2&rate=Infinity', /^rate: must be a finite number/],
    ['gpus=2&configs=u1r2,u9r9', /^configs: unknown "u9r9" \(accepted: u1r2, u1r1\)/],
    ['gpus=2&workload=t2v-1x1-1f-1s', /^workload: unknown "t2v-1x1-1f-1s" \(accepted: t2v-1280x704-97f-50s, t2v-1280x704-121f-50s/]
  ]
  for (const [query, message] of cases) {
    const res = await app.inject(`/v1/plan?${query}`)
    t.equal(res.statusCode, 400, query)
    t.match(res.json().message, message, query)
  }
})

test('after the seed\'s traffic, 2 GPUs: 2 x u1r1 for throughput and u1r2 for a lone request, resting on the samples named', async (t) => {
  const app = await seedGateway(t)
  await sequentialTraffic(t, app, 3)
  const res = await app.inject('/v1/plan?gpus=2&rate=0&slo_p95_seconds=1000')
  t.equal(res.statusCode, 200)
  const plan = res.json()
  t.same(plan.fleets.map((row: { fleet: string }) => row.fleet).sort(), ['1 x u1r2', '2 x u1r1'])
  t.same(plan.recommendations.map((r: { goal: string, fleet: string }) => [r.goal, r.fleet]),
    [['throughput', '2 x u1r1'], ['latency', '1 x u1r2'], ['cost', '2 x u1r1']])
  // the simulators run the seed's 63.74 s and 90.63 s at a time scale of 0.01, 1% jitter: the capacities'
  // ratio is 2 x 63.74 / 90.63 = 1.407 to within the jitter and the poll's granularity
  const capacity = Object.fromEntries(plan.fleets.map((row: { fleet: string, capacityPerHour: number }) => [row.fleet, row.capacityPerHour]))
  const ratio = capacity['2 x u1r1'] / capacity['1 x u1r2']
  t.ok(Math.abs(ratio - 2 * 63.74 / 90.63) < 0.1, `capacity ratio ${ratio}`)
  t.same(plan.samples.map((s: { config: string, workload: string, count: number }) => [s.config, s.workload, s.count]),
    [['u1r2', 't2v-1280x704-121f-50s', 3], ['u1r1', 't2v-1280x704-121f-50s', 3]])
  t.equal(plan.window.completed, 6)
  t.equal(plan.rateSource, 'given')
  // with no rate the plan takes the one observed over the window of those 6 jobs
  const observed = (await app.inject('/v1/plan?gpus=2')).json()
  t.equal(observed.rateSource, 'observed')
  t.ok(observed.ratePerHour > 0)
  // one configuration asked: its fleets only
  t.same((await app.inject('/v1/plan?gpus=2&configs=u1r1')).json().fleets.map((row: { fleet: string }) => row.fleet), ['2 x u1r1'])
  const md = await app.inject({ url: '/v1/plan?gpus=2&rate=0', headers: { accept: 'text/markdown' } })
  t.match(md.headers['content-type'], /^text\/markdown/)
  t.match(md.body, /\*\*Most throughput\*\*: 2 x u1r1/)
  t.match(md.body, /\| u1r2 \| t2v-1280x704-121f-50s \| 3 \|/)
  t.equal((await app.inject('/v1/plan?gpus=2&rate=0&format=md')).body, md.body)
})

test('the /compare page has the plan for the pair\'s larger configuration\'s GPUs, linking to the full plan', async (t) => {
  const app = await seedGateway(t)
  const before = await app.inject('/compare')
  t.equal(before.statusCode, 200)
  t.match(before.body, /<section class="card" id="plan"><h2>How to split 2 GPUs<\/h2>/)
  t.match(before.body, /Not enough to plan yet/)
  await sequentialTraffic(t, app, 3)
  const page = (await app.inject('/compare')).body
  t.match(page, /href="\/v1\/plan\.md\?gpus=2"/)
  t.match(page, /<li data-goal="throughput"><strong>Most throughput<\/strong>: 2 x u1r1/)
  t.match(page, /<tr data-fleet="1 x u1r2">/)
})
