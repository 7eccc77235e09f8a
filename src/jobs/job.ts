import type { StageRecord } from '../perf/record.ts'
import type { JobRef } from './job-id.ts'
import type { UpstreamVideo } from '../backends/client.ts'
import type { UpstreamReason } from '../errors.ts'
import type { LabelledWorkload } from '../workloads/catalog.ts'

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed'
export type RecordSource = 'performance_log' | 'perf_dump' | 'job'
export type JobOutcome = 'completed' | 'failed' | 'lost' | 'deadline' | 'unreachable'

/** What the tracker tells of the jobs it follows (src/metrics/job-observer.ts turns it into metrics and samples). */
export interface JobObserver {
  /** Called once when a job reaches completed or failed (`lost` when the backend forgot it, `deadline` when it ran out of time,
   * `unreachable` when its polls failed for too long). */
  settled (job: TrackedJob, outcome: JobOutcome): void
  upstreamError (backend: string, reason: Exclude<UpstreamReason, 'rejected'>): void
  recordLookup (backend: string, outcome: 'found' | 'missing' | 'corrupt'): void
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
  perfDumpPath: string | null
  /** The work it is on its backend (the model's defaults applied), labelled; null for an adopted job (its request is not known). */
  workload: LabelledWorkload | null
  /** The videos the submit asked for (num_outputs_per_prompt, as forwarded); unknown for an adopted job. */
  requestedOutputs?: number
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

/** Time the backend spent on this job alone: what a GPU-second is charged on. */
export function serviceSeconds (job: TrackedJob): number | null {
  if (job.completedAtMs === null || job.startedAtMs === null || !job.observedFromSubmit) return null
  return (job.completedAtMs - job.startedAtMs) / 1000
}
