// The gateway's picture of one replica's queue. SGLang runs generations one at a time in the
// order their POSTs arrived and never says which job is running, so the gateway keeps the order
// itself: the head of the queue is the running job, and it started when the one before it ended.
// A data-parallel server (--dp-size k, `replica.slots`) runs k at once: the first k of the queue
// run, and the next starts when one of them ends (SGLang deals requests to its ranks round-robin,
// scheduler_client.py:127-133 at d315eb72; k shared slots is the nearest the gateway can see).
//
// Submits are not serialised: two POSTs in flight at once may reach the backend in either order.
// Their order is settled by the backend itself when one of them completes: FIFO means the first
// to complete was the first to arrive, so it takes its place ahead of the others.
import type { Replica } from '../backends/backends.ts'
import type { Work } from '../routing/service-model.ts'
import type { TrackedJob } from './job.ts'

export interface Queued {
  job: TrackedJob
  /** Gateway clock when the backend answered the submit; null for a job adopted from its id. */
  answeredAtMs: number | null
}

/**
 * Whether the backend may have received `later` before `earlier`, though the gateway enqueued
 * them the other way round: `later` was sent before `earlier`'s submit was answered.
 */
export function orderUnknown (earlier: Queued, later: Queued): boolean {
  return earlier.answeredAtMs !== null && later.answeredAtMs !== null &&
    later.job.submittedAtMs < earlier.answeredAtMs
}

/**
 * How many jobs are certainly ahead of `entry`: 0 for the head, and for a job that may have
 * reached the backend before the head did.
 */
export function jobsCertainlyAhead<E extends Queued> (queue: E[], entry: E, slots = 1): number {
  const position = queue.indexOf(entry)
  if (position < slots || orderUnknown(queue[0] as E, entry)) return 0
  return position - slots + 1
}

export function markRunning (job: TrackedJob, atMs: number): void {
  job.status = 'running'
  job.startedAtMs = Math.max(atMs, job.submittedAtMs)
}

export function enqueue<E extends Queued> (queue: E[], entry: E, slots = 1): void {
  queue.push(entry)
  if (queue.length <= slots) markRunning(entry.job, entry.job.submittedAtMs)
}

export function dequeue<E extends Queued> (queue: E[], entry: E, atMs: number, slots = 1): void {
  const index = queue.indexOf(entry)
  if (index === -1) return
  queue.splice(index, 1)
  // FIFO: the next job waiting starts when a running one ended.
  const next = queue[slots - 1]
  if (index < slots && next && next.job.status === 'queued') markRunning(next.job, atMs)
}

/**
 * `entry` completed while jobs ahead of it, submitted concurrently with it, are still queued
 * upstream: it arrived before them. It moves ahead of them and, at the head, takes over the start
 * time the gateway had given the job it displaces, which goes back to waiting.
 */
export function promote<E extends Queued> (queue: E[], entry: E, slots = 1): void {
  const index = queue.indexOf(entry)
  let target = index
  while (target > 0) {
    const ahead = queue[target - 1] as E
    if (!orderUnknown(ahead, entry) || ahead.job.upstream.status !== 'queued') break
    target--
  }
  if (target === index) return
  queue.splice(index, 1)
  queue.splice(target, 0, entry)
  // Moved into the running slots from behind them: the job it pushed out goes back to waiting
  const displaced = queue[slots]
  if (target < slots && index >= slots && displaced) {
    const startedAtMs = displaced.job.startedAtMs ?? entry.job.submittedAtMs
    displaced.job.status = 'queued'
    displaced.job.startedAtMs = null
    markRunning(entry.job, startedAtMs)
  }
}

/**
 * Every replica's queue, and the count of its outstanding jobs that admission and replica choice
 * read (`replica.outstanding`): the queue plus the submits still awaiting the backend's answer.
 * Their work by workload (`replica.work`) is kept alongside, for the router to price.
 */
export function createReplicaQueues<E extends Queued> () {
  const queues = new Map<Replica, E[]>()
  // Submits awaiting the backend's answer count as outstanding, or jobs submitted at the same
  // moment would all be sent to the replica (and backend) that looked least loaded.
  const submitting = new Map<Replica, number>()

  function of (replica: Replica): E[] {
    let queue = queues.get(replica)
    if (!queue) queues.set(replica, queue = [])
    return queue
  }

  function count (replica: Replica): void {
    replica.outstanding = of(replica).length + (submitting.get(replica) ?? 0)
  }

  return {
    of,
    /** A submit to the replica of `work` begins (1) or got its answer (-1). */
    reserve (replica: Replica, delta: 1 | -1, work: Work | null = null): void {
      submitting.set(replica, (submitting.get(replica) ?? 0) + delta)
      if (delta > 0) replica.work.add(work)
      else replica.work.remove(work)
      count(replica)
    },
    add (replica: Replica, entry: E): void {
      enqueue(of(replica), entry, replica.slots)
      replica.work.add(entry.job.workload)
      count(replica)
    },
    /** Takes the entry out; answers the job that runs now because of it, if one does. */
    remove (replica: Replica, entry: E, atMs: number): E | undefined {
      const queue = of(replica)
      const running = queue.slice(0, replica.slots)
      if (queue.includes(entry)) replica.work.remove(entry.job.workload)
      dequeue(queue, entry, atMs, replica.slots)
      count(replica)
      return queue.slice(0, replica.slots).find((other) => !running.includes(other))
    }
  }
}
export type ReplicaQueues<E extends Queued> = ReturnType<typeof createReplicaQueues<E>>
