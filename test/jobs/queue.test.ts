import { test } from 'tap'
import { createReplicaQueues, dequeue, enqueue, jobsCertainlyAhead, orderUnknown, promote } from '../../src/jobs/queue.ts'
import { createOutstandingWork, createServiceModel } from '../../src/routing/service-model.ts'
import type { Replica } from '../../src/backends/backends.ts'
import type { Queued } from '../../src/jobs/queue.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

function queued (name: string, submittedAtMs: number, answeredAtMs: number | null, upstreamStatus = 'queued'): Queued & { name: string } {
  const job = { id: name, status: 'queued', submittedAtMs, startedAtMs: null, completedAtMs: null, upstream: { id: name, status: upstreamStatus } } as unknown as TrackedJob
  return { name, job, answeredAtMs }
}

test('the first job enqueued runs from its submit; the next starts when it leaves', async (t) => {
  const queue: Array<Queued & { name: string }> = []
  const a = queued('a', 100, 110)
  const b = queued('b', 120, 130)
  enqueue(queue, a)
  enqueue(queue, b)
  t.same([a.job.status, a.job.startedAtMs, b.job.status], ['running', 100, 'queued'])
  dequeue(queue, a, 500)
  t.same([b.job.status, b.job.startedAtMs], ['running', 500])
})

test('a data-parallel replica of two slots runs its first two jobs at once; the third starts when one of them ends', async (t) => {
  const queue: Array<Queued & { name: string }> = []
  const [a, b, c, d] = [queued('a', 100, 110), queued('b', 120, 130), queued('c', 140, 150), queued('d', 160, 170)]
  for (const entry of [a, b, c, d]) enqueue(queue, entry, { slots: 2 })
  t.same([a, b, c, d].map((e) => [e.job.status, e.job.startedAtMs]), [['running', 100], ['running', 120], ['queued', null], ['queued', null]])
  t.same([a, b, c, d].map((e) => jobsCertainlyAhead(queue, e, { slots: 2 })), [0, 0, 1, 2], 'c waits for one of two, d for two')
  dequeue(queue, b, 600, { slots: 2 })
  t.same([c.job.status, c.job.startedAtMs, d.job.status], ['running', 600, 'queued'], 'b ended: c takes its slot')
})

test('with two slots, a job that completed from the third place takes the slot and start of the one it displaces', async (t) => {
  const queue: Array<Queued & { name: string }> = []
  const [a, b, c] = [queued('a', 100, 110), queued('b', 120, 150), queued('c', 130, 160)]
  for (const entry of [a, b, c]) enqueue(queue, entry, { slots: 2 })
  // c was sent before b was answered, so may have been ahead of it
  promote(queue, c)
  t.same(queue.map((e) => e.name), ['a', 'c', 'b'])
  // b's start (120), but never before c's own submit (130)
  t.same([c.job.status, c.job.startedAtMs, b.job.status, b.job.startedAtMs], ['running', 130, 'queued', null])
})

test('two jobs whose submits overlapped have no known order; sequential ones do, and an adopted job counts as ordered', async (t) => {
  t.ok(orderUnknown(queued('a', 100, 150), queued('b', 120, 130)), 'b was sent before a was answered')
  t.notOk(orderUnknown(queued('a', 100, 110), queued('b', 120, 130)), 'b was sent after a was answered')
  t.notOk(orderUnknown(queued('a', 100, null), queued('b', 120, 130)))
})

test('a job that completed behind one it overlapped with takes the head and its start time', async (t) => {
  const queue: Array<Queued & { name: string }> = []
  const b = queued('b', 120, 130)
  const a = queued('a', 100, 150)
  enqueue(queue, b)
  enqueue(queue, a)
  promote(queue, a)
  t.same(queue.map((e) => e.name), ['a', 'b'])
  t.same([a.job.status, a.job.startedAtMs, b.job.status, b.job.startedAtMs], ['running', 120, 'queued', null])
})

test('a job does not move ahead of one it was certainly behind, nor of one the backend finished', async (t) => {
  const queue: Array<Queued & { name: string }> = []
  const first = queued('first', 0, 10)
  const done = queued('done', 100, 150, 'completed')
  const c = queued('c', 120, 160)
  enqueue(queue, first)
  enqueue(queue, done)
  enqueue(queue, c)
  promote(queue, c)
  t.same(queue.map((e) => e.name), ['first', 'done', 'c'])
  const d = queued('d', 140, 170)
  const e = queued('e', 145, 165)
  const queue2 = [first, d, e]
  promote(queue2, e)
  t.same(queue2.map((x) => x.name), ['first', 'e', 'd'], 'past an overlapping one, not past the head it followed')
  t.equal(first.job.status, 'running')
})

