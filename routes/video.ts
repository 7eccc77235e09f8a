import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { GenerateRequest, WaitQuery, generationParams } from '../src/schemas/generate.ts'
import { CloudRedirect, ContentQuery, Job, JobParams, Mp4 } from '../src/schemas/job.ts'
import { errorResponses } from '../src/schemas/common.ts'
import { jobView } from '../src/jobs/views.ts'
import { isTerminal } from '../src/jobs/job.ts'
import { preferredWaitSeconds } from '../src/prefer.ts'
import { apiPolicy } from '../src/route-policy.ts'
import type { Config } from '../src/config.ts'

const videoRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async function (fastify, opts) {
  const { jobs } = fastify

  fastify.post('/v1/video/generate', {
    config: apiPolicy(),
    schema: {
      tags: ['video'],
      summary: 'Generate a video on a backend (by name, or `auto` for the routing policy)',
      description: 'Answers 202 with the job at once. `Prefer: wait=N` (RFC 7240) or `?wait=N` holds the answer up to N seconds for completion ' +
        '(200 when it completed in time).',
      body: GenerateRequest,
      querystring: WaitQuery,
      response: { 200: Job, 202: Job, ...errorResponses(400, 401, 403, 413, 415, 429, 502, 503, 504) }
    }
  }, async (request, reply) => {
    const { backend: choice, ...params } = request.body
    const job = await jobs.submit(choice, generationParams(params), { caller: request.caller, requestId: request.id })
    const wait = Math.min(request.query.wait ?? preferredWaitSeconds(request.headers.prefer) ?? 0, opts.config.maxWaitSeconds)
    if (wait > 0) {
      await jobs.waitFor(job, wait * 1000)
      reply.header('preference-applied', `wait=${wait}`)
    }
    const view = jobView(job, { progress: fastify.progressOf(job) })
    reply.code(isTerminal(job) ? 200 : 202).header('location', view.links.self)
    return view
  })

  fastify.get('/v1/video/jobs/:id', {
    config: apiPolicy({ frequent: true }),
    schema: {
      tags: ['video'],
      summary: 'The job: status, backend, timestamps, and once completed its stage timings and memory',
      params: JobParams,
      response: { 200: Job, ...errorResponses(404, 502, 503, 504) }
    }
  }, async (request, reply) => reply.sendJobView(await jobs.find(request.params.id, request.caller)))

  fastify.get('/v1/video/jobs/:id/content', {
    config: apiPolicy(),
    schema: {
      tags: ['video'],
      summary: 'The mp4: streamed from the backend, then kept by the gateway (a kept one answers Range requests)',
      description: 'A job of several outputs (`num_outputs_per_prompt` or `n`) has one video per index: `?variant=<index>`, 0 by default.',
      params: JobParams,
      querystring: ContentQuery,
      produces: ['video/mp4'],
      response: { 200: Mp4, 206: Mp4, 302: CloudRedirect, ...errorResponses(404, 409, 410, 416, 502, 503, 504) }
    }
  }, async (request, reply) => reply.sendJobContent(await jobs.find(request.params.id, request.caller), request.query.variant))
}
export default videoRoutes
