import { FormData, Pool, type Dispatcher } from 'undici'
import { Writable } from 'node:stream'
import { UpstreamMalformedError, UpstreamRejectedError, UpstreamStatusError, upstreamFailure } from '../errors.ts'
import { isUpstreamId } from '../jobs/job-id.ts'
import { createReferenceGuard, type ReferenceGuard } from '../security/reference-url.ts'

/** SGLang's job object as it arrives; only the fields the gateway reads are typed. */
type InfoPath = '/v1/models' | '/model_info' | '/server_info' | `/v1/videos?limit=${number}`

export interface UpstreamVideo {
  id: string
  status: string
  progress?: number
  created_at?: number
  completed_at?: number | null
  error?: { message?: string } | null
  peak_memory_mb?: number | null
  inference_time_s?: number | null
  [key: string]: unknown
}

/** An image for TI2V, sent as SGLang's multipart `input_reference` file. */
export interface Upload {
  bytes: Buffer
  mediaType: string
  filename: string
}

export interface ReplicaClientOptions {
  backend: string
  url: string
  connectTimeoutMs: number
  headersTimeoutMs: number
  bodyTimeoutMs: number
  /** Largest JSON answer (a job, a model list) the gateway reads; a larger one is a malformed answer (1 MiB unless given). */
  maxUpstreamBodyBytes?: number
  /** Every submit passes it: the one place a reference_url is checked and normalised before a backend fetches it. */
  referenceGuard?: ReferenceGuard
  logger?: { warn: (obj: object, msg: string) => void }
}

export interface ContentAnswer {
  statusCode: number
  headers: Record<string, string | string[] | undefined>
}

/** Where an error page goes: read to its end, so the connection stays reusable. */
function drain (): Writable {
  return new Writable({ write (_chunk, _encoding, callback) { callback() } })
}

// A 4xx's detail is relayed to the client and logged: SGLang's are a sentence (pydantic's list of
// errors for one request is a few hundred bytes), a 50 MB one is an attack on the gateway's log
const MAX_REJECTION_BODY_BYTES = 64 * 1024
const MAX_DETAIL_CHARS = 500

