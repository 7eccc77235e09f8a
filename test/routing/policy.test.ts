import { test } from 'tap'
import { capacityWeights, createRoutingPolicy, POLICY_NAMES } from '../../src/routing/policy.ts'
import type { BackendLoad } from '../../src/routing/policy.ts'
import { pickReplica } from '../../src/routing/replicas.ts'

function load (name: string, overrides: Partial<BackendLoad> = {}): BackendLoad {
  return { name, available: true, outstanding: 0, expectedServiceSeconds: null, weight: 1, ...overrides }
}

test('no policy ever chooses an unavailable backend', async (t) => {
  for (const name of POLICY_NAMES) {
    const policy = createRoutingPolicy(name, () => 0)
    const loads = [
      load('down', { available: false, outstanding: 0, expectedServiceSeconds: 1, weight: 100 }),
      load('up', { outstanding: 9, expectedServiceSeconds: 100, weight: 1 })
    ]
    for (let i = 0; i < 20; i++) t.equal(policy.choose(loads), 'up', name)
  }
})

test('every policy returns undefined when no backend is available', async (t) => {
  for (const name of POLICY_NAMES) {
    const policy = createRoutingPolicy(name)
    t.equal(policy.choose([]), undefined, name)
    t.equal(policy.choose([load('a', { available: false }), load('b', { available: false })]), undefined, name)
  }
})

test('round robin takes turns and skips a backend while it is down', async (t) => {
  const policy = createRoutingPolicy('round-robin')
  const loads = [load('a'), load('b'), load('c')]
  t.same([1, 2, 3, 4].map(() => policy.choose(loads)), ['a', 'b', 'c', 'a'])
  const bDown = [load('a'), load('b', { available: false }), load('c')]
  t.same([1, 2, 3].map(() => policy.choose(bDown)), ['c', 'a', 'c'])
  t.equal(policy.choose(loads), 'a')
  t.equal(policy.choose(loads), 'b')
})

test('least outstanding picks the shortest queue and breaks ties with the random source', async (t) => {
  const loads = [load('a', { outstanding: 2 }), load('b', { outstanding: 1 }), load('c', { outstanding: 1 })]
  t.equal(createRoutingPolicy('least-outstanding', () => 0).choose(loads), 'b')
  t.equal(createRoutingPolicy('least-outstanding', () => 0.99).choose(loads), 'c')
  t.equal(createRoutingPolicy('least-outstanding', () => 1).choose(loads), 'c')
  t.equal(createRoutingPolicy('least-outstanding').choose([load('a', { outstanding: 0 }), load('b', { outstanding: 3 })]), 'a')
})

