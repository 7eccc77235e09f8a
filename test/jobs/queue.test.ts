import { test } from 'tap'
import { dequeue, enqueue, orderUnknown, promote } from '../../src/jobs/queue.ts'
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
