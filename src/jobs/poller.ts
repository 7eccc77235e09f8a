import { noteCallFailure, noteCallSuccess, type Backend, type Backends, type Replica } from '../backends/backends.ts'
import { truncate, type UpstreamVideo } from '../backends/client.ts'
import { upstreamFailure, type UpstreamFailure } from '../errors.ts'
import { completedSeen, isTerminal, measuredWorkload, serviceSeconds, type JobObserver, type JobOutcome, type TrackedJob } from './job.ts'
import { pollIntervalMs } from './poll-interval.ts'
import { endedBefore, jobsCertainlyAhead, orderUnknown, promote, type ReplicaQueues } from './queue.ts'
import { createRecordCollector } from './records.ts'
import { stopTimers, type Entry, type JobRegistry } from './registry.ts'

export interface PollerOptions {
  backends: Backends
  registry: JobRegistry
  queues: ReplicaQueues<Entry>
  observer: JobObserver
  logger: { info: (obj: object, msg: string) => void, warn: (obj: object, msg: string) => void, debug: (obj: object, msg: string) => void }
  clock: () => number
  pollMinMs: number
  pollMaxMs: number
  perfRecordWaitMs: number
  /** From submit: a job still queued or running then is failed and no longer polled. */
  deadlineMs: number
  /** A job whose every poll failed for this long is failed with backend_unreachable. */
  unreachableMs: number
}

/** The failure and what caused it (undici's or the parser's words, cut short): what an operator needs to act. */
const causeOf = (failure: UpstreamFailure): string | null => (failure.cause as Error | undefined)?.message?.slice(0, 200) ?? null

function describe (failure: UpstreamFailure): string {
  const cause = causeOf(failure)
  return cause ? `${failure.message}: ${cause}` : failure.message
}

const MAX_REASON_CHARS = 2000

// A job far back in a queue is polled every 30 x RINGSIDE_POLL_MAX_MS (60 s by default) at most
const MAX_WAITING_POLL_FACTOR = 30

/**
 * One poller per job (never one per client): paced by the job's place in its replica's FIFO and
 * the job's predicted service time there, bounded by the job's deadline, settling it once the backend says
 * it ended. SGLang never says `in_progress`, so a job's start is the end of the one before it.
 */
