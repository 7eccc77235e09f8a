// The HTTP surface of `sglang serve --model-type diffusion`, routed by hand on node:http.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Engine } from './engine.ts'
import { epochSeconds } from './job.ts'
import type { VideoJob } from './job.ts'
import type { Profile } from './profiles.ts'
import { parseVideoRequest, readVideoBody, RequestError } from './request.ts'
import { queryValidationError, sendEmpty, sendJson } from './responses.ts'
import { cloudStorageRefusal, serveBucket } from './storage.ts'

export const SGLANG_VERSION = '0.5.11'
const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface RouteContext {
  engine: Engine
  profile: Profile
  modelPath: string
  taskType: string
  isWarm: () => boolean
  malformedJson: () => boolean
  // where outputs are written: the S3 bucket this simulator plays is served from there too
  outputDir: string
  dpSize: number
}

type Reply = (status: number, body: unknown) => void

// Shapes at d315eb72: the card of entrypoints/openai/common_api.py:25-67 (created is the time of
// the call, :30), /models and /server_info of entrypoints/http_server.py:167-212, /model_info
// of :215-251, /v1/model_info of common_api.py:174-184
function modelCard (ctx: RouteContext): Record<string, unknown> {
  return {
    id: ctx.modelPath,
    object: 'model',
    created: epochSeconds(),
    owned_by: 'sglang',
    root: ctx.modelPath,
    parent: null,
    max_model_len: null,
    num_gpus: ctx.profile.parallel.numGpus,
    task_type: ctx.taskType,
    dit_precision: ctx.profile.ditPrecision,
    vae_precision: ctx.profile.vaePrecision,
    pipeline_name: ctx.profile.pipelineName,
    pipeline_class: ctx.profile.pipelineClass
  }
}

function deprecatedModels (ctx: RouteContext): Record<string, unknown> {
  return {
    model_path: ctx.modelPath,
    num_gpus: ctx.profile.parallel.numGpus,
    task_type: ctx.taskType,
    dit_precision: ctx.profile.ditPrecision,
    vae_precision: ctx.profile.vaePrecision,
    vae_decode_precision: ctx.profile.vaeDecodePrecision,
    pipeline_name: ctx.profile.pipelineName,
    pipeline_class: ctx.profile.pipelineClass
  }
}

// ModelTaskType (configs/pipeline_configs/base.py:52-102): which tasks take an image, which make one
const IMAGE_INPUT_TASKS = new Set(['I2V', 'I2I', 'TI2I', 'TI2V', 'I2M', 'VLA_ACTION'])
const IMAGE_GEN_TASKS = new Set(['T2I', 'I2I', 'TI2I'])

function modelInfo (ctx: RouteContext): Record<string, unknown> {
  return {
    model_path: ctx.modelPath,
    is_generation: true,
    model_type: 'diffusion',
    architectures: [ctx.profile.pipelineClass],
    has_image_understanding: IMAGE_INPUT_TASKS.has(ctx.taskType),
    has_audio_understanding: false,
    task_type: ctx.taskType,
    is_image_gen: IMAGE_GEN_TASKS.has(ctx.taskType)
  }
}

function serverInfo (ctx: RouteContext): Record<string, unknown> {
  return {
    model_path: ctx.modelPath,
    served_model_name: ctx.modelPath,
    tp_size: 1,
    dp_size: ctx.dpSize,
    version: SGLANG_VERSION
  }
}

