import { test } from 'tap'
import { queueRetryAfterSeconds } from '../../src/backends/admission.ts'
import type { Backend } from '../../src/backends/backends.ts'

// A full backend's queue as admission sees it: outstanding jobs and generations at once per replica
const backend = (replicas: Array<{ outstanding: number, slots: number }>, meanSeconds: number | null) =>
  ({ replicas, service: { mean: () => meanSeconds } }) as unknown as Pick<Backend, 'replicas' | 'service'>

test('a full queue\'s Retry-After is its drain time over every slot it runs at once', async (t) => {
  // 4 jobs of 10 s one at a time: 40 s; on two replicas: 20 s
  t.equal(queueRetryAfterSeconds(backend([{ outstanding: 4, slots: 1 }], 10)), 40)
  t.equal(queueRetryAfterSeconds(backend([{ outstanding: 2, slots: 1 }, { outstanding: 2, slots: 1 }], 10)), 20)
  // --dp-size 2 (its /server_info): two at once on one URL, as fast as two replicas
  t.equal(queueRetryAfterSeconds(backend([{ outstanding: 4, slots: 2 }], 10)), 20)
  t.equal(queueRetryAfterSeconds(backend([{ outstanding: 4, slots: 1 }], null)), 4, 'unmeasured: a second a job')
  t.equal(queueRetryAfterSeconds(backend([{ outstanding: 1, slots: 4 }], 0.1)), 1, 'never below a second')
})
