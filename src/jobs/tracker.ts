import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { noteCallSuccess, type Backend, type Backends, type Replica } from '../backends/backends.ts'
import type { UpstreamVideo, Upload } from '../backends/client.ts'
import type { Choice, Router } from '../routing/router.ts'
import type { LabelledWorkload } from '../workloads/catalog.ts'
import { JobNotFoundError } from '../errors.ts'
import { batchKeyOf } from './batching.ts'
import { createJobIdCodec, type JobRef } from './job-id.ts'
import { isTerminal, PROMPT_KEPT_CHARS, type JobObserver, type TrackedJob } from './job.ts'
import { createPoller } from './poller.ts'
import { createReplicaQueues } from './queue.ts'
import { createJobRegistry, createUnknownIds, newEntry, type Entry } from './registry.ts'
import { maySee, ownerFor, type Caller } from '../security/tenancy.ts'

export interface TrackerOptions {
  backends: Backends
  /** Where a submit goes: backend and replica, admission included. */
  router: Router
  secret: string
  observer: JobObserver
  logger: { info: (obj: object, msg: string) => void, warn: (obj: object, msg: string) => void, debug: (obj: object, msg: string) => void }
  pollMinMs: number
  pollMaxMs: number
  perfRecordWaitMs: number
  /** Terminal jobs kept for polls and downloads; the oldest are forgotten first. */
  maxSettledJobs?: number
  /** From submit: a job still queued or running then is failed and no longer polled. */
  jobDeadlineSeconds?: number
  /** A job whose every poll failed for this long is failed with backend_unreachable. */
  backendUnreachableSeconds?: number
  /** Called when a job is deleted, before its backend is told (its kept video goes). */
  onRemove?: (id: string) => void
  clock?: () => number
}

export interface SubmitOptions {
  /** Who submits: the job is theirs. Absent for the gateway's own jobs (paired runs): no key owns those. */
  caller?: Caller
  requestId?: string
  upload?: Upload
}

export const defaultClock = () => performance.timeOrigin + performance.now()

function trackedJob (
  id: string, ref: JobRef, upstream: UpstreamVideo, submittedAtMs: number, observedFromSubmit: boolean, perfDumpPath: string | null,
  workload: LabelledWorkload | null, requestedOutputs?: number
) {
  return {
    id,
    workload,
    ...(requestedOutputs !== undefined && { requestedOutputs }),
    ref,
    status: 'queued' as const,
    submittedAtMs,
    startedAtMs: null,
    completedAtMs: null,
    observedFromSubmit,
    upstream,
    error: null,
    backendFailing: null,
    record: null,
    recordSource: null,
    recordLookup: null,
    perfDumpPath
  }
}

function perfDumpPathFor (backend: Backend): string | null {
  const dir = backend.config.perf_dump_dir
  return dir ? join(dir, `ringside-${randomUUID()}.json`) : null
}

/**
 * Owns the lifecycle of every job the gateway submitted: submit through the router, the registry
 * of jobs by signed id (adopting ids it never saw), and waiting for a job to settle. Each job's
 * polling is the poller's (src/jobs/poller.ts), its FIFO place the replica queues' (queue.ts).
 */
