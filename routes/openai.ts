import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import multipart from '@fastify/multipart'
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import { CreateVideoRequest, OpenAIError, openInputReference, Video, VideoDeleted, VideoList, VideoListQuery } from '../src/schemas/video.ts'
import { CloudRedirect, JobParams, Mp4 } from '../src/schemas/job.ts'
import { generationParams, openEnvelopes } from '../src/schemas/generate.ts'
import { videoView } from '../src/jobs/views.ts'
import { outputOfVariant } from '../src/jobs/content.ts'
import { outputCount } from '../src/jobs/job.ts'
import { OutputNotFoundError, RouteNotFoundError, UnsupportedVideoOperationError } from '../src/errors.ts'
import { checkMultipartBoundary, imageUpload, readFilePart } from '../src/security/upload.ts'
import { apiPolicy } from '../src/route-policy.ts'
import type { TrackedJob } from '../src/jobs/job.ts'
import type { Config } from '../src/config.ts'

const openAIErrors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, OpenAIError]))
// OpenAI's SDKs read errors as `{ error: { message, type, param, code } }`
const openai = apiPolicy({ errorShape: 'openai' })

function page (jobs: TrackedJob[], query: { after?: string, limit?: number, order?: 'asc' | 'desc' }, progressOf: (job: TrackedJob) => number) {
  const ordered = query.order === 'asc' ? jobs : [...jobs].reverse()
  // An unknown cursor lists nothing, as SGLang's does, rather than starting over
  const start = query.after ? (ordered.findIndex((job) => job.id === query.after) + 1 || ordered.length) : 0
  // No limit lists every job, as SGLang's own list does (stores.py:39-63 at d315eb72): its server
  // tests look for their job in one unpaged videos.list() (test_server_utils.py:987-1012)
  const limit = query.limit ?? ordered.length
  const data = ordered.slice(start, start + limit).map((job) => videoView(job, { progress: progressOf(job) }))
  return { object: 'list' as const, data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + limit < ordered.length }
}

// OpenAI's Videos endpoints SGLang has no counterpart for (the openai SDK 7.59's remix, edit,
// extend and characters): refused before any body is read, in OpenAI's shape
const unsupported = [
  ['POST', '/v1/videos/:id/remix', 'videos.remix'],
  ['POST', '/v1/videos/edits', 'videos.edit'],
  ['POST', '/v1/videos/extensions', 'videos.extend'],
  ['POST', '/v1/videos/characters', 'videos.createCharacter'],
  ['GET', '/v1/videos/characters/:id', 'videos.getCharacter']
] as const

/** What /v1/videos does not do, answered as OpenAI's API answers: every error there in its `{ error }` shape. */
const openaiRefusals: FastifyPluginAsyncTypebox = async function (fastify) {
  for (const [method, url, operation] of unsupported) {
    fastify.route({
      method,
      url,
      config: openai,
      schema: { tags: ['openai'], summary: `Not supported (${operation}): SGLang has no such operation`, response: openAIErrors(404) },
      onRequest: async function refuseUnsupported () { throw new UnsupportedVideoOperationError(operation, `${method} ${url}`) },
      handler: async () => undefined
    })
  }
  // Any other path under /v1/videos: a 404 in OpenAI's shape too, before a body is read
  fastify.all('/v1/videos/*', {
    config: openai,
    schema: { hide: true },
    onRequest: async function notFound (request) { throw new RouteNotFoundError(request.method, request.url.split('?')[0]!.slice(0, 200)) }
  }, async () => undefined)
}

