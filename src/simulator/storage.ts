// Where a finished job's videos end up, as SGLang's server modes decide (entrypoints/openai/
// video_api.py at d315eb72): kept in the output path (the default), in a temporary directory
// nobody can read back (`--output-path ""`: file_path and file_paths null, :819-824 and 514-530),
// or uploaded to S3 (SGLANG_CLOUD_STORAGE_TYPE=s3, entrypoints/openai/storage.py: only the first
// output, under its file name, `url` = endpoint/bucket/key, the local copy removed).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { basename, join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { VideoJob } from './job.ts'

export type StorageMode = 'disk' | 'temporary' | 's3'
export const storageModes: readonly StorageMode[] = ['disk', 'temporary', 's3']

/** The simulator plays the S3 endpoint too: its bucket is served under this path. */
export const S3_PATH = '/s3'
export const S3_BUCKET = 'ringside-simulated'

export type StoredFields = Pick<VideoJob, 'url' | 'file_path' | 'file_paths'>

/** The fields a completed job gets for its outputs at `paths`. `origin` is the simulator's own URL (the S3 endpoint). */
export function storedFields (mode: StorageMode, paths: string[], origin: string): StoredFields {
  const absolute = paths.map((path) => resolve(path))
  switch (mode) {
    case 'temporary': return { url: null, file_path: null, file_paths: null }
    // the persistent file_paths stay listed though the first one was moved to the bucket (:524-530)
    case 's3': return { url: `${origin}${S3_PATH}/${S3_BUCKET}/${basename(paths[0]!)}`, file_path: null, file_paths: absolute }
    default: return { url: null, file_path: absolute[0]!, file_paths: absolute }
  }
}

/** SGLang's /content once a job's video is in cloud storage: a 400 for every variant (video_api.py:953-957). */
export function cloudStorageRefusal (job: VideoJob): { detail: string } | undefined {
  if (!job.url) return undefined
  return { detail: `Video has been uploaded to cloud storage. Please use the cloud URL: ${job.url}` }
}

/** GET <S3_PATH>/<bucket>/<key>: an uploaded video, as a public S3 bucket answers; false when the path is not the bucket's. */
export async function serveBucket (path: string, outputDir: string, res: ServerResponse, whenWritten: (key: string) => Promise<void>): Promise<boolean> {
  const prefix = `${S3_PATH}/${S3_BUCKET}/`
  if (!path.startsWith(prefix)) return false
  const key = decodeURIComponent(path.slice(prefix.length))
  if (!/^[\w-]+\.mp4$/.test(key)) return notFound(res)
  await whenWritten(key)
  const file = await stat(join(outputDir, key)).catch(() => undefined)
  if (file === undefined) return notFound(res)
  res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': file.size })
  await pipeline(createReadStream(join(outputDir, key)), res)
  return true
}

function notFound (res: ServerResponse): true {
  res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>')
  return true
}