/** At most `maxChars` of the backend's text, marked when cut: it is relayed and logged. */
export function truncate (text: string, maxChars = MAX_DETAIL_CHARS): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`
}

/**
 * The body as text, or null when it is over `limitBytes` (by its content-length or as it arrives):
 * then it is abandoned unread, so a backend's huge answer costs the gateway at most the limit.
 */
export async function readBounded (body: Dispatcher.ResponseData['body'], contentLength: unknown, limitBytes: number): Promise<string | null> {
  if (Number(contentLength) > limitBytes) {
    body.destroy()
    return null
  }
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of body) {
    bytes += (chunk as Buffer).length
    if (bytes > limitBytes) {
      body.destroy()
      return null
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** FastAPI's `{"detail": ...}` when there is one; otherwise the text itself (a proxy's or a plain-text 4xx). */
function rejectionDetail (text: string | null): string {
  if (text === null) return `rejected, with an answer over ${MAX_REJECTION_BODY_BYTES} bytes (not read)`
  let body: { detail?: unknown } | null = null
  try {
    body = JSON.parse(text)
  } catch {}
  if (typeof body?.detail === 'string') return truncate(body.detail)
  if (body?.detail !== undefined) return truncate(JSON.stringify(body.detail))
  return truncate(text.trim()) || 'rejected'
}

// SGLang takes an uploaded image only as multipart/form-data, fields as strings beside it.
function multipartBody (params: Record<string, unknown>, upload: Upload): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(params)) form.append(key, String(value))
  form.append('input_reference', new Blob([new Uint8Array(upload.bytes)], { type: upload.mediaType }), upload.filename)
  return form
}

/** The HTTP conversation with one SGLang server (one replica of a backend). */
export function createReplicaClient (options: ReplicaClientOptions) {
  const { backend } = options
  // SGLang's job object is about a kilobyte: a mebibyte leaves room for any honest answer
  const maxBodyBytes = options.maxUpstreamBodyBytes ?? 1024 * 1024
  // Without one configured, the strict default: public hosts only
  const referenceGuard = options.referenceGuard ?? createReferenceGuard({ allowHosts: [], allowPrivate: false })
  const pool = new Pool(options.url, {
    connect: { timeout: options.connectTimeoutMs },
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
    connections: 64
  })

  async function call (method: Dispatcher.HttpMethod, path: string, init: { body?: string | FormData, requestId?: string, headersTimeoutMs?: number } = {}) {
    const headers: Record<string, string> = { accept: 'application/json' }
    // A FormData body brings its own multipart content type and boundary.
    if (typeof init.body === 'string') headers['content-type'] = 'application/json'
    if (init.requestId) headers['x-request-id'] = init.requestId
    try {
      return await pool.request({ method, path, headers, body: init.body, headersTimeout: init.headersTimeoutMs })
    } catch (err) {
      throw upstreamFailure(backend, err)
    }
  }

  async function readJson (response: Dispatcher.ResponseData): Promise<unknown> {
    let text: string | null
    try {
      text = await readBounded(response.body, response.headers['content-length'], maxBodyBytes)
    } catch (err) {
      throw upstreamFailure(backend, err)
    }
    if (text === null) {
      throw new UpstreamMalformedError(backend, { cause: new RangeError(`answer over ${maxBodyBytes} bytes (RINGSIDE_MAX_UPSTREAM_BODY_BYTES)`) })
    }
    try {
      return JSON.parse(text)
    } catch (err) {
      throw new UpstreamMalformedError(backend, { cause: err })
    }
  }

  function checkVideo (value: unknown): UpstreamVideo {
    const video = value as UpstreamVideo
    if (typeof video !== 'object' || video === null || typeof video.id !== 'string' || typeof video.status !== 'string') {
      throw new UpstreamMalformedError(backend)
    }
    return video
  }

  /**
   * A submit's answer: the job id must be one a job id can carry (and a later path segment may
   * hold). An id outside it is a malformed answer; the job may exist upstream with no one to
   * poll it, so the orphan is logged with the id (cut short, it is the backend's text).
   */
  function checkSubmitted (value: unknown): UpstreamVideo {
    const video = checkVideo(value)
    if (!isUpstreamId(video.id)) {
      const orphan = { backend, url: options.url, upstreamId: video.id.slice(0, 200) }
      options.logger?.warn(orphan, 'backend answered a job id outside the id alphabet: the job is orphaned upstream')
      throw new UpstreamMalformedError(backend, { cause: new TypeError('job id outside the id alphabet') })
    }
    return video
  }

  async function failOnStatus (response: Dispatcher.ResponseData): Promise<never> {
    if (response.statusCode >= 400 && response.statusCode < 500) {
      const text = await readBounded(response.body, response.headers['content-length'], MAX_REJECTION_BODY_BYTES).catch(() => '')
      throw new UpstreamRejectedError(backend, rejectionDetail(text))
    }
    await response.body.dump().catch(() => {})
    throw new UpstreamStatusError(backend, response.statusCode)
  }

  async function jobCall (method: 'GET' | 'DELETE', upstreamId: string, requestId?: string): Promise<UpstreamVideo | undefined> {
    const response = await call(method, `/v1/videos/${encodeURIComponent(upstreamId)}`, { requestId })
    if (response.statusCode === 404) {
      await response.body.dump()
      return undefined
    }
    if (response.statusCode !== 200) return failOnStatus(response)
    return checkVideo(await readJson(response))
  }

  /** One of SGLang's JSON endpoints read for what they say of the server (`/v1/models`, `/model_info`, `/server_info`, a job list) as an object. */
  async function info (path: InfoPath, timeoutMs: number): Promise<Record<string, unknown>> {
    const response = await call('GET', path, { headersTimeoutMs: timeoutMs })
    if (response.statusCode !== 200) return failOnStatus(response)
    const body = await readJson(response)
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new UpstreamMalformedError(backend)
    return body as Record<string, unknown>
  }

  return {
    backend,
    url: options.url,

    /** Sends a generation; a refused reference_url throws ReferenceUrlError (400) before anything is sent. */
    async submit (params: Record<string, unknown>, requestId?: string, upload?: Upload): Promise<UpstreamVideo> {
      const guarded = await referenceGuard.guard(params)
      const body = upload ? multipartBody(guarded, upload) : JSON.stringify(guarded)
      const response = await call('POST', '/v1/videos', { body, requestId })
      if (response.statusCode !== 200) return failOnStatus(response)
      return checkSubmitted(await readJson(response))
    },

    /** The job, or undefined when the backend no longer knows it (restarted, deleted). */
    getJob: (upstreamId: string, requestId?: string) => jobCall('GET', upstreamId, requestId),

    /** Forgets the job upstream; undefined when it was already gone. */
    deleteJob: (upstreamId: string, requestId?: string) => jobCall('DELETE', upstreamId, requestId),

    /**
     * Streams the mp4 straight into the writable `open` gives once the backend answered 200 (undici
     * writes each chunk to it as read, with its backpressure): no readable in between. Another
     * status's body is drained. `output` picks one of several videos (0, the first, by default). Resolves with the answer when the body has been written; an
     * error once `open` was called carries `streamed: true`, as bytes may have gone out.
     */
    async streamContent (upstreamId: string, open: (headers: ContentAnswer['headers']) => Writable, requestId?: string, output = 0): Promise<ContentAnswer> {
      const headers: Record<string, string> = {}
      // SGLang's variant is an index into file_paths (video_api.py:930-942); none means the first
      const query = output === 0 ? '' : `?variant=${output}`
      if (requestId) headers['x-request-id'] = requestId
      let answer: ContentAnswer | undefined
      try {
        await pool.stream({ method: 'GET', path: `/v1/videos/${encodeURIComponent(upstreamId)}/content${query}`, headers }, (data) => {
          answer = { statusCode: data.statusCode, headers: data.headers }
          return data.statusCode === 200 ? open(data.headers) : drain()
        })
      } catch (err) {
        throw upstreamFailure(backend, err, { streamed: answer?.statusCode === 200 })
      }
      return answer!
    },

    async health (timeoutMs: number): Promise<boolean> {
      const response = await call('GET', '/health', { headersTimeoutMs: timeoutMs })
      await response.body.dump()
      return response.statusCode === 200
    },

    async models (timeoutMs: number): Promise<Array<Record<string, unknown>>> {
      const list = await info('/v1/models', timeoutMs)
      return Array.isArray(list.data) ? list.data : []
    },

    info,

    /**
     * The statuses of the backend's newest jobs, every client's (GET /v1/videos, newest first,
     * at most 100 a page: entrypoints/openai/video_api.py:900-908 at d315eb72), read as bounded as any answer.
     */
    async jobStatuses (timeoutMs: number, limit = 100): Promise<string[]> {
      const list = await info(`/v1/videos?limit=${limit}`, timeoutMs)
      if (!Array.isArray(list.data)) throw new UpstreamMalformedError(backend)
      return list.data.map((job: unknown) => typeof job === 'object' && job !== null && typeof (job as { status?: unknown }).status === 'string'
        ? (job as { status: string }).status
        : 'unknown')
    },

    close: () => pool.close()
  }
}
export type ReplicaClient = ReturnType<typeof createReplicaClient>
