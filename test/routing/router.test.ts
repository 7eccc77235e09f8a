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
