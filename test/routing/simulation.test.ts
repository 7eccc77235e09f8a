import { test } from 'tap'
import { createRoutingPolicy } from '../../src/routing/policy.ts'
import {
  capacityJobsPerSecond, exponentialSeconds, lognormalFactor, routeJobs, simulateRouting, SIMULATED_POLICY_NAMES
} from '../../src/routing/simulation.ts'
import type { SimulationOptions } from '../../src/routing/simulation.ts'
import { createRandom } from '../../src/routing/random.ts'

const backends = [{ name: 'u1r2', meanServiceSeconds: 63.74 }, { name: 'u1r1', meanServiceSeconds: 90.63 }]

function run (overrides: Partial<SimulationOptions> = {}) {
  return simulateRouting({ policy: 'fastest-completion', loadFraction: 0.8, jobs: 4000, warmupJobs: 400, seed: 7, backends, jitter: 0.05, ...overrides })
}

test('the same seed gives the same run, another seed another one', async (t) => {
  t.same(run(), run())
  t.not(run().p95Seconds, run({ seed: 8 }).p95Seconds)
})

test('FIFO queues and the service times the policy learns are exact in a hand-computed case', async (t) => {
  const jobs = routeJobs({
    policy: createRoutingPolicy('fastest-completion'),
    backends: [{ name: 'a', meanServiceSeconds: 10 }, { name: 'b', meanServiceSeconds: 20 }],
    weights: 'replicas',
    arrivalSeconds: [0, 1, 12, 13, 30],
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
    weights: 'replicas',
    arrivalSeconds: [0, 1],
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
  const expected = (1 / 63.74) / capacityJobsPerSecond(backends)
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
    policy: 'round-robin', loadFraction: 0.5, jobs: 50000, warmupJobs: 1000, seed: 3, backends: [{ name: 'only', meanServiceSeconds: 10 }], jitter: 0
  })
  t.ok(Math.abs(result.meanQueueWaitSeconds - 5) < 0.25, `mean wait ${result.meanQueueWaitSeconds} s`)
  t.ok(Math.abs(result.throughputJobsPerSecond / result.offeredJobsPerSecond - 1) < 0.02)
})

test('Poisson inter-arrival times have the expected mean within 4 standard errors', async (t) => {
  const random = createRandom(11)
  const n = 100_000
  const rate = 0.0267
  let sum = 0
  for (let i = 0; i < n; i++) sum += exponentialSeconds(random, rate)
  // an exponential's sd equals its mean
  const standardError = (1 / rate) / Math.sqrt(n)
  t.ok(Math.abs(sum / n - 1 / rate) < 4 * standardError, `mean ${sum / n} vs ${1 / rate}`)
})

test('the service-time jitter keeps the mean and has the requested coefficient of variation', async (t) => {
  const random = createRandom(5)
  const n = 100_000
  const samples = Array.from({ length: n }, () => lognormalFactor(random, 0.05))
  const average = samples.reduce((sum, x) => sum + x, 0) / n
  const sd = Math.sqrt(samples.reduce((sum, x) => sum + (x - average) ** 2, 0) / (n - 1))
  t.ok(Math.abs(average - 1) < 4 * 0.05 / Math.sqrt(n), `mean ${average}`)
  t.ok(Math.abs(sd - 0.05) < 0.001, `sd ${sd}`)
  t.ok(samples.every((x) => x > 0))
  t.equal(lognormalFactor(random, 0), 1)
})

test('nonsense options are refused with the option named', async (t) => {
  t.throws(() => run({ loadFraction: 0 }), /loadFraction/)
  t.throws(() => run({ jobs: 1 }), /jobs/)
  t.throws(() => run({ warmupJobs: -1 }), /warmupJobs/)
  t.throws(() => run({ jitter: -0.1 }), /jitter/)
  t.throws(() => run({ backends: [] }), /backend/)
})
