import { test } from 'tap'
import { createBackends, type Backends } from '../../src/backends/backends.ts'
import { createRoutingPolicy } from '../../src/routing/policy.ts'
import { createRouter } from '../../src/routing/router.ts'

const silent = { info () {}, warn () {} }

/** The error `choose` throws (undefined when it throws none). */
function refusal (choose: () => unknown): (Error & { code?: string, statusCode?: number, retryAfterSeconds?: number }) | undefined {
  try {
    choose()
  } catch (err) {
    return err as Error
  }
  return undefined
}

/** Two backends, `a` with two replicas and `b` with one, all up; no request is ever sent. */
function fleet (t: { teardown: (fn: () => unknown) => void }): Backends {
  const backends = createBackends({
    configs: [
      { name: 'a', urls: ['http://127.0.0.1:9', 'http://127.0.0.1:10'], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 },
      { name: 'b', urls: ['http://127.0.0.1:11'], sp_degree: 2, ulysses_degree: 2, ring_degree: 1, num_gpus: 2 }
    ],
    healthIntervalMs: 1000,
    connectTimeoutMs: 100,
    headersTimeoutMs: 100,
    bodyTimeoutMs: 100,
    logger: silent
  })
  t.teardown(() => backends.close())
  for (const backend of backends.all()) for (const replica of backend.replicas) replica.up = true
  return backends
}

test('a named backend gets the job on its least-loaded replica, the lowest index on ties', async (t) => {
  const backends = fleet(t)
  const router = createRouter({ backends, policy: createRoutingPolicy('round-robin'), maxQueuePerBackend: 4 })
  const [a0, a1] = backends.get('a')!.replicas
  t.equal(router.choose('a').replica, a0, 'both idle: replica 0')
  a0!.outstanding = 2
  a1!.outstanding = 1
  const chosen = router.choose('a')
  t.equal(chosen.backend.name, 'a')
  t.equal(chosen.replica, a1, 'replica 1 has the shorter queue')
  a1!.up = false
  t.equal(router.choose('a').replica, a0, 'a replica that is down takes no work, however short its queue')
})

test('a named backend that is unknown, down or full is refused with the status a client can act on', async (t) => {
  const backends = fleet(t)
  const router = createRouter({ backends, policy: createRoutingPolicy('round-robin'), maxQueuePerBackend: 3 })
  t.match(refusal(() => router.choose('c')), { code: 'RINGSIDE_UNKNOWN_BACKEND', statusCode: 400, message: 'backend: unknown backend "c" (known: a, b)' })
  backends.get('b')!.replicas[0]!.up = false
  t.match(refusal(() => router.choose('b')), { statusCode: 503 }, 'down')
  const [a0, a1] = backends.get('a')!.replicas
  a0!.outstanding = 2
  a1!.outstanding = 1
  const full = refusal(() => router.choose('a'))
  t.equal(full?.statusCode, 429, 'three outstanding of a limit of three: full')
  t.ok((full?.retryAfterSeconds ?? 0) >= 1, 'with a Retry-After of at least a second')
})

test('auto, or no choice, is the policy\'s among the backends that take work; none left is 429 or 503', async (t) => {
  const backends = fleet(t)
  const router = createRouter({ backends, policy: createRoutingPolicy('round-robin'), maxQueuePerBackend: 1 })
  t.same([router.choose('auto'), router.choose(undefined), router.choose('auto')].map((c) => c.backend.name), ['a', 'b', 'a'], 'round robin over both')
  backends.get('a')!.replicas[0]!.outstanding = 1
  t.same([router.choose('auto'), router.choose('auto')].map((c) => c.backend.name), ['b', 'b'], 'a full backend is skipped')
  backends.get('b')!.replicas[0]!.outstanding = 1
  t.match(refusal(() => router.choose('auto')), { statusCode: 429 }, 'every backend only full: retry later')
  for (const backend of backends.all()) for (const replica of backend.replicas) replica.up = false
  t.match(refusal(() => router.choose('auto')), { statusCode: 503 }, 'every backend down')
})