export function createPoller (options: PollerOptions) {
  const { backends, registry, queues, observer, logger, clock, deadlineMs, unreachableMs } = options
  const collectRecord = createRecordCollector({ observer, perfRecordWaitMs: options.perfRecordWaitMs, logger })
  let closed = false

  /** Tracked and not settled: its poller may carry on (the deadline may have settled it meanwhile). */
  function live (entry: Entry): boolean {
    return !closed && registry.tracked(entry) && !isTerminal(entry.job)
  }

  function armDeadline (backend: Backend, replica: Replica, entry: Entry): void {
    if (!live(entry)) return
    const remainingMs = entry.job.submittedAtMs + deadlineMs - clock()
    entry.deadline = setTimeout(() => expire(backend, replica, entry), Math.max(0, remainingMs))
    entry.deadline.unref()
  }

  /**
   * The deadline passed: failed, no longer polled, no longer counted in the replica's queue (a
   * hung or unreachable backend must not hold admission slots forever). The backend may still
   * run it; SGLang's DELETE would not stop it, so it is left alone.
   */
  function expire (backend: Backend, replica: Replica, entry: Entry): void {
    entry.deadline = undefined
    const message = `backend ${backend.name} did not finish the job within its deadline of ${deadlineMs / 1000} s`
    settle(backend, replica, entry, 'deadline', { message, code: 'deadline_exceeded' })
  }

  function dequeue (replica: Replica, entry: Entry, atMs: number): void {
    // The jobs that run now: their pollers go from the waiting pace to the running one
    for (const next of queues.remove(replica, entry, atMs)) {
      const backend = backends.get(next.job.ref.backend)
      if (!backend || next.timer === undefined) continue
      clearTimeout(next.timer)
      schedulePoll(backend, replica, next)
    }
  }

  function delayMs (backend: Backend, replica: Replica, entry: Entry): number {
    const ahead = jobsCertainlyAhead(queues.of(replica), entry, queues.lanesOf(replica))
    // A job whose answer another job's completion awaits is asked again at once. One waiting
    // behind others cannot finish before them: it is only checked on (is it still known
    // upstream?), less often the further back it is, so 10,000 queued jobs cost few polls.
    if (entry.answerWaiters.length > 0) return 0
    if (ahead > 0) return Math.min(ahead, MAX_WAITING_POLL_FACTOR) * options.pollMaxMs
    const expected = backend.service.predict(entry.job.workload)
    return pollIntervalMs({
      expectedServiceMs: expected === null ? null : expected * 1000,
      elapsedMs: clock() - (entry.job.startedAtMs ?? entry.job.submittedAtMs),
      minMs: options.pollMinMs,
      maxMs: options.pollMaxMs
    })
  }

  /**
   * After failed polls: doubling from RINGSIDE_POLL_MAX_MS up to 30 times it, never before the
   * replica's circuit may be probed again (polls at full pace against an open circuit only add
   * load to a failing server), and never past the moment the job is to be failed unreachable.
   */
  function failingDelayMs (replica: Replica, failing: NonNullable<Entry['job']['backendFailing']>): number {
    const backoffMs = Math.min(2 ** Math.min(failing.failedPolls - 1, 16), MAX_WAITING_POLL_FACTOR) * options.pollMaxMs
    const untilUnreachableMs = failing.sinceMs + unreachableMs - clock()
    return Math.max(0, Math.min(Math.max(backoffMs, replica.breaker.msUntilHalfOpen()), untilUnreachableMs))
  }

  function schedulePoll (backend: Backend, replica: Replica, entry: Entry): void {
    if (closed) return
    const failing = entry.job.backendFailing
    entry.timer = setTimeout(() => {
      entry.timer = undefined
      poll(backend, replica, entry)
    }, failing ? failingDelayMs(replica, failing) : delayMs(backend, replica, entry))
    // A pending poll must not keep the process alive: close() and the deadline end the job's life
    entry.timer.unref()
  }

  /** Polls now a job whose next poll is only scheduled (one in flight will do). */
  function pollNow (backend: Backend, replica: Replica, entry: Entry): void {
    if (entry.timer === undefined) return
    clearTimeout(entry.timer)
    entry.timer = undefined
    poll(backend, replica, entry)
  }

  /** Resolves at the first poll answer to a request sent at or after `sinceMs`. */
  function answerSince (entry: Entry, sinceMs: number): Promise<void> {
    return new Promise((resolve) => entry.answerWaiters.push({ sinceMs, resolve }))
  }

  function answered (entry: Entry, sentAtMs: number): void {
    entry.answerWaiters = entry.answerWaiters.filter((waiter) => {
      if (waiter.sinceMs > sentAtMs) return true
      waiter.resolve()
      return false
    })
  }

  /** A job whose order against another is unknown: it finished, or the backend says it still waits. */
  async function finishedOrStillQueued (other: Entry, sinceMs: number): Promise<void> {
    await Promise.race([other.job.settled, answerSince(other, sinceMs)])
    if (!isTerminal(other.job) && other.job.upstream.status !== 'queued') await other.job.settled
  }

  /**
   * FIFO: the jobs ahead of this one on its replica ended before it did. When their end has not
   * been seen yet (polls interleave, or the gateway stalled), poll them now and wait for them,
   * briefly, so that this job starts when they ended rather than at an unknown time. A job ahead
   * that was submitted concurrently with this one may in fact have been behind it: one answer
   * from its backend tells.
   */
  async function afterJobsAhead (backend: Backend, replica: Replica, entry: Entry, seenAtMs: number): Promise<void> {
    const queue = queues.of(replica)
    // With k slots the k - 1 just ahead may still run beside it
    const ahead = endedBefore(queue, entry, queues.lanesOf(replica))
    if (ahead.length === 0) return
    const waits = ahead.map((other) => orderUnknown(other, entry) ? finishedOrStillQueued(other, seenAtMs) : other.job.settled)
    for (const other of ahead) pollNow(backend, replica, other)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, options.pollMaxMs).unref() })
    await Promise.race([Promise.all(waits), timeout])
    clearTimeout(timer)
    promote(queue, entry)
  }

  async function poll (backend: Backend, replica: Replica, entry: Entry): Promise<void> {
    let upstream: UpstreamVideo | undefined
    const sentAtMs = clock()
    try {
      upstream = await replica.client.getJob(entry.job.ref.upstreamId)
    } catch (err) {
      answered(entry, sentAtMs)
      const failure = recordFailure(backend, replica, err)
      if (live(entry)) pollFailed(backend, replica, entry, failure, sentAtMs)
      return
    }
    replica.breaker.success()
    noteCallSuccess(replica)
    if (live(entry)) pollAnswered(backend, entry)
    if (live(entry)) entry.job.upstream = upstream ?? entry.job.upstream
    answered(entry, sentAtMs)
    if (!live(entry)) return
    if (upstream === undefined) {
      settle(backend, replica, entry, 'lost', { message: `backend ${backend.name} no longer knows this job (restarted or deleted upstream)`, code: 'job_lost' })
      // A restart loses every job of the replica: the ones waiting are asked now, not at their slow pace
      for (const other of queues.of(replica)) pollNow(backend, replica, other)
      return
    }
    if (upstream.status === 'completed') return complete(backend, replica, entry)
    if (upstream.status === 'failed') {
      // The backend's words go to the job view and the log: a traceback's worth, not a body's
      const reason = upstream.error?.message
      const message = typeof reason === 'string' ? truncate(reason, MAX_REASON_CHARS) : `backend ${backend.name} reported the job failed without a reason`
      return settle(backend, replica, entry, 'failed', { message, code: 'generation_failed' })
    }
    schedulePoll(backend, replica, entry)
  }

  async function complete (backend: Backend, replica: Replica, entry: Entry): Promise<void> {
    const seenAtMs = clock()
    await afterJobsAhead(backend, replica, entry, seenAtMs)
    const completedAtMs = completedSeen(entry.job, seenAtMs)
    dequeue(replica, entry, completedAtMs)
    // A batch ended with it: its other members are asked now, so they end at its time, not at their next poll
    const { batch } = entry.job
    if (batch) for (const other of queues.of(replica)) if (other.job.batch === batch) pollNow(backend, replica, other)
    // A batch's time is learnt once, from its head, as the forward of all its outputs it was
    const service = serviceSeconds(entry.job)
    if (service !== null && (!batch || batch.headId === entry.job.id)) backend.service.observe(measuredWorkload(entry.job), service)
    await collectRecord(backend, replica, entry.job)
    settle(backend, replica, entry, 'completed', null)
  }

  /**
   * The job's view says its backend is failing from the first failed poll (warned once, then at
   * debug); past `unreachableMs` of nothing but failures the job is failed with the last error.
   */
  function pollFailed (backend: Backend, replica: Replica, entry: Entry, failure: UpstreamFailure, sentAtMs: number): void {
    const { job } = entry
    const failing = job.backendFailing
    job.backendFailing = { sinceMs: failing?.sinceMs ?? sentAtMs, error: describe(failure), failedPolls: (failing?.failedPolls ?? 0) + 1 }
    const since = job.backendFailing.sinceMs
    const fields = { backend: backend.name, job: job.id, error: job.backendFailing.error, failingSince: new Date(since).toISOString() }
    if (failing) logger.debug(fields, 'poll failed again; will poll again')
    else logger.warn(fields, 'poll failed: the job\'s backend is failing')
    if (clock() - since < unreachableMs) return schedulePoll(backend, replica, entry)
    const message = `backend ${backend.name} could not be polled for ${Math.round((clock() - since) / 1000)} s ` +
      `(since ${new Date(since).toISOString()}): ${job.backendFailing.error}`
    settle(backend, replica, entry, 'unreachable', { message, code: 'backend_unreachable' })
  }

  function pollAnswered (backend: Backend, entry: Entry): void {
    const failing = entry.job.backendFailing
    if (!failing) return
    entry.job.backendFailing = null
    logger.info({ backend: backend.name, job: entry.job.id, failedPolls: failing.failedPolls }, 'poll answered again after failures')
  }

  /** Counts a failed call, and feeds the replica's circuit: a client's 4xx is an answer, not a failure. */
  function recordFailure (backend: Backend, replica: Replica, err: unknown): UpstreamFailure {
    const failure = upstreamFailure(backend.name, err)
    if (failure.reason === 'rejected') {
      // Not the replica's error either: /v1/backends must not show one client's refused request to all
      replica.breaker.success()
    } else {
      noteCallFailure(replica, failure.message, clock(), causeOf(failure))
      observer.upstreamError(backend.name, failure.reason)
      replica.breaker.failure()
    }
    return failure
  }

  function settle (backend: Backend, replica: Replica, entry: Entry, outcome: JobOutcome, error: TrackedJob['error']): void {
    const { job } = entry
    if (isTerminal(job) || !registry.tracked(entry)) return
    // A settled job is kept for polls and downloads (up to 10,000): not its spent timers
    stopTimers(entry)
    if (job.completedAtMs === null) job.completedAtMs = clock()
    dequeue(replica, entry, job.completedAtMs)
    job.status = outcome === 'completed' ? 'completed' : 'failed'
    job.error = error
    if (error) logger.warn({ backend: backend.name, job: job.id, reason: error.message }, 'job failed')
    observer.settled(job, outcome)
    entry.resolve()
    answered(entry, Infinity)
    registry.remember(job.id)
  }

  return {
    /** A job just submitted: its deadline runs from its submit, its first poll is paced as any. */
    follow (backend: Backend, replica: Replica, entry: Entry): void {
      armDeadline(backend, replica, entry)
      schedulePoll(backend, replica, entry)
    },
    /**
     * A job adopted from its id: this first poll starts its one poller. The deadline only after
     * it: a job another instance submitted long ago may well have completed, and must not be
     * failed unseen.
     */
    async adopt (backend: Backend, replica: Replica, entry: Entry): Promise<void> {
      await poll(backend, replica, entry)
      armDeadline(backend, replica, entry)
    },
    dequeue,
    recordFailure,
    get closed (): boolean { return closed },
    close (): void {
      closed = true
      for (const entry of registry.values()) {
        clearTimeout(entry.timer)
        clearTimeout(entry.deadline)
      }
    }
  }
}
export type Poller = ReturnType<typeof createPoller>
