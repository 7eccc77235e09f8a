// The job object (SGLang's VideoResponse, entrypoints/openai/protocol.py:84-104 at d315eb72):
// every key is serialised, nulls included, in this order.
import { join, resolve } from 'node:path'
import type { VideoRequest } from './request.ts'

export type JobStatus = 'queued' | 'completed' | 'failed' | 'deleted'

export interface VideoJob {
  id: string
  object: 'video'
  model: string
  status: JobStatus
  progress: number
  created_at: number
  size: string
  seconds: string
  quality: 'standard'
  url: string | null
  remixed_from_video_id: string | null
  completed_at: number | null
  expires_at: number | null
  error: { message: string } | null
  file_path: string | null
  file_paths: string[] | null
  num_outputs: number | null
  peak_memory_mb: number | null
  inference_time_s: number | null
  // an action model's output (utils.py:454-463); null for video
  action: Record<string, unknown> | null
}

export function epochSeconds (): number {
  return Math.floor(Date.now() / 1000)
}

// Already while queued, file_path is where the first output will be (video_api.py:451)
export function queuedJob (id: string, request: VideoRequest, defaultModel: string, outputDir: string): VideoJob {
  return {
    id,
    object: 'video',
    model: request.model ?? defaultModel,
    status: 'queued',
    progress: 0,
    created_at: epochSeconds(),
    size: `${request.width}x${request.height}`,
    seconds: String(request.seconds),
    quality: 'standard',
    url: null,
    remixed_from_video_id: null,
    completed_at: null,
    expires_at: null,
    error: null,
    file_path: resolve(join(outputDir, `${id}.mp4`)),
    file_paths: null,
    num_outputs: null,
    peak_memory_mb: null,
    inference_time_s: null,
    action: null
  }
}