/** The OpenAI-compatible face: SGLang's /v1/videos shapes, signed ids, OpenAI's error shape. */
const openaiRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async function (fastify, opts) {
  const { jobs } = fastify

  // The caller's job only: another key's is the same 404 as none (src/security/tenancy.ts)
  const find = (id: string, request: FastifyRequest) => jobs.find(id, request.caller, 'video_id')

  // The OpenAI SDK always sends videos.create as multipart/form-data. The parser (and the hook
  // it adds) is registered for this one route, not for every poll of the plugin.
  const createRoute: FastifyPluginAsyncTypebox = async function (scope) {
    scope.addHook('onRequest', async function refuseUnreadableMultipart (request) { checkMultipartBoundary(request.headers['content-type']) })
    const limits = { files: 1, fileSize: opts.config.maxUploadBytes, fields: 64 }
    const uploadLimits = { maxBytes: opts.config.maxUploadBytes, maxPixels: opts.config.maxUploadPixels, maxSide: opts.config.maxUploadSide }
    await scope.register(multipart, { attachFieldsToBody: 'keyValues', onFile: readFilePart, limits })
    scope.post('/v1/videos', {
      config: openai,
      preValidation: async function openRequestEnvelopes (request) {
        const body = request.body as Record<string, unknown> | null
        if (typeof body === 'object' && body !== null) request.body = openInputReference(openEnvelopes(body)) as typeof request.body
      },
      schema: {
        tags: ['openai'],
        summary: 'Create a video (JSON or multipart, as the OpenAI SDK sends it)',
        consumes: ['application/json', 'multipart/form-data'],
        body: CreateVideoRequest,
        response: { 200: Video, ...openAIErrors(400, 401, 403, 413, 415, 429, 502, 503, 504) }
      }
    }, async (request) => {
      const body = request.body as Record<string, unknown>
      const upload = body.input_reference === undefined ? undefined : imageUpload(body.input_reference, uploadLimits)
      const job = await jobs.submit(request.body.backend, generationParams(body), { caller: request.caller, requestId: request.id, upload })
      return videoView(job, { progress: fastify.progressOf(job) })
    })
  }
  await fastify.register(createRoute)

  fastify.get('/v1/videos', {
    config: openai,
    schema: {
      tags: ['openai'],
      summary: 'The caller\'s videos this gateway knows (every key\'s for an admin key), newest first',
      querystring: VideoListQuery,
      response: { 200: VideoList, ...openAIErrors(400) }
    }
  }, async (request) => page(jobs.list(request.caller), request.query, fastify.progressOf))

  fastify.get('/v1/videos/:id', {
    config: { ...openai, frequent: true },
    schema: { tags: ['openai'], summary: 'Retrieve a video job', params: JobParams, response: { 200: Video, ...openAIErrors(404, 502, 503, 504) } }
  }, async (request, reply) => reply.sendVideoView(await find(request.params.id, request)))

  fastify.delete('/v1/videos/:id', {
    config: openai,
    schema: {
      tags: ['openai'],
      summary: 'Delete a video job (SGLang does not stop a running generation)',
      params: JobParams,
      response: { 200: VideoDeleted, ...openAIErrors(404, 502, 503, 504) }
    }
  }, async (request) => {
    const job = await find(request.params.id, request)
    await jobs.remove(job)
    return { id: job.id, object: 'video.deleted' as const, deleted: true as const }
  })

  fastify.get('/v1/videos/:id/content', {
    config: openai,
    schema: {
      tags: ['openai'],
      summary: 'Download the mp4: `variant` is `video` (the first output) or SGLang\'s index of one of several outputs',
      params: JobParams,
      querystring: Type.Object({ variant: Type.Optional(Type.String({ maxLength: 32, description: 'video (output 0) or an output index' })) }),
      produces: ['video/mp4'],
      response: { 200: Mp4, 206: Mp4, 302: CloudRedirect, ...openAIErrors(404, 409, 410, 416, 502, 503, 504) }
    }
  }, async (request, reply) => {
    const job = await find(request.params.id, request)
    const output = outputOfVariant(request.query.variant)
    if (output === null) throw new OutputNotFoundError(job.id, request.query.variant!, outputCount(job), { param: 'variant' })
    return reply.sendJobContent(job, output)
  })

  await fastify.register(openaiRefusals)
}
export default openaiRoutes
