import { test } from 'tap'
import { createRoutingPolicy } from '../../src/routing/policy.ts'
import { capacityJobsPerSecond, routeJobs, simulateRouting, SIMULATED_POLICY_NAMES } from '../../src/routing/simulation.ts'
import type { SimulationOptions } from '../../src/routing/simulation.ts'

// The seed's request alone, on the seed page's totals
const seed = { key: 't2v-1280x704-121f-50s', tokens: 27_280, steps: 50, outputs: 1, share: 1 }
const backends = [{ name: 'u1r2', gpus: 2, serviceSeconds: { [seed.key]: 63.74 } }, { name: 'u1r1', gpus: 1, serviceSeconds: { [seed.key]: 90.63 } }]
const workloads = [seed]

function run (overrides: Partial<SimulationOptions> = {}) {
  return simulateRouting({
    policy: 'fastest-completion', loadFraction: 0.8, jobs: 4000, warmupJobs: 400, seed: 7, backends, workloads, jitter: 0.05, ...overrides
  })
}

const at = (seconds: number[], workload = 0) => seconds.map((s) => ({ seconds: s, workload }))

test('the same seed gives the same run, another seed another one', async (t) => {
  t.same(run(), run())
  t.not(run().p95Seconds, run({ seed: 8 }).p95Seconds)
})

test('FIFO queues and the service times the policy learns are exact in a hand-computed case', async (t) => {
  const jobs = routeJobs({
    policy: createRoutingPolicy('fastest-completion'),
    backends: [{ name: 'a', gpus: 1, serviceSeconds: { [seed.key]: 10 } }, { name: 'b', gpus: 1, serviceSeconds: { [seed.key]: 20 } }],
    workloads,
    knowledge: 'workload',
    weights: 'replicas',
    arrivals: at([0, 1, 12, 13, 30]),
    serviceSeconds: (backend) => backend === 0 ? 10 : 20
  })
  t.same(jobs.map(({ backend, startSeconds, completionSeconds }) => [backend, startSeconds, completionSeconds]), [
    // nothing measured, both empty: the name decides
    [0, 0, 10],
    // a holds one job, b none
    [1, 1, 21],
    // a measured 10 s; b unmeasured is priced at the mean of the known, 2 x 10 = 20 > 10
    [0, 12, 22],
    // a 2 x 10 = 20, b 2 x 10 = 20, equal queues: the name; waits 9 s behind the job at a
    [0, 22, 32],
    // b has measured 20 s: a 2 x 10 = 20, b 1 x 20 = 20, b's queue is shorter
    [1, 30, 50]
  ])
})

test('a backend without a name the policy knows loses the job, and it is counted', async (t) => {
  const jobs = routeJobs({
    policy: { choose: () => 'nowhere' },
    backends,
    workloads,
    knowledge: 'workload',
    weights: 'replicas',
    arrivals: at([0, 1]),
    serviceSeconds: () => 1
  })
  t.same(jobs.map((job) => job.backend), [-1, -1])
})

test('no job is lost: every arrival has completed or is still queued at the end', async (t) => {
  for (const policy of SIMULATED_POLICY_NAMES) {
    for (const loadFraction of [0.5, 0.9, 1.1]) {
      const result = run({ policy, loadFraction, jobs: 2000, warmupJobs: 200 })
      t.equal(result.lost, 0, `${policy} at ${loadFraction}`)
      t.equal(result.completed + result.inQueueAtEnd, result.arrived, `${policy} at ${loadFraction}`)
      t.equal(result.endToEndSeconds.length, result.arrived)
    }
  }
})

test('pinned to u1r2 at 80% of combined capacity overloads it: its queue grows with the run', async (t) => {
  const short = run({ policy: 'pinned', jobs: 2000 })
  const long = run({ policy: 'pinned', jobs: 8000 })
  t.same(long.jobsPerBackend, { u1r2: 8000, u1r1: 0 })
  t.ok(long.inQueueAtEnd > 3 * short.inQueueAtEnd, `${short.inQueueAtEnd} then ${long.inQueueAtEnd} queued at the end`)
  // it completes at u1r2's own rate, 1 / 63.74 s, not at the offered rate
  t.ok(Math.abs(long.throughputJobsPerSecond * 63.74 - 1) < 0.01)
  t.ok(long.offeredJobsPerSecond * 63.74 > 1.3)
})

