// The gateway's picture of one replica's queue. SGLang runs generations one at a time in the
// order their POSTs arrived and never says which job is running, so the gateway keeps the order
// itself: the head of the queue is the running job, and it started when the one before it ended.
// A data-parallel server (--dp-size k, `replica.slots`) runs k at once: the first k of the queue
// run, and the next starts when one of them ends (SGLang deals requests to its ranks round-robin,
// scheduler_client.py:127-133 at d315eb72; k shared slots is the nearest the gateway can see).
// A batching server (`replica.batchSize` above 1) starts, in a free slot, the oldest waiting job
// with every compatible one waiting behind it, up to its size in outputs (managers/scheduler.py:
// 982-1088): they run as one forward, end together, and hold the slot together (src/jobs/batching.ts).
//
// The running jobs are always the queue's first entries, and every function here keeps them so:
// what runs is read from the front, never from a scan of up to 10,000 waiting jobs.
//
// Submits are not serialised: two POSTs in flight at once may reach the backend in either order.
// Their order is settled by the backend itself when one of them completes: FIFO means the first
// to complete was the first to arrive, so it takes its place ahead of the others.
import type { Replica } from '../backends/backends.ts'
import type { Work } from '../routing/service-model.ts'
import type { LabelledWorkload } from '../workloads/catalog.ts'
import { workloadKey, type Workload } from '../workloads/workload.ts'
import { batchWorkload } from './batching.ts'
import type { TrackedJob } from './job.ts'

export interface Queued {
  job: TrackedJob
  /** Gateway clock when the backend answered the submit; null for a job adopted from its id. */
  answeredAtMs: number | null
  /** Jobs of one key may run as one batch on a batching replica (src/jobs/batching.ts); none never batches. */
  batchKey?: string | null
}

/** How a replica runs its queue: `slots` forwards at once, each of up to `batchSize` outputs; `label` names a batch's workload. */
export interface Lanes {
  slots?: number
  batchSize?: number
  label?: (workload: Workload) => LabelledWorkload
}

const unbounded = (workload: Workload): LabelledWorkload => ({ ...workload, key: workloadKey(workload) })

const isRunning = (entry: Queued) => entry.job.status === 'running'

/** How many of the queue's first entries run. */
function runningCount (queue: Queued[]): number {
  let count = 0
  while (count < queue.length && isRunning(queue[count] as Queued)) count++
  return count
}