test('a replica\'s outstanding work follows its submits and queue, each job once, whatever removes it', async (t) => {
  const queues = createReplicaQueues<Queued & { name: string }>()
  const replica = { outstanding: 0, work: createOutstandingWork() } as unknown as Replica
  const clip = { key: 'clip', tokens: 5070, steps: 50, outputs: 1 }
  const model = createServiceModel()
  model.observe(clip, 15)
  queues.reserve(replica, 1, clip)
  t.same([replica.outstanding, replica.work.price(model).seconds], [1, 15], 'a submit in flight counts')
  const a = queued('a', 100, 110)
  a.job.workload = { ...clip, task: 't2v', width: 832, height: 480, frames: 49 }
  queues.reserve(replica, -1, clip)
  queues.add(replica, a)
  t.same([replica.outstanding, replica.work.price(model).seconds], [1, 15], 'answered: the same job, now queued')
  const adopted = queued('b', 120, null)
  queues.add(replica, adopted)
  t.same([replica.outstanding, replica.work.jobs()], [2, 1], 'an adopted job has no known work')
  queues.remove(replica, a, 500)
  queues.remove(replica, a, 600)
  t.same([replica.outstanding, replica.work.jobs(), replica.work.price(model).seconds], [1, 0, 0], 'removed twice, counted out once')
})

test('a batching replica starts the oldest waiting job with every one of its key waiting behind it; the batch holds its slot until all end', async (t) => {
  // SGLang's rule (managers/scheduler.py:982-1088 at d315eb72): the head, then compatible requests from
  // anywhere behind it, skipping the others, while the outputs fit the batch size
  const shape = { task: 't2v', width: 832, height: 480, frames: 81, steps: 50, outputs: 1, tokens: 0, key: 'k' } as const
  const job = (name: string, submittedAtMs: number, batchKey: string | null) => {
    const entry = { ...queued(name, submittedAtMs, submittedAtMs + 5), batchKey }
    entry.job.workload = { ...shape }
    return entry
  }
  const [a, b, c, d, late] = [job('a', 100, 'k'), job('b', 120, 'k'), job('c', 130, 'other'), job('d', 140, 'k'), job('late', 600, 'k')]
  const lanes = { slots: 1, batchSize: 2 }
  const queue: Array<ReturnType<typeof job>> = []
  for (const entry of [a, b, c, d, late]) enqueue(queue, entry, lanes)
  t.same([a.job.status, b.job.status], ['running', 'queued'], 'the first runs alone: nothing waited to batch with it')
  t.same(dequeue(queue, a, 500, lanes).map((e) => e.name), ['b', 'd'], 'b and d start together; c, another key, and late, sent after, do not')
  t.same(queue.map((e) => e.name), ['b', 'd', 'c', 'late'])
  t.same([b.job.startedAtMs, d.job.startedAtMs], [500, 500])
  t.equal(b.job.batch, d.job.batch)
  t.same({ ...b.job.batch, workload: b.job.batch?.workload?.key }, { headId: 'b', jobs: 2, outputs: 2, workload: 't2v-832x480-81f-50s-x2' })
  t.same([c, late].map((e) => jobsCertainlyAhead(queue, e, lanes)), [1, 1], 'both may go in the next forward')
  t.same(dequeue(queue, b, 900, lanes), [], 'd still runs: the slot is the batch\'s')
  t.same(dequeue(queue, d, 905, lanes).map((e) => e.name), ['c'], 'c, alone of its key')
  t.same([c.job.startedAtMs, c.job.batch], [905, undefined])

  const two = { ...shape, outputs: 2 }
  const [x, y, z] = [job('x', 100, 'k2'), job('y', 120, 'k2'), job('z', 130, 'k2')]
  for (const entry of [x, y, z]) entry.job.workload = { ...two }
  const pairs: Array<ReturnType<typeof job>> = []
  for (const entry of [x, y, z]) enqueue(pairs, entry, lanes)
  t.same(dequeue(pairs, x, 500, lanes).map((e) => e.name), ['y'], 'two outputs each fill a batch of two: SGLang counts outputs')
})

test('a job that completed from behind a running batch waits first in line: a batch member never goes back to waiting alone', async (t) => {
  const shape = { task: 't2v', width: 832, height: 480, frames: 81, steps: 50, outputs: 1, tokens: 0, key: 'k' } as const
  const job = (name: string, submittedAtMs: number, answeredAtMs: number, batchKey: string | null) => {
    const entry = { ...queued(name, submittedAtMs, answeredAtMs), batchKey }
    entry.job.workload = { ...shape }
    return entry
  }
  // e was sent (212) before d was answered (215): the backend may have had it first
  const [a, b, d, e] = [job('a', 100, 105, 'k'), job('b', 200, 205, 'k'), job('d', 210, 215, 'k'), job('e', 212, 300, null)]
  const lanes = { slots: 1, batchSize: 2 }
  const queue: Array<ReturnType<typeof job>> = []
  for (const entry of [a, b, d, e]) enqueue(queue, entry, lanes)
  dequeue(queue, a, 900, lanes)
  t.same(queue.map((entry) => [entry.name, entry.job.status]), [['b', 'running'], ['d', 'running'], ['e', 'queued']])
  promote(queue, e)
  t.same(queue.map((entry) => [entry.name, entry.job.status]), [['b', 'running'], ['d', 'running'], ['e', 'queued']], 'the running jobs stay the first')
  t.equal(jobsCertainlyAhead(queue, e, lanes), 1, 'the batch ahead of it')
  t.same([d.job.startedAtMs, d.job.batch?.headId], [900, 'b'])
})