test('round robin splits jobs evenly whatever the speeds', async (t) => {
  t.same(run({ policy: 'round-robin' }).jobsPerBackend, { u1r2: 2000, u1r1: 2000 })
})

test('weighted by capacity splits jobs in proportion to each backend\'s rate', async (t) => {
  const share = (run({ policy: 'weighted' }).jobsPerBackend.u1r2 as number) / 4000
  const expected = (1 / 63.74) / (1 / 63.74 + 1 / 90.63)
  t.ok(Math.abs(share - expected) < 0.001, `${share} vs ${expected}`)
})

test('weighted with equal weights (one replica each, nothing measured) routes exactly like round robin', async (t) => {
  const { policy: _weighted, ...weighted } = run({ policy: 'weighted', weights: 'replicas' })
  const { policy: _roundRobin, ...roundRobin } = run({ policy: 'round-robin' })
  t.same(weighted, roundRobin)
})

test('fastest completion has a lower p95 than round robin at 80% load (seed 7)', async (t) => {
  const fastest = run({ jobs: 20000, warmupJobs: 2000 })
  const roundRobin = run({ policy: 'round-robin', jobs: 20000, warmupJobs: 2000 })
  t.ok(fastest.p95Seconds < roundRobin.p95Seconds, `${fastest.p95Seconds} < ${roundRobin.p95Seconds}`)
  t.ok(fastest.p50Seconds <= fastest.p95Seconds && fastest.p95Seconds <= fastest.p99Seconds)
})

test('a single FIFO backend with Poisson arrivals waits as Pollaczek-Khinchine predicts', async (t) => {
  // M/D/1 at utilisation 0.5 and 10 s service: W = rho S / (2 (1 - rho)) = 5 s
  const result = simulateRouting({
    policy: 'round-robin',
    loadFraction: 0.5,
    jobs: 50000,
    warmupJobs: 1000,
    seed: 3,
    backends: [{ name: 'only', gpus: 1, serviceSeconds: { [seed.key]: 10 } }],
    workloads,
    jitter: 0
  })
  t.ok(Math.abs(result.meanQueueWaitSeconds - 5) < 0.25, `mean wait ${result.meanQueueWaitSeconds} s`)
  t.ok(Math.abs(result.throughputJobsPerSecond / result.offeredJobsPerSecond - 1) < 0.02)
})

test('nonsense options are refused with the option named', async (t) => {
  t.throws(() => run({ loadFraction: 0 }), /loadFraction/)
  t.throws(() => run({ jobs: 1 }), /jobs/)
  t.throws(() => run({ warmupJobs: -1 }), /warmupJobs/)
  t.throws(() => run({ jitter: -0.1 }), /jitter/)
  t.throws(() => run({ backends: [] }), /backend/)
  t.throws(() => run({ workloads: [] }), /workload/)
  t.throws(() => run({ workloads: [{ ...seed, share: 0 }] }), /share/)
  t.throws(() => run({ workloads: [seed, { ...seed, key: 'unpriced' }] }), /u1r2 needs a service time > 0 for workload unpriced/)
})

// Two shapes whose speed is reversed between two backends: a runs the big one faster, b the small one
const small = { key: 'small', tokens: 5070, steps: 50, outputs: 1, share: 0.75 }
const big = { key: 'big', tokens: 130_816, steps: 50, outputs: 1, share: 0.25 }
const reversed = [{ name: 'a', gpus: 2, serviceSeconds: { small: 20, big: 100 } }, { name: 'b', gpus: 1, serviceSeconds: { small: 10, big: 200 } }]

function routeReversed (knowledge: 'workload' | 'backend') {
  const arrivals = [[0, 0], [1, 0], [30, 1], [231, 1], [400, 0], [401, 1]].map(([seconds, workload]) => ({ seconds: seconds!, workload: workload! }))
  return routeJobs({
    policy: createRoutingPolicy('fastest-completion'),
    backends: reversed,
    workloads: [small, big],
    knowledge,
    weights: 'replicas',
    arrivals,
    serviceSeconds: (backend, workload) => reversed[backend]!.serviceSeconds[workload === 0 ? 'small' : 'big']!
  }).map(({ backend, startSeconds, completionSeconds }) => [reversed[backend]!.name, startSeconds, completionSeconds])
}

