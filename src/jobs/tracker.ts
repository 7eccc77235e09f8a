import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { isAvailable, type Backends, type Backend, type Replica } from '../backends/backends.ts'
import type { ContentAnswer, UpstreamVideo, Upload } from '../backends/client.ts'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { circuitOpenError } from '../backends/admission.ts'
import { defaultReadRetry, parseRetryAfterMs, withRetries, type RetryPolicy, type RetryVerdict } from '../backends/retry.ts'
import { pickReplica } from '../routing/replicas.ts'
import { createJobIdCodec } from './job-id.ts'
import { createRecordCollector } from './records.ts'
import type { ContentCache } from './content-cache.ts'
import type { ContentSource } from '../metrics/names.ts'
import { pollIntervalMs } from './poll-interval.ts'
import { isTerminal, serviceSeconds, type TrackedJob } from './job.ts'
import { dequeue as leaveQueue, enqueue as joinQueue, jobsCertainlyAhead, orderUnknown, promote, type Queued } from './fifo.ts'
import { ContentNotReadyError, JobNotFoundError, UpstreamContentGoneError, UpstreamStatusError, upstreamFailure, type UpstreamFailure, type UpstreamReason } from '../errors.ts'

export type JobOutcome = 'completed' | 'failed' | 'lost' | 'deadline'

export interface JobObserver {
  /** Called once when a job reaches completed or failed (`lost` when the backend forgot it, `deadline` when it ran out of time). */
  settled (job: TrackedJob, outcome: JobOutcome): void
  upstreamError (backend: string, reason: Exclude<UpstreamReason, 'rejected'>): void
  recordLookup (backend: string, outcome: 'found' | 'missing' | 'corrupt'): void
}

export interface TrackerOptions {
  backends: Backends
  secret: string
  observer: JobObserver
  logger: { warn: (obj: object, msg: string) => void, debug: (obj: object, msg: string) => void }
  pollMinMs: number
  pollMaxMs: number
  perfRecordWaitMs: number
  /** Terminal jobs kept for polls and downloads; the oldest are forgotten first. */
  maxSettledJobs?: number
  /** From submit: a job still queued or running then is failed and no longer polled. */
  jobDeadlineSeconds?: number
  /** Retries of content downloads (a safe read); generations are never re-sent. */
  contentRetry?: RetryPolicy
  /** Finished videos kept after their first download; none kept without it. */
  contentCache?: ContentCache
  clock?: () => number
}

interface Entry extends Queued {
  job: TrackedJob
  timer: NodeJS.Timeout | undefined
  deadline: NodeJS.Timeout | undefined
  resolve: () => void
  /** Waiting for a poll answer to a request sent at or after `sinceMs`. */
  answerWaiters: Array<{ sinceMs: number, resolve: () => void }>
}

/** Content downloads are retried when the connection failed or a proxy said "try again". */
function contentRetryVerdict (err: unknown): RetryVerdict {
  const failure = err as UpstreamFailure & { upstreamStatus?: number, retryAfter?: string | string[], streamed?: boolean }
  if (failure.streamed) return { retry: false }
  if (failure.reason === 'refused' || failure.reason === 'reset') return { retry: true }
  if (failure.reason === 'status' && [502, 503, 504].includes(failure.upstreamStatus ?? 0)) {
    return { retry: true, retryAfterMs: parseRetryAfterMs(failure.retryAfter) }
  }
  return { retry: false }
}

// A job far back in a queue is polled every 30 x RINGSIDE_POLL_MAX_MS (60 s by default) at most
const MAX_WAITING_POLL_FACTOR = 30

export const defaultClock = () => performance.timeOrigin + performance.now()

/**
 * Owns the lifecycle of every job the gateway submitted: one poller per job (never one per
 * client), FIFO bookkeeping per replica so the gateway knows which job a backend is running
 * (SGLang never says `in_progress`), and collection of the stage record on completion.
 */
