import { test } from 'tap'
import { buildPlan } from '../../src/plan/plan.ts'
import type { PlanInputs, ServiceMoments } from '../../src/plan/inputs.ts'

const configs = [
  { name: 'u1r2', gpus: 2, parallel: 'sp2 ulysses1 ring2' },
  { name: 'u1r1', gpus: 1, parallel: 'sp1 ulysses1 ring1' }
]
const fixed = (meanSeconds: number, count = 5): ServiceMoments => ({ count, meanSeconds, varianceSeconds2: 0 })
const seedWorkload = 't2v-1280x704-121f-50s'

// The seed page's figures: u1r2 63.74 s on 2 GPUs, u1r1 90.63 s on 1 GPU
function seedInputs (overrides: Partial<PlanInputs> = {}): PlanInputs {
  return {
    configs,
    moments: { u1r2: { [seedWorkload]: fixed(63.74) }, u1r1: { [seedWorkload]: fixed(90.63) } },
    mix: [{ workload: seedWorkload, completed: 10, share: 1 }],
    window: null,
    ...overrides
  }
}

const close = (a: number, b: number, tolerance = 1e-6) => Math.abs(a - b) <= tolerance

test('with the seed\'s figures, 2 GPUs: 2 x u1r1 for throughput, u1r2 for a lone request', async (t) => {
  const plan = buildPlan(seedInputs(), { gpus: 2 })
  t.equal(plan.rateSource, 'none')
  t.same(plan.fleets.map((row) => row.fleet), ['2 x u1r1', '1 x u1r2'])
  const [twoU1r1, oneU1r2] = plan.fleets
  // 2 / 90.63 s = 0.0221 videos/s = 79.44/h; 1 / 63.74 s = 56.48/h
  t.ok(close(twoU1r1!.capacityPerHour, 2 * 3600 / 90.63), `${twoU1r1!.capacityPerHour}`)
  t.ok(close(oneU1r2!.capacityPerHour, 3600 / 63.74))
  t.equal(Number(twoU1r1!.capacityPerHour.toFixed(1)), 79.4)
  t.equal(Number(oneU1r2!.capacityPerHour.toFixed(1)), 56.5)
  // alone, with fixed service times, a video takes its service time
  t.ok(close(oneU1r2!.p95Seconds!, 63.74))
  t.ok(close(twoU1r1!.p95Seconds!, 90.63))
  // GPU-seconds per video: 63.74 s x 2 GPUs = 127.48; 90.63 s x 1 GPU
  t.ok(close(oneU1r2!.gpuSecondsPerVideo, 127.48))
  t.ok(close(twoU1r1!.gpuSecondsPerVideo, 90.63))
  t.same(plan.recommendations.map(({ goal, fleet }) => [goal, fleet]), [['throughput', '2 x u1r1'], ['latency', '1 x u1r2'], ['cost', '2 x u1r1']])
  t.match(plan.recommendations[0]!.reason, /79\.4 videos\/h/)
  t.match(plan.recommendations[1]!.reason, /p95 63\.7 s for a lone request/)
})

test('a rate past a fleet\'s capacity saturates it: no latency, and it cannot meet the SLO', async (t) => {
  // 60/h: above u1r2's 56.48/h, below 2 x u1r1's 79.44/h
  const plan = buildPlan(seedInputs(), { gpus: 2, ratePerHour: 60, sloP95Seconds: 600 })
  const oneU1r2 = plan.fleets.find((row) => row.fleet === '1 x u1r2')!
  t.equal(oneU1r2.method, 'saturated')
  t.equal(oneU1r2.p95Seconds, null)
  t.equal(oneU1r2.meetsSlo, false)
  const twoU1r1 = plan.fleets.find((row) => row.fleet === '2 x u1r1')!
  t.ok(close(twoU1r1.load, 60 / (2 * 3600 / 90.63)))
  t.equal(plan.recommendations[1]!.fleet, '2 x u1r1')
})

