import type { Job } from '../schemas/job.ts'
import type { Video } from '../schemas/video.ts'
import { cloudUrl, durationSeconds, outputCount, queueWaitSeconds, videoLocation, type TrackedJob } from './job.ts'

const toSeconds = (ms: number | null) => ms === null ? null : ms / 1000

function memoryOf (job: TrackedJob): Job['memory'] {
  const record = job.record
  if (!record || (record.peakReservedBytes === null && record.peakAllocatedBytes === null)) return null
  const { peakReservedBytes: reserved, peakAllocatedBytes: allocated } = record
  const overhead = reserved !== null && allocated !== null ? reserved - allocated : null
  return {
    peak_reserved_bytes: reserved,
    peak_allocated_bytes: allocated,
    overhead_bytes: overhead,
    overhead_ratio: overhead !== null && reserved ? overhead / reserved : null
  }
}

function denoiseStepsOf (job: TrackedJob): Job['denoise_steps'] {
  const steps = job.record?.denoiseStepsSeconds ?? []
  if (steps.length === 0) return null
  return { count: steps.length, mean_seconds: steps.reduce((a, b) => a + b, 0) / steps.length, max_seconds: Math.max(...steps) }
}

function failingOf (job: TrackedJob): Job['backend_failing'] {
  const failing = job.backendFailing
  return failing && { since: failing.sinceMs / 1000, error: failing.error, failed_polls: failing.failedPolls }
}

function storageOf (job: TrackedJob): Job['storage'] {
  const location = videoLocation(job)
  return location && { location, url: location === 'cloud' ? cloudUrl(job) : null }
}

/** Each video of a completed job, by its index (SGLang's `variant`). */
function outputsOf (job: TrackedJob, content: string): Job['outputs'] {
  if (job.status !== 'completed') return null
  return Array.from({ length: outputCount(job) }, (_, index) => ({ index, content: index === 0 ? content : `${content}?variant=${index}` }))
}

/**
 * How far along a job is, in percent: an estimate while it runs (the time since its backend began
 * it over the backend's expected service time, at most 99), 0 while queued, 100 once completed.
 * SGLang itself only says 0 or 100.
 */
export function estimatedProgress (job: TrackedJob, expectedServiceSeconds: number | null, nowMs: number): number {
  if (job.status === 'completed') return 100
  if (job.status !== 'running' || job.startedAtMs === null || !expectedServiceSeconds || expectedServiceSeconds <= 0) return 0
  return Math.max(0, Math.min(99, Math.floor((nowMs - job.startedAtMs) / 10 / expectedServiceSeconds)))
}

function batchOf ({ batch }: TrackedJob): Job['batch'] {
  return batch ? { head: batch.headId, jobs: batch.jobs, outputs: batch.outputs, workload: batch.workload?.key ?? null } : null
}

const settledProgress = (job: TrackedJob) => job.status === 'completed' ? 100 : 0

/** The gateway's native job document; `progress` as estimatedProgress says (0 or 100 unless given). */
export function jobView (job: TrackedJob, { progress = settledProgress(job), basePath = '/v1/video/jobs' } = {}): Job {
  const self = `${basePath}/${job.id}`
  const inference = job.upstream.inference_time_s
  return {
    id: job.id,
    object: 'video.job',
    status: job.status,
    backend: job.ref.backend,
    workload: job.workload,
    progress,
    created_at: job.submittedAtMs / 1000,
    started_at: toSeconds(job.startedAtMs),
    completed_at: toSeconds(job.completedAtMs),
    queue_wait_seconds: queueWaitSeconds(job),
    duration_seconds: durationSeconds(job),
    inference_time_seconds: typeof inference === 'number' ? inference : null,
    error: job.error,
    backend_failing: failingOf(job),
    stages: job.record && job.record.stages.length > 0 ? job.record.stages.map((s) => ({ name: s.stage, seconds: s.durationSeconds })) : null,
    denoise_steps: denoiseStepsOf(job),
    memory: memoryOf(job),
    record_source: job.recordSource,
    batch: batchOf(job),
    storage: storageOf(job),
    num_outputs: outputCount(job),
    outputs: outputsOf(job, `${self}/content`),
    links: { self, content: `${self}/content` }
  }
}

const openAIStatus = { queued: 'queued', running: 'in_progress', completed: 'completed', failed: 'failed' } as const

const str = (v: unknown) => typeof v === 'string' ? v : null
const int = (v: unknown) => typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) ? v : null

/**
 * SGLang's VideoResponse with the signed id, as the OpenAI-compatible face answers, less the
 * backend's file paths. The status
 * says `in_progress` for the job the gateway knows its FIFO backend is running (OpenAI's word;
 * SGLang itself never says it).
 */
export function videoView (job: TrackedJob, { progress = settledProgress(job) } = {}): Video {
  const u = job.upstream
  return {
    id: job.id,
    object: 'video',
    model: str(u.model),
    status: openAIStatus[job.status],
    progress,
    prompt: job.prompt ?? null,
    created_at: int(u.created_at) ?? Math.trunc(job.submittedAtMs / 1000),
    size: str(u.size),
    seconds: u.seconds === undefined || u.seconds === null ? null : String(u.seconds),
    quality: str(u.quality),
    // The gateway's content route (a redirect for cloud storage); none when the backend kept no copy
    url: job.status === 'completed' && videoLocation(job) !== 'not_kept' ? `/v1/videos/${job.id}/content` : null,
    remixed_from_video_id: str(u.remixed_from_video_id),
    completed_at: int(u.completed_at),
    expires_at: int(u.expires_at),
    error: job.error ? { message: job.error.message, code: job.error.code } : null,
    file_path: null,
    file_paths: null,
    num_outputs: int(u.num_outputs),
    peak_memory_mb: num(u.peak_memory_mb),
    inference_time_s: num(u.inference_time_s),
    backend: job.ref.backend,
    workload: job.workload?.key ?? null
  }
}