test('weighted spreads choices smoothly in proportion to weight', async (t) => {
  const policy = createRoutingPolicy('weighted')
  const loads = [load('a', { weight: 5 }), load('b', { weight: 1 }), load('c', { weight: 1 })]
  t.same(Array.from({ length: 7 }, () => policy.choose(loads)), ['a', 'a', 'b', 'a', 'c', 'a', 'a'])
  const counts = new Map<string, number>()
  for (let i = 0; i < 700; i++) {
    const name = policy.choose(loads) as string
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  t.same(Object.fromEntries(counts), { a: 500, b: 100, c: 100 })
})

test('weighted never chooses a backend of weight zero', async (t) => {
  const policy = createRoutingPolicy('weighted')
  const loads = [load('a', { weight: 0 }), load('b', { weight: 2 })]
  for (let i = 0; i < 5; i++) t.equal(policy.choose(loads), 'b')
  t.equal(policy.choose([load('a', { weight: 0 })]), undefined)
})

test('fastest completion sends the 3rd of 3 simultaneous jobs to the faster backend', async (t) => {
  const policy = createRoutingPolicy('fastest-completion')
  const outstanding = new Map([['u1r2', 0], ['u1r1', 0]])
  const chosen: string[] = []
  for (let job = 0; job < 3; job++) {
    const loads = [
      load('u1r1', { outstanding: outstanding.get('u1r1'), expectedServiceSeconds: 90.63 }),
      load('u1r2', { outstanding: outstanding.get('u1r2'), expectedServiceSeconds: 63.74 })
    ]
    const name = policy.choose(loads) as string
    chosen.push(name)
    outstanding.set(name, (outstanding.get(name) ?? 0) + 1)
  }
  // 63.74 < 90.63, then 2 x 63.74 = 127.48 > 90.63, then 127.48 < 2 x 90.63 = 181.26
  t.same(chosen, ['u1r2', 'u1r1', 'u1r2'])
})

test('fastest completion treats an unmeasured backend as average and breaks ties by queue then name', async (t) => {
  const policy = createRoutingPolicy('fastest-completion')
  // new is priced at mean(10, 30) = 20: slow 1 x 30 = 30 beats fast 4 x 10 = 40 and new 2 x 20 = 40
  t.equal(policy.choose([
    load('slow', { expectedServiceSeconds: 30 }),
    load('fast', { expectedServiceSeconds: 10, outstanding: 3 }),
    load('new', { outstanding: 1 })
  ]), 'slow')
  t.equal(policy.choose([load('fast', { expectedServiceSeconds: 10, outstanding: 1 }), load('new')]), 'new')
  // nothing measured: all equal, so the shortest queue, then the name
  t.equal(policy.choose([load('b', { outstanding: 1 }), load('c'), load('a', { outstanding: 1 })]), 'c')
  t.equal(policy.choose([load('b'), load('a')]), 'a')
  // equal predicted finish: 2 x 30 = 60 = 1 x 60, the shorter queue wins
  t.equal(policy.choose([
    load('x', { expectedServiceSeconds: 30, outstanding: 1 }),
    load('y', { expectedServiceSeconds: 60, outstanding: 0 })
  ]), 'y')
  // a nonsense service time counts as unknown
  t.equal(policy.choose([load('b', { expectedServiceSeconds: Number.NaN }), load('a', { expectedServiceSeconds: -1 })]), 'a')
})

test('an unknown policy name is refused', async (t) => {
  t.throws(() => createRoutingPolicy('random' as never), RangeError)
})

test('a replica is picked by the shortest queue, the lowest index on ties', async (t) => {
  t.equal(pickReplica([0]), 0)
  t.equal(pickReplica([2, 1, 1]), 1)
  t.equal(pickReplica([0, 0, 0]), 0)
  t.equal(pickReplica([3, 2, 0]), 2)
  t.throws(() => pickReplica([]), RangeError)
})

test('capacity weights are replicas per second of service once every backend is measured, replicas until then', async (t) => {
  t.same(capacityWeights([{ replicas: 1, expectedServiceSeconds: 60 }, { replicas: 2, expectedServiceSeconds: 90 }]), [1 / 60, 2 / 90])
  t.same(capacityWeights([{ replicas: 1, expectedServiceSeconds: 60 }, { replicas: 2, expectedServiceSeconds: null }]), [1, 2])
})

test('fastest completion sums the predicted work ahead and the request\'s own time, per workload', async (t) => {
  const policy = createRoutingPolicy('fastest-completion')
  // u1r2 runs one long video (predicted 636.8 s) and u1r1 two short clips (15.1 s each); a short clip
  // (u1r2 17.7 s, u1r1 15.1 s) finishes at 636.8 + 17.7 = 654.5 s on u1r2, 2 x 15.1 + 15.1 = 45.3 s on u1r1
  const aware = [
    load('u1r2', { outstanding: 1, expectedServiceSeconds: 63.74, aheadSeconds: 636.8, unpricedJobs: 0, ownServiceSeconds: 17.7 }),
    load('u1r1', { outstanding: 2, expectedServiceSeconds: 90.63, aheadSeconds: 30.2, unpricedJobs: 0, ownServiceSeconds: 15.1 })
  ]
  t.equal(policy.choose(aware), 'u1r1')
  // Blind to the work, the same queues are 2 x 63.74 = 127.48 s against 3 x 90.63 = 271.89 s
  t.equal(policy.choose(aware.map(({ aheadSeconds: _a, unpricedJobs: _u, ownServiceSeconds: _o, ...blind }) => blind)), 'u1r2')
})

test('fastest completion prices the jobs ahead it cannot price, and an unknown own time, at the averages', async (t) => {
  const policy = createRoutingPolicy('fastest-completion')
  // a: 10 + 2 unpriced x 20 (its mean) + 5 = 55; b: 40 ahead + its own time, unknown, priced at the others' mean own
  // time (a's 5): 45 < 55
  t.equal(policy.choose([
    load('a', { outstanding: 3, expectedServiceSeconds: 20, aheadSeconds: 10, unpricedJobs: 2, ownServiceSeconds: 5 }),
    load('b', { outstanding: 1, expectedServiceSeconds: 20, aheadSeconds: 40, unpricedJobs: 0, ownServiceSeconds: null })
  ]), 'b')
  // b learned nothing at all: its one job ahead and its own are priced at a's mean, 2 x 20 = 40 < 55
  t.equal(policy.choose([
    load('a', { outstanding: 3, expectedServiceSeconds: 20, aheadSeconds: 10, unpricedJobs: 2, ownServiceSeconds: 5 }),
    load('b', { outstanding: 1, expectedServiceSeconds: null, aheadSeconds: 0, unpricedJobs: 1, ownServiceSeconds: null })
  ]), 'b')
  // with b's one job ahead priced at 60 s: 60 + 5 = 65 > 55
  t.equal(policy.choose([
    load('a', { outstanding: 3, expectedServiceSeconds: 20, aheadSeconds: 10, unpricedJobs: 2, ownServiceSeconds: 5 }),
    load('b', { outstanding: 1, expectedServiceSeconds: 20, aheadSeconds: 60, unpricedJobs: 0, ownServiceSeconds: null })
  ]), 'a')
})
