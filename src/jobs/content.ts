import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { Backends } from '../backends/backends.ts'
import type { ContentAnswer } from '../backends/client.ts'
import { defaultReadRetry, parseRetryAfterMs, withRetries, type RetryPolicy, type RetryVerdict } from '../backends/retry.ts'
import {
  ContentNotReadyError, JobFailedError, JobNotFoundError, OutputNotFoundError, OutputNotUploadedError, UpstreamContentGoneError, UpstreamStatusError,
  CloudUrlInvalidError, VideoInCloudStorageError, VideoNotKeptError, type UpstreamFailure
} from '../errors.ts'
import type { ContentSource } from '../metrics/names.ts'
import { createContentCache } from './content-cache.ts'
import { cloudUrl, outputCount, videoLocation, type TrackedJob } from './job.ts'

export interface JobContentOptions {
  backends: Backends
  /** Memory for finished videos kept after their first download; 0 keeps none. */
  cacheBytes: number
  /** Retries of content downloads (a safe read); generations are never re-sent. */
  retry?: RetryPolicy
}

/**
 * Content downloads are retried when the connection failed or a proxy said "try again", never once
 * a byte reached the client. By hand, not undici's retry handler: that one resumes a broken-off
 * body with a Range request mid-stream and retries 500 and 429, where a backend's answer is final.
 */
function contentRetryVerdict (err: unknown): RetryVerdict {
  const failure = err as UpstreamFailure & { upstreamStatus?: number, retryAfter?: string | string[], streamed?: boolean }
  if (failure.streamed) return { retry: false }
  if (failure.reason === 'refused' || failure.reason === 'reset') return { retry: true }
  if (failure.reason === 'status' && [502, 503, 504].includes(failure.upstreamStatus ?? 0)) {
    return { retry: true, retryAfterMs: parseRetryAfterMs(failure.retryAfter) }
  }
  return { retry: false }
}

// The most videos SGLang makes for one request (video_api.py:370 clamps to 10)
const maxOutputs = 10

/** Each of a job's videos is kept on its own. */
const keyOf = (id: string, output: number) => `${id}:${output}`

/**
 * Which output a `variant` names on the OpenAI-compatible route: OpenAI's `video` (or none) is
 * the first, and a number is SGLang's own index into file_paths, read as Python's int() reads it
 * (video_api.py:930-942). OpenAI's `thumbnail` and `spritesheet` name nothing SGLang makes: null.
 */
export function outputOfVariant (variant: string | undefined): number | null {
  if (variant === undefined || variant === 'video') return 0
  return /^\s*[+-]?\d+\s*$/.test(variant) ? Number(variant) : null
}

/** Where one of a job's videos is to be had: kept here, in the backend's cloud storage (its URL), or from the backend. */
export type ContentPlace = { source: 'cache', body: Buffer } | { source: 'cloud', url: string } | { source: 'backend' }

/**
 * A finished job's mp4s: kept in memory after their first download, else streamed from its
 * replica; one its backend uploaded to cloud storage is fetched by the client from there (the
 * gateway redirects: it never fetches a URL a backend names, see SECURITY.md).
 */
export function createJobContent (options: JobContentOptions) {
  const { backends } = options
  const retry = options.retry ?? defaultReadRetry
  const cache = createContentCache(options.cacheBytes)

  /**
   * Where the job's video `output` is: kept here first (whatever the backend did with it), else
   * where the backend put it. Throws the client's error when there is none: the job failed or is
   * not done, it has no such output, its backend kept no copy, or cloud storage has only the first video.
   */
  function locate (job: TrackedJob, output = 0): ContentPlace {
    if (job.status === 'failed') throw new JobFailedError(job.id, job.error?.message ?? 'no reason given', { backend: job.ref.backend })
    if (job.status !== 'completed') throw new ContentNotReadyError(job.id, job.status)
    const count = outputCount(job)
    if (!(Number.isInteger(output) && output >= 0 && output < count)) throw new OutputNotFoundError(job.id, String(output), count, { param: 'variant' })
    const kept = cache.get(keyOf(job.id, output))
    if (kept) return { source: 'cache', body: kept }
    const location = videoLocation(job)
    if (location === 'not_kept') throw new VideoNotKeptError(job.id, job.ref.backend)
    if (location === 'cloud') {
      if (output !== 0) throw new OutputNotUploadedError(job.ref.backend, String(output), job.id, { param: 'variant' })
      const url = cloudUrl(job)
      if (url === null) throw new CloudUrlInvalidError(job.ref.backend)
      return { source: 'cloud', url }
    }
    return { source: 'backend' }
  }

  return {
    /** The kept video of a completed job, if any (what a Range request is answered from). */
    kept (job: TrackedJob, output = 0): Buffer | undefined {
      return job.status === 'completed' ? cache.get(keyOf(job.id, output)) : undefined
    },

    locate,

    /**
     * Writes the job's mp4 into the writable `open` returns, called once the video is at hand:
     * kept here from an earlier download, or the backend answered 200 and streams it. Retried (a
     * safe read) only while nothing was written. When the writable is destroyed (the client went
     * away) the upstream request is aborted. `output` is which of the job's videos (0, the first,
     * by default). Answers where the video came from. A video in cloud storage is not streamed
     * (`locate` says where it is): the gateway fetches no URL a backend names.
     */
    async stream (job: TrackedJob, open: (headers: ContentAnswer['headers']) => Writable, requestId?: string, output = 0): Promise<ContentSource> {
      const place = locate(job, output)
      if (place.source === 'cache') {
        const target = open({ 'content-type': 'video/mp4', 'content-length': String(place.body.length), 'accept-ranges': 'bytes' })
        target.end(place.body)
        await finished(target)
        return 'cache'
      }
      if (place.source === 'cloud') throw new VideoInCloudStorageError(job.id, job.ref.backend)
      const key = keyOf(job.id, output)
      const backend = job.ref.backend
      const replica = backends.get(backend)?.replicas[job.ref.replica]
      if (!replica) throw new JobNotFoundError(job.id)
      function openKeeping (headers: ContentAnswer['headers']): Writable {
        return cache.fill(key, Number(headers['content-length']), open(headers))
      }
      await withRetries(async () => {
        const answer = await replica.client.streamContent(job.ref.upstreamId, openKeeping, requestId, output)
        if (answer.statusCode === 200) return
        if (answer.statusCode === 404) throw new UpstreamContentGoneError(backend)
        // The status and the backend's Retry-After go to the retry policy (contentRetryVerdict)
        throw new UpstreamStatusError(backend, answer.statusCode, { retryAfter: answer.headers['retry-after'] })
      }, contentRetryVerdict, retry)
      return 'backend'
    },

    /** The job was deleted: its videos go too. */
    forget (id: string): void {
      for (let output = 0; output < maxOutputs; output++) cache.delete(keyOf(id, output))
    },

    /** Bytes of videos kept, for the ringside_content_cache_bytes gauge. */
    get cacheBytes (): number { return cache.bytes }
  }
}
export type JobContent = ReturnType<typeof createJobContent>