export function createJobTracker (options: TrackerOptions) {
  const { backends, observer, logger } = options
  const clock = options.clock ?? defaultClock
  const codec = createJobIdCodec(options.secret)
  const maxSettled = options.maxSettledJobs ?? 10_000
  const deadlineMs = (options.jobDeadlineSeconds ?? 3600) * 1000
  const contentRetry = options.contentRetry ?? defaultReadRetry
  const { contentCache } = options
  const collectRecord = createRecordCollector({ observer, perfRecordWaitMs: options.perfRecordWaitMs })
  const entries = new Map<string, Entry>()
  // Insertion-ordered: the first is the oldest settled job
  const settledIds = new Set<string>()
  // Per replica, in submission order, the jobs the backend has not finished: the head is running.
  const queues = new Map<Replica, Entry[]>()
  // Submits awaiting the backend's answer count as outstanding, or jobs submitted at the same
  // moment would all be sent to the replica (and backend) that looked least loaded.
  const submitting = new Map<Replica, number>()
  let closed = false
  let startDraining!: () => void
  const draining = new Promise<void>((resolve) => { startDraining = resolve })

  function queueOf (replica: Replica): Entry[] {
    let queue = queues.get(replica)
    if (!queue) queues.set(replica, queue = [])
    return queue
  }

  function newEntry (job: Omit<TrackedJob, 'settled'>, answeredAtMs: number | null): Entry {
    let resolve!: () => void
    const settled = new Promise<void>((_resolve) => { resolve = _resolve })
    return { job: { ...job, settled }, answeredAtMs, timer: undefined, deadline: undefined, resolve, answerWaiters: [] }
  }

  function countOutstanding (replica: Replica): void {
    replica.outstanding = queueOf(replica).length + (submitting.get(replica) ?? 0)
  }

  function reserve (replica: Replica, delta: 1 | -1): void {
    submitting.set(replica, (submitting.get(replica) ?? 0) + delta)
    countOutstanding(replica)
  }

  /** Whether the entry is still the tracked one: a poll answered after DELETE must not settle it. */
  function tracked (entry: Entry): boolean {
    return entries.get(entry.job.id) === entry
  }

  /** Tracked and not settled: its poller may carry on (the deadline may have settled it meanwhile). */
  function live (entry: Entry): boolean {
    return !closed && tracked(entry) && !isTerminal(entry.job)
  }

  function enqueue (replica: Replica, entry: Entry): void {
    joinQueue(queueOf(replica), entry)
    countOutstanding(replica)
    entries.set(entry.job.id, entry)
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
    const seconds = deadlineMs / 1000
    settle(backend, replica, entry, 'deadline', { message: `backend ${backend.name} did not finish the job within its deadline of ${seconds} s`, code: 'deadline_exceeded' })
  }

  function dequeue (replica: Replica, entry: Entry, atMs: number): void {
    const queue = queueOf(replica)
    const head = queue[0]
    leaveQueue(queue, entry, atMs)
    countOutstanding(replica)
    // The next job runs now: its poller goes from the waiting pace to the running one
    const next = queue[0]
    const backend = next && next !== head ? backends.get(next.job.ref.backend) : undefined
    if (backend && next?.timer !== undefined) {
      clearTimeout(next.timer)
      schedulePoll(backend, replica, next)
    }
  }

  function schedulePoll (backend: Backend, replica: Replica, entry: Entry): void {
    if (closed) return
    const now = clock()
    const expected = backend.serviceSeconds.value()
    const since = entry.job.startedAtMs ?? entry.job.submittedAtMs
    const ahead = jobsCertainlyAhead(queueOf(replica), entry)
    // A job whose answer another job's completion awaits is asked again at once. One waiting
    // behind others cannot finish before them: it is only checked on (is it still known
    // upstream?), less often the further back it is, so 10,000 queued jobs cost few polls.
    let delayMs: number
    if (entry.answerWaiters.length > 0) delayMs = 0
    else if (ahead > 0) delayMs = Math.min(ahead, MAX_WAITING_POLL_FACTOR) * options.pollMaxMs
    else {
      delayMs = pollIntervalMs({
        expectedServiceMs: expected === null ? null : expected * 1000,
        elapsedMs: now - since,
        minMs: options.pollMinMs,
        maxMs: options.pollMaxMs
      })
    }
    entry.timer = setTimeout(() => {
      entry.timer = undefined
      poll(backend, replica, entry)
    }, delayMs)
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
    const queue = queueOf(replica)
    const ahead = queue.slice(0, Math.max(0, queue.indexOf(entry)))
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
      // Until the job's deadline: a backend unreachable for that long fails the job there
      logger.debug({ backend: backend.name, job: entry.job.id, err: failure }, 'poll failed; will poll again')
      if (live(entry)) schedulePoll(backend, replica, entry)
      return
    }
    replica.breaker.success()
    if (live(entry)) entry.job.upstream = upstream ?? entry.job.upstream
    answered(entry, sentAtMs)
    if (!live(entry)) return
    if (upstream === undefined) {
      settle(backend, replica, entry, 'lost', { message: `backend ${backend.name} no longer knows this job (restarted or deleted upstream)`, code: 'job_lost' })
      // A restart loses every job of the replica: the ones waiting are asked now, not at their slow pace
      for (const other of queueOf(replica)) pollNow(backend, replica, other)
      return
    }
    if (upstream.status === 'completed') return complete(backend, replica, entry)
    if (upstream.status === 'failed') {
      return settle(backend, replica, entry, 'failed', { message: upstream.error?.message ?? `backend ${backend.name} reported the job failed without a reason`, code: 'generation_failed' })
    }
    schedulePoll(backend, replica, entry)
  }

  async function complete (backend: Backend, replica: Replica, entry: Entry): Promise<void> {
    const seenAtMs = clock()
    await afterJobsAhead(backend, replica, entry, seenAtMs)
    // Never before its start: that is the end of the jobs ahead, possibly seen only just now
    const completedAtMs = Math.max(seenAtMs, entry.job.startedAtMs ?? seenAtMs)
    entry.job.completedAtMs = completedAtMs
    dequeue(replica, entry, completedAtMs)
    const service = serviceSeconds(entry.job)
    if (service !== null) backend.serviceSeconds.update(service)
    await collectRecord(backend.name, replica, entry.job)
    settle(backend, replica, entry, 'completed', null)
  }

  /** Counts a failed call, and feeds the replica's circuit: a client's 4xx is an answer, not a failure. */
  function recordFailure (backend: Backend, replica: Replica, err: unknown): UpstreamFailure {
    const failure = upstreamFailure(backend.name, err)
    if (failure.reason === 'rejected') {
      replica.breaker.success()
    } else {
      observer.upstreamError(backend.name, failure.reason)
      replica.breaker.failure()
    }
    return failure
  }

  function settle (backend: Backend, replica: Replica, entry: Entry, outcome: JobOutcome, error: TrackedJob['error']): void {
    const { job } = entry
    if (isTerminal(job) || !tracked(entry)) return
    clearTimeout(entry.timer)
    clearTimeout(entry.deadline)
    // A settled job is kept for polls and downloads (up to 10,000): not its spent timers
    entry.timer = entry.deadline = undefined
    if (job.completedAtMs === null) job.completedAtMs = clock()
    dequeue(replica, entry, job.completedAtMs)
    job.status = outcome === 'completed' ? 'completed' : 'failed'
    job.error = error
    if (error) logger.warn({ backend: backend.name, job: job.id, reason: error.message }, 'job failed')
    observer.settled(job, outcome)
    entry.resolve()
    answered(entry, Infinity)
    remember(job.id)
  }

  function remember (id: string): void {
    settledIds.add(id)
    if (settledIds.size <= maxSettled) return
    const [oldest] = settledIds
    settledIds.delete(oldest!)
    entries.delete(oldest!)
  }

  async function send (backend: Backend, replica: Replica, body: Record<string, unknown>, perfDumpPath: string | null, requestId?: string, upload?: Upload): Promise<TrackedJob> {
    const submittedAtMs = clock()
    let upstream: UpstreamVideo
    try {
      upstream = await replica.client.submit(body, requestId, upload)
    } catch (err) {
      const failure = recordFailure(backend, replica, err)
      if (failure.reason === 'refused' || failure.reason === 'timeout') replica.up = false
      throw failure
    } finally {
      reserve(replica, -1)
    }
    const answeredAtMs = clock()
    replica.up = true
    replica.breaker.success()
    const ref = { backend: backend.name, replica: replica.index, upstreamId: upstream.id }
    const entry = newEntry({
      id: codec.encode(ref),
      ref,
      status: 'queued',
      submittedAtMs,
      startedAtMs: null,
      completedAtMs: null,
      observedFromSubmit: true,
      upstream,
      error: null,
      record: null,
      recordSource: null,
      perfDumpPath
    }, answeredAtMs)
    enqueue(replica, entry)
    armDeadline(backend, replica, entry)
    schedulePoll(backend, replica, entry)
    return entry.job
  }

  function perfDumpPathFor (backend: Backend): string | null {
    const dir = backend.config.perf_dump_dir
    return dir ? join(dir, `ringside-${randomUUID()}.json`) : null
  }

  return {
    codec,

    /**
     * Sends the generation to the least-loaded available replica of the backend and starts
     * tracking it. Admission (the queue limit) is the caller's: chooseBackend checks it, and
     * everything up to `reserve` runs synchronously after it, so no other submit slips between.
     */
    async submit (backend: Backend, params: Record<string, unknown>, requestId?: string, upload?: Upload): Promise<TrackedJob> {
      const available = backend.replicas.filter(isAvailable)
      // None up (the prober may lag a restart): try one whose circuit lets calls through
      const candidates = available.length > 0 ? available : backend.replicas.filter((r) => r.breaker.allows())
      if (candidates.length === 0) throw circuitOpenError(backend)
      const replica = candidates[pickReplica(candidates.map((r) => r.outstanding))]!
      replica.breaker.tryProbe()
      // SGLang writes perf dumps for JSON requests only; an upload goes as multipart.
      const perfDumpPath = upload ? null : perfDumpPathFor(backend)
      const body = perfDumpPath ? { ...params, perf_dump_path: perfDumpPath } : params
      reserve(replica, 1)
      return send(backend, replica, body, perfDumpPath, requestId, upload)
    },

    /**
     * The job for a signed id. An id this gateway never saw (another replica or a previous
     * process issued it) is adopted by asking its backend, so follow-ups need no shared store.
     */
    async get (id: string): Promise<TrackedJob | undefined> {
      const known = entries.get(id)
      if (known) return known.job
      const ref = codec.decode(id)
      if (!ref) return undefined
      const backend = backends.get(ref.backend)
      const replica = backend?.replicas[ref.replica]
      if (!backend || !replica) return undefined
      const upstream = await replica.client.getJob(ref.upstreamId)
      if (!upstream) return undefined
      const createdMs = typeof upstream.created_at === 'number' ? upstream.created_at * 1000 : clock()
      const entry = newEntry({
        id,
        ref,
        status: 'queued',
        submittedAtMs: createdMs,
        startedAtMs: null,
        completedAtMs: null,
        observedFromSubmit: false,
        upstream,
        error: null,
        record: null,
        recordSource: null,
        perfDumpPath: null
      }, null)
      if (entries.has(id)) return entries.get(id)!.job
      enqueue(replica, entry)
      // This first poll starts the job's one poller. The deadline only after it: a job another
      // instance submitted long ago may well have completed, and must not be failed unseen
      await poll(backend, replica, entry)
      armDeadline(backend, replica, entry)
      return entry.job
    },

    /**
     * Writes the job's mp4 into the writable `open` returns, called once the video is at hand:
     * kept here from an earlier download, or the backend answered 200 and streams it. Retried (a
     * safe read) only while nothing was written. When the writable is destroyed (the client went
     * away) the upstream request is aborted. Answers where the video came from.
     */
    async streamContent (job: TrackedJob, open: (headers: ContentAnswer['headers']) => Writable, requestId?: string): Promise<ContentSource> {
      if (job.status !== 'completed') throw new ContentNotReadyError(job.id, job.status)
      const kept = contentCache?.get(job.id)
      if (kept) {
        const target = open({ 'content-type': 'video/mp4', 'content-length': String(kept.length), 'accept-ranges': 'bytes' })
        target.end(kept)
        await finished(target)
        return 'cache'
      }
      const backend = job.ref.backend
      const replica = backends.get(backend)?.replicas[job.ref.replica]
      if (!replica) throw new JobNotFoundError(job.id)
      function openKeeping (headers: ContentAnswer['headers']): Writable {
        const target = open(headers)
        return contentCache ? contentCache.fill(job.id, Number(headers['content-length']), target) : target
      }
      await withRetries(async () => {
        const answer = await replica.client.streamContent(job.ref.upstreamId, openKeeping, requestId)
        if (answer.statusCode === 200) return
        if (answer.statusCode === 404) throw Object.assign(new UpstreamContentGoneError(backend), { backend })
        const failure = upstreamFailure(backend, new UpstreamStatusError(backend, answer.statusCode))
        throw Object.assign(failure, { upstreamStatus: answer.statusCode, retryAfter: answer.headers['retry-after'] })
      }, contentRetryVerdict, contentRetry)
      return 'backend'
    },

    /** Resolves when the job settles, after timeoutMs, or when the gateway starts to drain. */
    async waitFor (job: TrackedJob, timeoutMs: number): Promise<void> {
      if (isTerminal(job) || timeoutMs <= 0 || closed) return
      let timer: NodeJS.Timeout | undefined
      await Promise.race([job.settled, draining, new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs) })])
      clearTimeout(timer)
    },

    /**
     * Shutdown begins: requests holding for completion (Prefer: wait) answer now with the job as
     * it stands, so a graceful close is not held up by them; streams finish on their own.
     */
    drain (): void {
      startDraining()
    },

    /** Jobs this gateway knows, oldest first. */
    list (): TrackedJob[] {
      return [...entries.values()].map((e) => e.job).sort((a, b) => a.submittedAtMs - b.submittedAtMs)
    },

    /** Forgets the job here and upstream. SGLang's DELETE does not stop a running generation. */
    async remove (job: TrackedJob): Promise<void> {
      contentCache?.delete(job.id)
      const entry = entries.get(job.id)
      const backend = backends.get(job.ref.backend)
      const replica = backend?.replicas[job.ref.replica]
      if (!entry || !backend || !replica) return
      // Forgotten before the DELETE goes out, so a poll answered meanwhile (404) cannot report the
      // job lost; should the DELETE fail, the next request for the id adopts it again.
      clearTimeout(entry.timer)
      clearTimeout(entry.deadline)
      entries.delete(job.id)
      settledIds.delete(job.id)
      dequeue(replica, entry, clock())
      entry.resolve()
      await replica.client.deleteJob(job.ref.upstreamId)
    },

    close (): void {
      closed = true
      for (const entry of entries.values()) {
        clearTimeout(entry.timer)
        clearTimeout(entry.deadline)
      }
    }
  }
}
export type JobTracker = ReturnType<typeof createJobTracker>