async function readBody (req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new RequestError('Request body too large', 413)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function createVideo (ctx: RouteContext, req: IncomingMessage, reply: Reply): Promise<void> {
  try {
    const { body, fromJson } = await readVideoBody(req.headers['content-type'] ?? '', await readBody(req))
    const request = parseVideoRequest(body, ctx.profile, ctx.taskType)
    // the perf dump is a JSON-only extension upstream
    if (!fromJson) request.perfDumpPath = null
    reply(200, ctx.engine.submit(request))
  } catch (err) {
    if (!(err instanceof RequestError)) throw err
    reply(err.status, { detail: err.message })
  }
}

function listVideos (ctx: RouteContext, query: URLSearchParams, reply: Reply): void {
  const rawLimit = query.get('limit')
  let limit: number | undefined
  if (rawLimit !== null) {
    if (!/^\s*[-+]?\d+\s*$/.test(rawLimit)) {
      return reply(422, queryValidationError('limit', rawLimit, 'int_parsing', 'Input should be a valid integer, unable to parse string as an integer'))
    }
    limit = Number(rawLimit)
    if (limit < 1) return reply(422, queryValidationError('limit', rawLimit, 'greater_than_equal', 'Input should be greater than or equal to 1', { ge: 1 }))
    if (limit > 100) return reply(422, queryValidationError('limit', rawLimit, 'less_than_equal', 'Input should be less than or equal to 100', { le: 100 }))
  }
  const order = (query.get('order') ?? 'desc').toLowerCase() === 'asc' ? 'asc' : 'desc'
  // insertion order is creation order; desc lists the newest first
  let jobs = ctx.engine.list()
  if (order === 'desc') jobs.reverse()
  const after = query.get('after')
  if (after !== null) {
    const index = jobs.findIndex((job) => job.id === after)
    jobs = index === -1 ? [] : jobs.slice(index + 1)
  }
  if (limit !== undefined) jobs = jobs.slice(0, limit)
  reply(200, { data: jobs, object: 'list' })
}

// `variant` is a string read with Python's int() as an index into file_paths; without file_paths
// only none or "0" names file_path (video_api.py:930-942 at d315eb72)
function contentPath (job: VideoJob, variant: string | null): string | undefined {
  if (job.file_paths === null || job.file_paths.length === 0) return variant === null || variant === '0' ? job.file_path ?? undefined : undefined
  const index = variant === null ? 0 : /^\s*[-+]?\d+\s*$/.test(variant) ? Number(variant) : -1
  return index >= 0 ? job.file_paths[index] : undefined
}

async function downloadContent (ctx: RouteContext, id: string, query: URLSearchParams, res: ServerResponse, reply: Reply): Promise<void> {
  const job = ctx.engine.get(id)
  if (job === undefined) return reply(404, { detail: 'Video not found' })
  const uploaded = cloudStorageRefusal(job)
  if (uploaded) return reply(400, uploaded)
  const variant = query.get('variant')
  if (job.status !== 'completed' && job.status !== 'failed') return reply(404, { detail: 'Generation is still in-progress' })
  const path = contentPath(job, variant)
  // upstream formats a missing variant with Python's str(): None when none was asked for
  const missing = { detail: `Video variant ${variant ?? 'None'} not found` }
  if (path === undefined) return reply(404, missing)
  await ctx.engine.outputsReady(id)
  // stat first so a vanished file is still a JSON 404 rather than a broken 200
  const file = await stat(path).catch(() => undefined)
  if (file === undefined) return reply(404, missing)
  res.writeHead(200, {
    'access-control-allow-origin': '*',
    'content-type': 'video/mp4',
    'content-disposition': `attachment; filename="${basename(path)}"`,
    'content-length': file.size
  })
  await pipeline(createReadStream(path), res)
}

function videoRoute (ctx: RouteContext, method: string, rest: string[], query: URLSearchParams,
  req: IncomingMessage, res: ServerResponse, reply: Reply): Promise<void> | void {
  if (rest.length === 0) {
    if (method === 'POST') return createVideo(ctx, req, reply)
    if (method === 'GET') return listVideos(ctx, query, reply)
    return reply(405, { detail: 'Method Not Allowed' })
  }
  const id = decodeURIComponent(rest[0] ?? '')
  if (rest.length === 2 && rest[1] === 'content') {
    if (method !== 'GET') return reply(405, { detail: 'Method Not Allowed' })
    return downloadContent(ctx, id, query, res, reply)
  }
  if (rest.length !== 1) return reply(404, { detail: 'Not Found' })
  if (method === 'GET' || method === 'DELETE') {
    const job = method === 'GET' ? ctx.engine.get(id) : ctx.engine.remove(id)
    return job === undefined ? reply(404, { detail: 'Video not found' }) : reply(200, job)
  }
  reply(405, { detail: 'Method Not Allowed' })
}

function infoRoute (ctx: RouteContext, path: string, res: ServerResponse, reply: Reply): boolean {
  switch (path) {
    case '/health':
    case '/health_generate':
      // upstream answers 503 with no body until the warmup request finished (http_server.py:159-164)
      if (ctx.isWarm()) reply(200, { status: 'ok' })
      else sendEmpty(res, 503)
      return true
    case '/liveness': reply(200, { status: 'ok' }); return true
    case '/v1/models': reply(200, { object: 'list', data: [modelCard(ctx)] }); return true
    case '/models': reply(200, deprecatedModels(ctx)); return true
    case '/model_info': reply(200, modelInfo(ctx)); return true
    case '/v1/model_info': reply(200, { model_path: ctx.modelPath }); return true
    case '/server_info': reply(200, serverInfo(ctx)); return true
  }
  if (path.startsWith('/v1/models/')) {
    const id = decodeURIComponent(path.slice('/v1/models/'.length))
    if (id === ctx.modelPath) reply(200, modelCard(ctx))
    else reply(404, { error: { message: `The model '${id}' does not exist`, type: 'invalid_request_error', param: 'model', code: 'model_not_found' } })
    return true
  }
  return false
}

// paths answered during warmup; every other request is held until warmup ends
export function answeredDuringWarmup (path: string): boolean {
  return path === '/liveness' || path === '/health' || path === '/health_generate' || path === '/model_info' || path === '/server_info'
}

export async function route (ctx: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator.invalid')
  const method = req.method ?? 'GET'
  const reply: Reply = (status, body) => sendJson(res, status, body, ctx.malformedJson())
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
  if (path === '/v1/videos' || path.startsWith('/v1/videos/')) {
    const rest = path.slice('/v1/videos'.length).split('/').filter((part) => part !== '')
    return videoRoute(ctx, method, rest, url.searchParams, req, res, reply)
  }
  if (method === 'GET' && infoRoute(ctx, path, res, reply)) return
  const whenWritten = (key: string) => ctx.engine.outputsReady(key.replace(/(_\d+)?\.mp4$/, ''))
  if (method === 'GET' && await serveBucket(path, ctx.outputDir, res, whenWritten)) return
  reply(404, { detail: 'Not Found' })
}
