import type { StageRecord } from '../perf/record.ts'
import type { JobRef } from './job-id.ts'
import type { UpstreamVideo } from '../backends/client.ts'
import type { UpstreamReason } from '../errors.ts'
import type { LabelledWorkload } from '../workloads/catalog.ts'
import type { JobBatch } from './batching.ts'

/** Characters of a prompt kept with its job: 10,000 jobs keep at most ~40 MB of prompts, not ~200 MB. */
export const PROMPT_KEPT_CHARS = 2000

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed'
export type RecordSource = 'performance_log' | 'perf_dump' | 'job'
/** The job's look-up in its backend's performance.log (src/jobs/records.ts). */
export type RecordLookup = 'found' | 'missing' | 'corrupt' | 'not_logged'
export type JobOutcome = 'completed' | 'failed' | 'lost' | 'deadline' | 'unreachable'

/** What the tracker tells of the jobs it follows (src/metrics/job-observer.ts turns it into metrics and samples). */
export interface JobObserver {
  /** Called once when a job reaches completed or failed (`lost` when the backend forgot it, `deadline` when it ran out of time,
   * `unreachable` when its polls failed for too long). */
  settled (job: TrackedJob, outcome: JobOutcome): void
  upstreamError (backend: string, reason: Exclude<UpstreamReason, 'rejected'>): void
  recordLookup (backend: string, outcome: RecordLookup): void
}

/** The gateway's view of one generation on one backend replica. */
export interface TrackedJob {
  id: string
  ref: JobRef
  status: JobStatus
  /** Gateway clock, epoch ms with sub-ms precision. */
  submittedAtMs: number
  startedAtMs: number | null
  completedAtMs: number | null
  /** False for a job this gateway learnt of from its id only (another replica or a restart submitted it). */
  observedFromSubmit: boolean
  upstream: UpstreamVideo
  error: { message: string, code: string | null } | null
  /** Set while its polls fail (the backend is down, hangs, or answers garbage): since when, and the latest error. */
  backendFailing: { sinceMs: number, error: string, failedPolls: number } | null
  record: StageRecord | null
  recordSource: RecordSource | null
  /** How its performance.log look-up went; null when the gateway reads no log of its backend. */
  recordLookup: RecordLookup | null
  perfDumpPath: string | null
  /** The work it is on its backend (the model's defaults applied), labelled; null for an adopted job (its request is not known). */
  workload: LabelledWorkload | null
  /** The prompt as submitted, its first PROMPT_KEPT_CHARS characters (OpenAI's Video shows it); null for an adopted job. */
  prompt?: string | null
  /** The videos the submit asked for (num_outputs_per_prompt, as forwarded); unknown for an adopted job. */
  requestedOutputs?: number
  /** The forward it ran in with other jobs on a batching replica (src/jobs/batching.ts); absent when it ran alone. */
  batch?: JobBatch
  settled: Promise<void>
}

/**
 * How many videos the job makes: SGLang's `num_outputs`, else its `file_paths` (both set on
 * completion only, entrypoints/openai/video_api.py:451, 524-530 at d315eb72), else what the
 * submit asked for, else one.
 */
export function outputCount (job: TrackedJob): number {
  const { num_outputs: count, file_paths: paths } = job.upstream
  if (typeof count === 'number' && Number.isInteger(count) && count > 0) return count
  if (Array.isArray(paths) && paths.length > 0) return paths.length
  return job.requestedOutputs ?? 1
}

/**
 * Where a completed job's videos live, as SGLang says on completion (entrypoints/openai/
 * video_api.py:514-530 at d315eb72): `cloud` when it uploaded the first one (SGLANG_CLOUD_STORAGE_TYPE=s3:
 * `url` set, `file_path` null), `not_kept` when it kept none (no output path: `file_path` and
 * `file_paths` null, its /content a 404), else `backend`. Null until completed. A backend that
 * says nothing of file paths (an older SGLang) is `backend`: its /content decides.
 */
export type VideoLocation = 'backend' | 'cloud' | 'not_kept'