test('a request over a backend\'s work limits is a 400 before its state is looked at, and auto passes that backend over', async (t) => {
  const backends = fleet(t)
  const workLimits = { maxFrames: 241, maxInferenceSteps: 100, maxPixelsPerFrame: 921_600, maxOutputs: 4 }
  backends.get('b')!.config.max_frames = 481
  const router = createRouter({ backends, policy: createRoutingPolicy('round-robin'), maxQueuePerBackend: 4, workLimits })
  for (const replica of backends.get('a')!.replicas) replica.up = false
  t.match(refusal(() => router.choose('a', { num_frames: 300 })), { statusCode: 400, code: 'RINGSIDE_WORK_OVER_LIMIT', param: 'num_frames' }, 'not 503: down or not, a never takes it')
  for (let i = 0; i < 3; i++) t.equal(router.choose('auto', { num_frames: 300 }).backend.name, 'b')
  for (const replica of backends.get('b')!.replicas) replica.up = false
  t.match(refusal(() => router.choose('auto', { num_frames: 300 })), { statusCode: 503 }, 'the one backend it fits is down: 503, not 400')
  // 501 frames: 2.1 times a's 241, 1.04 times b's 481: the tightest, a's, is named
  t.match(refusal(() => router.choose('auto', { num_frames: 500 })), { statusCode: 400, message: /more than the 241 backend a takes; no backend/ })
})

test('fastest completion sends each shape where its own finish is predicted first, the work queued ahead priced per workload', async (t) => {
  const backends = fleet(t)
  const router = createRouter({ backends, policy: createRoutingPolicy('fastest-completion'), maxQueuePerBackend: 10 })
  // Wan2.2-TI2V-5B (the shape assumed for an unnamed model): tokens = latent frames x H/32 x W/32
  const clip = { key: 't2v-832x480-49f-50s', tokens: 13 * 15 * 26, steps: 50, outputs: 1 }
  const long = { key: 't2v-1280x704-241f-50s', tokens: 61 * 22 * 40, steps: 50, outputs: 1 }
  const a = backends.get('a')!
  const b = backends.get('b')!
  a.service.observe(clip, 15)
  a.service.observe(long, 1200)
  b.service.observe(clip, 18)
  b.service.observe(long, 640)
  const clipParams = { size: '832x480', num_frames: 49 }
  const longParams = { size: '1280x704', num_frames: 241 }
  t.equal(router.choose('auto', clipParams).backend.name, 'a', 'a clip: 15 s on a against 18 s on b')
  t.equal(router.choose('auto', longParams).backend.name, 'b', 'a long video: 640 s on b against 1,200 s on a')
  t.same(router.choose('auto', longParams).workload, { task: 't2v', width: 1280, height: 704, frames: 241, steps: 50, outputs: 1, tokens: 53_680, key: long.key })
  // b runs one long video: another takes 640 + 640 = 1,280 s there, 1,200 s on a
  b.replicas[0]!.outstanding = 1
  b.replicas[0]!.work.add(long)
  t.equal(router.choose('auto', longParams).backend.name, 'a')
  // and a clip waits 640 + 18 s on b, 15 s on a, though the mean of all jobs is lower on b (329 s against 607.5 s)
  t.ok(b.service.mean()! < a.service.mean()!)
  t.equal(router.choose('auto', clipParams).backend.name, 'a')
  // a busy with 9 clips (135 s) and a long video (1,200 s): a clip finishes at 1,350 s there, 658 s on b
  a.replicas[0]!.outstanding = 10
  for (let i = 0; i < 9; i++) a.replicas[0]!.work.add(clip)
  a.replicas[0]!.work.add(long)
  t.equal(router.choose('auto', clipParams).backend.name, 'b')
})

test('the work ahead is the replica\'s the job would join: a backend with one idle replica of two is not priced as busy', async (t) => {
  const backends = fleet(t)
  const router = createRouter({ backends, policy: createRoutingPolicy('fastest-completion'), maxQueuePerBackend: 10 })
  const clip = { key: 't2v-832x480-49f-50s', tokens: 13 * 15 * 26, steps: 50, outputs: 1 }
  const a = backends.get('a')!
  const b = backends.get('b')!
  a.service.observe(clip, 15)
  b.service.observe(clip, 15)
  // a's replica 0 holds 3 clips (45 s), replica 1 none; b holds one (15 s)
  const [a0, a1] = a.replicas
  a0!.outstanding = 3
  for (let i = 0; i < 3; i++) a0!.work.add(clip)
  b.replicas[0]!.outstanding = 1
  b.replicas[0]!.work.add(clip)
  // a: 0 + 15 on replica 1; b: 15 + 15. Summed over a's replicas it would be 45 + 15 = 60
  const chosen = router.choose('auto', { size: '832x480', num_frames: 49 })
  t.equal(chosen.backend.name, 'a')
  t.equal(chosen.replica, a1)
  // replica 1 down: the job would join replica 0, 45 + 15 = 60 > 30
  a1!.up = false
  t.equal(router.choose('auto', { size: '832x480', num_frames: 49 }).backend.name, 'b')
})