/** Forwards running: a batch's members hold one slot together. */
function forwardsRunning (queue: Queued[]): number {
  const batches = new Set<unknown>()
  let alone = 0
  for (let i = 0, running = runningCount(queue); i < running; i++) {
    const { batch } = (queue[i] as Queued).job
    if (batch) batches.add(batch)
    else alone++
  }
  return alone + batches.size
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
 * How many forwards certainly end before `entry` starts: 0 for a running job, and for one that may
 * have reached the backend before the head did. On a batching replica the jobs waiting ahead may
 * go in fewer forwards, down to one per `batchSize` of them.
 */
export function jobsCertainlyAhead<E extends Queued> (queue: E[], entry: E, { batchSize = 1 }: Lanes = {}): number {
  const position = queue.indexOf(entry)
  if (position === -1 || isRunning(entry) || orderUnknown(queue[0] as E, entry)) return 0
  return Math.floor((position - runningCount(queue)) / batchSize) + 1
}

/** The jobs that must have ended before `entry` did: none for a running one, else those started before the last free slot. */
export function endedBefore<E extends Queued> (queue: E[], entry: E, { slots = 1 }: Lanes = {}): E[] {
  if (isRunning(entry)) return []
  return queue.slice(0, Math.max(0, queue.indexOf(entry) - slots + 1))
}

export function markRunning (job: TrackedJob, atMs: number): void {
  job.status = 'running'
  job.startedAtMs = Math.max(atMs, job.submittedAtMs)
}

/**
 * Fills the free slots at `atMs`: the oldest waiting job, and on a batching replica every waiting
 * job of its key sent by then, in order, while the forward's outputs fit (they move up behind it).
 * Answers the jobs that start.
 */
function startWaiting<E extends Queued> (queue: E[], atMs: number, { slots = 1, batchSize = 1, label = unbounded }: Lanes): E[] {
  const started: E[] = []
  while (forwardsRunning(queue) < slots) {
    const head = queue.find((entry) => !isRunning(entry))
    if (!head) break
    markRunning(head.job, atMs)
    started.push(head)
    const workload = head.job.workload
    if (batchSize <= 1 || !head.batchKey || !workload) continue
    const mates: E[] = []
    let outputs = workload.outputs
    for (const other of queue) {
      if (isRunning(other) || other.batchKey !== head.batchKey || other.job.submittedAtMs > atMs) continue
      if (outputs + workload.outputs > batchSize) break
      mates.push(other)
      outputs += workload.outputs
    }
    if (mates.length === 0) continue
    const batch = { headId: head.job.id, jobs: mates.length + 1, outputs, workload: label(batchWorkload(workload, outputs)) }
    head.job.batch = batch
    for (const mate of mates) {
      queue.splice(queue.indexOf(mate), 1)
      queue.splice(queue.indexOf(head) + 1, 0, mate)
      mate.job.batch = batch
      markRunning(mate.job, atMs)
      started.push(mate)
    }
  }
  return started
}

/** Adds a job; it runs at once when a slot is free (alone: nothing waits for it to batch with). */
export function enqueue<E extends Queued> (queue: E[], entry: E, lanes: Lanes = {}): void {
  const nothingWaits = runningCount(queue) === queue.length
  queue.push(entry)
  if (nothingWaits && forwardsRunning(queue) < (lanes.slots ?? 1)) markRunning(entry.job, entry.job.submittedAtMs)
}

/** Takes the entry out; a slot it freed goes to the next waiting at `atMs`. Answers the jobs that start. */
export function dequeue<E extends Queued> (queue: E[], entry: E, atMs: number, lanes: Lanes = {}): E[] {
  const index = queue.indexOf(entry)
  if (index === -1) return []
  queue.splice(index, 1)
  return isRunning(entry) ? startWaiting(queue, atMs, lanes) : []
}

/**
 * `entry` completed while jobs ahead of it, submitted concurrently with it, are still queued
 * upstream: it arrived before them. It moves ahead of them and, into the running ones, takes over
 * the start time the gateway had given the last job started, which goes back to waiting.
 */
export function promote<E extends Queued> (queue: E[], entry: E): void {
  const index = queue.indexOf(entry)
  let target = index
  while (target > 0) {
    const ahead = queue[target - 1] as E
    if (!orderUnknown(ahead, entry) || ahead.job.upstream.status !== 'queued') break
    target--
  }
  const running = runningCount(queue)
  const displaced = queue[running - 1]
  // A batch's member cannot go back to waiting without its batch: the entry waits first in line instead
  if (target < running && !isRunning(entry) && displaced?.job.batch) target = running
  if (target === index) return
  queue.splice(index, 1)
  queue.splice(target, 0, entry)
  if (target < running && !isRunning(entry) && displaced) {
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
export function createReplicaQueues<E extends Queued> ({ label = unbounded }: Pick<Lanes, 'label'> = {}) {
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

  const lanesOf = ({ slots, batchSize }: Replica): Lanes => ({ slots, batchSize, label })

  return {
    of,
    lanesOf,
    /** A submit to the replica of `work` begins (1) or got its answer (-1). */
    reserve (replica: Replica, delta: 1 | -1, work: Work | null = null): void {
      submitting.set(replica, (submitting.get(replica) ?? 0) + delta)
      if (delta > 0) replica.work.add(work)
      else replica.work.remove(work)
      count(replica)
    },
    add (replica: Replica, entry: E): void {
      enqueue(of(replica), entry, lanesOf(replica))
      replica.work.add(entry.job.workload)
      count(replica)
    },
    /** Takes the entry out; answers the jobs that run now because of it. */
    remove (replica: Replica, entry: E, atMs: number): E[] {
      const queue = of(replica)
      if (queue.includes(entry)) replica.work.remove(entry.job.workload)
      const started = dequeue(queue, entry, atMs, lanesOf(replica))
      count(replica)
      return started
    }
  }
}
export type ReplicaQueues<E extends Queued> = ReturnType<typeof createReplicaQueues<E>>