export function createJobTracker (options: TrackerOptions) {
  const { backends, router } = options
  const clock = options.clock ?? defaultClock
  const codec = createJobIdCodec(options.secret)
  const registry = createJobRegistry(options.maxSettledJobs ?? 10_000)
  const queues = createReplicaQueues<Entry>({ label: router.label })
  const poller = createPoller({
    backends,
    registry,
    queues,
    observer: options.observer,
    logger: options.logger,
    clock,
    pollMinMs: options.pollMinMs,
    pollMaxMs: options.pollMaxMs,
    perfRecordWaitMs: options.perfRecordWaitMs,
    deadlineMs: (options.jobDeadlineSeconds ?? 3600) * 1000,
    unreachableMs: (options.backendUnreachableSeconds ?? 300) * 1000
  })
  // An unknown id's answer is as fresh as the gateway's own slowest poll pace
  const unknownIds = createUnknownIds(options.pollMaxMs, clock)
  const adoptions = new Map<string, Promise<TrackedJob | undefined>>()
  let startDraining!: () => void
  const draining = new Promise<void>((resolve) => { startDraining = resolve })

  function track (replica: Replica, entry: Entry): void {
    queues.add(replica, entry)
    registry.add(entry)
  }

  async function send (
    { backend, replica, workload }: Choice, body: Record<string, unknown>, perfDumpPath: string | null, { caller, requestId, upload }: SubmitOptions
  ): Promise<TrackedJob> {
    const submittedAtMs = clock()
    let upstream: UpstreamVideo
    try {
      upstream = await replica.client.submit(body, requestId, upload)
    } catch (err) {
      const failure = poller.recordFailure(backend, replica, err)
      if (failure.reason === 'refused' || failure.reason === 'timeout') replica.up = false
      throw failure
    } finally {
      queues.reserve(replica, -1, workload)
    }
    const answeredAtMs = clock()
    replica.up = true
    replica.breaker.success()
    noteCallSuccess(replica)
    const owner = caller && ownerFor(caller)
    const ref = { backend: backend.name, replica: replica.index, upstreamId: upstream.id, ...(owner !== undefined && { owner }) }
    const requested = typeof body.num_outputs_per_prompt === 'number' ? body.num_outputs_per_prompt : undefined
    const entry = newEntry(trackedJob(codec.encode(ref), ref, upstream, submittedAtMs, true, perfDumpPath, workload, requested), answeredAtMs)
    if (typeof body.prompt === 'string') entry.job.prompt = body.prompt.slice(0, PROMPT_KEPT_CHARS)
    entry.batchKey = upload ? null : batchKeyOf(body, workload)
    track(replica, entry)
    poller.follow(backend, replica, entry)
    return entry.job
  }

  /**
   * The job for a signed id. An id this gateway never saw (another replica or a previous
   * process issued it) is adopted by asking its backend, so follow-ups need no shared store.
   * Concurrent requests for one id share that one question; a "not known" answer is kept a while.
   */
  async function get (id: string): Promise<TrackedJob | undefined> {
    const known = registry.get(id)
    if (known) return known.job
    if (unknownIds.has(id)) return undefined
    const pending = adoptions.get(id)
    if (pending) return pending
    const adoption = adopt(id).finally(() => adoptions.delete(id))
    adoptions.set(id, adoption)
    return adoption
  }

  async function adopt (id: string): Promise<TrackedJob | undefined> {
    const ref = codec.decode(id)
    if (!ref) return undefined
    const backend = backends.get(ref.backend)
    const replica = backend?.replicas[ref.replica]
    if (!backend || !replica) return undefined
    const upstream = await replica.client.getJob(ref.upstreamId)
    if (!upstream) {
      unknownIds.add(id)
      return undefined
    }
    const createdMs = typeof upstream.created_at === 'number' ? upstream.created_at * 1000 : clock()
    const entry = newEntry(trackedJob(id, ref, upstream, createdMs, false, null, null), null)
    // Adopted meanwhile by a request that found it tracked (a submit, a poll): that one is the job's poller
    const adopted = registry.get(id)
    if (adopted) return adopted.job
    track(replica, entry)
    await poller.adopt(backend, replica, entry)
    return entry.job
  }

  return {
    /**
     * Sends the generation to the backend and replica the router chooses (`choice`: a backend's
     * name, or `auto`/none for the routing policy) and starts tracking it as the caller's. Everything
     * from the choice to `reserve` runs synchronously, so no other submit slips between.
     */
    async submit (choice: string | undefined, params: Record<string, unknown>, options: SubmitOptions = {}): Promise<TrackedJob> {
      const { upload } = options
      const chosen = router.choose(choice, params, { hasUpload: upload !== undefined })
      const { backend, replica } = chosen
      replica.breaker.tryProbe()
      // SGLang writes perf dumps for JSON requests only; an upload goes as multipart.
      const perfDumpPath = upload ? null : perfDumpPathFor(backend)
      const body = perfDumpPath ? { ...params, perf_dump_path: perfDumpPath } : params
      queues.reserve(replica, 1, chosen.workload)
      return send(chosen, body, perfDumpPath, options)
    },

    /** The job for a signed id, whoever owns it: for the gateway's own use, never a client's request (that is `find`). */
    get,

    /** Refuses, before anything is sent, a generation over the named backend's work limits. */
    checkWork: router.checkWork,

    /**
     * The caller's job for a signed id, or a 404 (`param` names the request field, for OpenAI's
     * error shape). Another key's job is the same 404 as no job, so a caller cannot learn it
     * exists; its owner is read from the id first, so the backend is not even asked about it.
     */
    async find (id: string, caller: Caller, param?: string): Promise<TrackedJob> {
      const ref = registry.get(id)?.job.ref ?? codec.decode(id)
      const job = ref && maySee(caller, ref.owner) ? await get(id) : undefined
      if (job) return job
      throw new JobNotFoundError(id.slice(0, 80), param === undefined ? {} : { param })
    },

    /** Resolves when the job settles, after timeoutMs, or when the gateway starts to drain. */
    async waitFor (job: TrackedJob, timeoutMs: number): Promise<void> {
      if (isTerminal(job) || timeoutMs <= 0 || poller.closed) return
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

    /** The caller's jobs this gateway knows (every job for an admin), oldest first. */
    list (caller: Caller): TrackedJob[] {
      const jobs: TrackedJob[] = []
      for (const { job } of registry.values()) if (maySee(caller, job.ref.owner)) jobs.push(job)
      return jobs.sort((a, b) => a.submittedAtMs - b.submittedAtMs)
    },

    /** Forgets the job here and upstream. SGLang's DELETE does not stop a running generation. */
    async remove (job: TrackedJob): Promise<void> {
      options.onRemove?.(job.id)
      const entry = registry.get(job.id)
      const backend = backends.get(job.ref.backend)
      const replica = backend?.replicas[job.ref.replica]
      if (!entry || !backend || !replica) return
      // Forgotten before the DELETE goes out, so a poll answered meanwhile (404) cannot report the
      // job lost; should the DELETE fail, a request for the id after the unknown-id interval adopts it again.
      clearTimeout(entry.timer)
      clearTimeout(entry.deadline)
      registry.forget(job.id)
      // Polls of the id from now on are answered 404 here, not by the backend each time
      unknownIds.add(job.id)
      poller.dequeue(replica, entry, clock())
      entry.resolve()
      await replica.client.deleteJob(job.ref.upstreamId)
    },

    close (): void {
      poller.close()
    }
  }
}
export type JobTracker = ReturnType<typeof createJobTracker>