test('above 90% load the planner answers from the routing simulation and says so', async (t) => {
  // 75/h on 2 x u1r1 (79.44/h) is 94% load
  const plan = buildPlan(seedInputs(), { gpus: 2, ratePerHour: 75 })
  const twoU1r1 = plan.fleets.find((row) => row.fleet === '2 x u1r1')!
  t.equal(twoU1r1.method, 'simulation')
  t.match(plan.notes.join('\n'), /routing simulation/)
  // at 40/h both are below 90%: the model
  t.same(buildPlan(seedInputs(), { gpus: 2, ratePerHour: 40 }).fleets.map((row) => row.method), ['model', 'model'])
})

test('a workload with fewer than 3 samples on a configuration is listed and the plan says what it needs', async (t) => {
  const plan = buildPlan(seedInputs({ moments: { u1r2: { [seedWorkload]: fixed(63.74) }, u1r1: { [seedWorkload]: fixed(90.63, 2) } } }), { gpus: 2 })
  t.same(plan.fleets, [])
  t.same(plan.notEnoughSamples, [{ config: 'u1r1', workload: seedWorkload, count: 2 }])
  t.match(plan.needs.join(' '), /3 completed jobs/)
})

test('before any traffic the plan has no rows and names what it lacks', async (t) => {
  const plan = buildPlan(seedInputs({ moments: {}, mix: [] }), { gpus: 8 })
  t.same(plan.fleets, [])
  t.match(plan.needs[0], /completed jobs.*u1r2, u1r1/)
})

test('the mix weighs each configuration\'s service time, variance between workloads included', async (t) => {
  const short = 't2v-832x480-33f-50s'
  const inputs = seedInputs({
    moments: { u1r2: { [seedWorkload]: fixed(63.74), [short]: fixed(10) }, u1r1: { [seedWorkload]: fixed(90.63), [short]: fixed(12) } },
    mix: [{ workload: seedWorkload, completed: 3, share: 0.75 }, { workload: short, completed: 1, share: 0.25 }]
  })
  const plan = buildPlan(inputs, { gpus: 2, configs: ['u1r1'] })
  t.same(plan.fleets.map((row) => row.fleet), ['2 x u1r1'])
  const u1r1 = plan.configs[0]!
  // E[S] = 0.75 x 90.63 + 0.25 x 12 = 70.9725; E[S^2] = 0.75 x 90.63^2 + 0.25 x 144 = 6196.3076...; SCV = E[S^2]/E[S]^2 - 1
  t.ok(close(u1r1.meanServiceSeconds, 70.9725))
  t.ok(close(u1r1.scv, (0.75 * 90.63 ** 2 + 0.25 * 144) / 70.9725 ** 2 - 1))
  // one workload asked: the mix is that workload alone
  t.ok(close(buildPlan(inputs, { gpus: 2, workload: short }).configs[1]!.meanServiceSeconds, 12))
})

test('the observed rate is used when none is given, and the answer says it rests on it', async (t) => {
  const window = { fromMs: 0, toMs: 3_600_000, seconds: 3600, completed: 31, ratePerHour: 30 }
  const plan = buildPlan(seedInputs({ window }), { gpus: 2 })
  t.equal(plan.rateSource, 'observed')
  t.equal(plan.ratePerHour, 30)
  t.same(plan.window, window)
  t.same(plan.samples.map(({ config, count }) => [config, count]), [['u1r2', 5], ['u1r1', 5]])
})

test('a fleet of several backends with variable service times is simulated at any load; one backend keeps the model', async (t) => {
  // SCV 0.25 (coefficient of variation 0.5): bench/results/planner.md has the model at 0.80-0.90x the simulation there
  const variable = (meanSeconds: number): ServiceMoments => ({ count: 5, meanSeconds, varianceSeconds2: (0.5 * meanSeconds) ** 2 })
  const moments = { u1r2: { [seedWorkload]: variable(63.74) }, u1r1: { [seedWorkload]: variable(90.63) } }
  const plan = buildPlan(seedInputs({ moments }), { gpus: 2, ratePerHour: 30 })
  t.same(plan.fleets.map((row) => [row.fleet, row.method]), [['2 x u1r1', 'simulation'], ['1 x u1r2', 'model']])
  t.match(plan.notes.join('\n'), /several backends with a service SCV above 0\.1/)
})