test('knowing the workload, fastest completion sends each shape where it runs fastest; blind, by the backends\' means', async (t) => {
  t.same(routeReversed('workload'), [
    // nothing learned: the name, then the shorter queue
    ['a', 0, 20],
    ['b', 1, 11],
    // big is new to both, each knows one size: priced at its mean, a 20 s, b 10 s
    ['b', 30, 230],
    // b learned big is 200 s; a still prices it at its mean, 20 s
    ['a', 231, 331],
    // small: a 20 s, b 10 s
    ['b', 400, 410],
    // big: a 100 s; b 10 s of small ahead plus 200 s
    ['a', 401, 501]
  ])
  t.same(routeReversed('backend'), [
    ['a', 0, 20],
    ['b', 1, 11],
    ['b', 30, 230],
    // means: a 20, b 0.3 x 200 + 0.7 x 10 = 67
    ['a', 231, 331],
    // a 0.3 x 100 + 0.7 x 20 = 44 < 67: the small job goes to the slow-for-small a
    ['a', 400, 420],
    // a 2 x 44 = 88 > b 67: the big job to b, twice as slow for it
    ['b', 401, 601]
  ])
})

test('the capacity of a mix is each backend serving it as it arrives: one over its mean over the shares', async (t) => {
  // a: 0.75 x 20 + 0.25 x 100 = 40 s; b: 0.75 x 10 + 0.25 x 200 = 57.5 s
  t.equal(capacityJobsPerSecond(reversed, [small, big]), 1 / 40 + 1 / 57.5)
})

test('GPU-seconds per video: service seconds times the backend\'s GPUs over the videos made', async (t) => {
  const pinned = run({ policy: 'pinned', jitter: 0, loadFraction: 0.3 })
  t.ok(Math.abs(pinned.gpuSeconds / pinned.videos - 2 * 63.74) < 1e-9, `${pinned.gpuSeconds / pinned.videos}`)
  const two = run({ policy: 'round-robin', jitter: 0, workloads: [{ ...seed, outputs: 2 }] })
  // half the jobs at 2 x 63.74, half at 1 x 90.63, two videos each
  t.ok(Math.abs(two.gpuSeconds / two.videos - (2 * 63.74 + 90.63) / 4) < 1e-9, `${two.gpuSeconds / two.videos}`)
})

test('in a mixed load, workload-aware fastest completion beats the blind one on p95 and GPU-seconds, more of each shape where it runs best', async (t) => {
  const options = { backends: reversed, workloads: [small, big], loadFraction: 0.8, jobs: 20000, warmupJobs: 2000 }
  const aware = run(options)
  const blind = run({ ...options, policy: 'fastest-completion-blind' })
  t.equal(aware.lost + blind.lost, 0)
  t.ok(aware.p95Seconds < blind.p95Seconds, `p95 ${aware.p95Seconds} < ${blind.p95Seconds}`)
  t.ok(aware.gpuSeconds / aware.videos < blind.gpuSeconds / blind.videos)
  const shareOn = (result: typeof aware, key: string, backend: string) =>
    result.byWorkload[key]!.jobsPerBackend[backend]! / result.byWorkload[key]!.endToEndSeconds.length
  t.ok(shareOn(aware, 'big', 'a') > shareOn(blind, 'big', 'a'), `big on a: ${shareOn(aware, 'big', 'a')} vs ${shareOn(blind, 'big', 'a')}`)
  t.ok(shareOn(aware, 'small', 'b') > shareOn(blind, 'small', 'b'), `small on b: ${shareOn(aware, 'small', 'b')} vs ${shareOn(blind, 'small', 'b')}`)
})

test('with one workload, knowing it changes nothing: fastest completion routes as the blind one did', async (t) => {
  const { policy: _aware, ...aware } = run()
  const { policy: _blind, ...blind } = run({ policy: 'fastest-completion-blind' })
  t.same(aware, blind)
})