export function videoLocation (job: TrackedJob): VideoLocation | null {
  if (job.status !== 'completed') return null
  const { url, file_path: path, file_paths: paths } = job.upstream
  // Any URL says the video was uploaded (SGLang sets it only then); one that is not http(s) is no place to send a client
  if (typeof url === 'string' && url !== '') return 'cloud'
  if (url === null && path === null && (paths === null || (Array.isArray(paths) && paths.length === 0))) return 'not_kept'
  return 'backend'
}

/** The cloud URL of a job's first video: only an http(s) URL, anything else is none (a malformed answer). */
export function cloudUrl (job: TrackedJob): string | null {
  const url = job.upstream.url
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null
}

export function isTerminal (job: TrackedJob): boolean {
  return job.status === 'completed' || job.status === 'failed'
}

/** Submit to completed, the seed page's "Total". */
export function durationSeconds (job: TrackedJob): number | null {
  if (job.completedAtMs === null || !job.observedFromSubmit) return null
  return (job.completedAtMs - job.submittedAtMs) / 1000
}

export function queueWaitSeconds (job: TrackedJob): number | null {
  if (job.startedAtMs === null || !job.observedFromSubmit) return null
  return (job.startedAtMs - job.submittedAtMs) / 1000
}

/** Time the backend spent on this job (on its batch, for a batched one): what a GPU-second is charged on. */
export function serviceSeconds (job: TrackedJob): number | null {
  if (job.completedAtMs === null || job.startedAtMs === null || !job.observedFromSubmit) return null
  return (job.completedAtMs - job.startedAtMs) / 1000
}

// The share of the forward by which the queue's start may be later than the forward allows: the
// two differ by poll lags when the queue's model holds, and keeping its start then keeps the FIFO
// view's starts at the previous job's end
const START_TOLERANCE = 0.2

/**
 * Times a job seen completed at `seenAtMs`, answering its completion: never before its start (the
 * end of the jobs ahead, possibly seen only just now), and its start no later than the backend's own
 * forward time allows. SGLang's inference_time_s is the pipeline's whole duration (entrypoints/openai/
 * utils.py:434-435, utils/perf_logger.py:60-61 at d315eb72), so the job started at least that long
 * before it was seen completed. The queue's estimate is later when the server ran the job sooner
 * than the gateway's model of it: a batch the gateway did not predict, a data-parallel rank that
 * was free. Never before the submit; a job the gateway still had waiting gets that bound as its start.
 */
export function completedSeen (job: TrackedJob, seenAtMs: number): number {
  const completedAtMs = Math.max(seenAtMs, job.startedAtMs ?? seenAtMs)
  job.completedAtMs = completedAtMs
  const forward = job.upstream.inference_time_s
  if (typeof forward !== 'number' || !Number.isFinite(forward) || forward <= 0) return completedAtMs
  // The queue's start stands unless it leaves the job less than its forward, past the tolerance
  const tooLate = job.startedAtMs === null || completedAtMs - job.startedAtMs < (1 - START_TOLERANCE) * forward * 1000
  if (tooLate) job.startedAtMs = Math.max(job.submittedAtMs, completedAtMs - forward * 1000)
  return completedAtMs
}

/**
 * The workload a job's measures count under: a batched job's is its batch's (all its outputs),
 * since its stage record, memory and service time are the whole forward's.
 */
export function measuredWorkload (job: TrackedJob): LabelledWorkload | null {
  return job.batch?.workload ?? job.workload
}

/**
 * Where a completed job's stage record came from, else why it has none: its look-up's outcome,
 * or `not_read` when the gateway reads no performance.log of the backend and no dump was asked for.
 */
export type RecordOrigin = 'performance_log' | 'perf_dump' | Exclude<RecordLookup, 'found'> | 'not_read'

export function recordOrigin (job: Pick<TrackedJob, 'recordSource' | 'recordLookup'>): RecordOrigin {
  if (job.recordSource === 'performance_log' || job.recordSource === 'perf_dump') return job.recordSource
  return job.recordLookup === null || job.recordLookup === 'found' ? 'not_read' : job.recordLookup
}
