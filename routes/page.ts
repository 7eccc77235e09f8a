import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import { Type } from 'typebox'
import { comparePairQuery } from '../src/schemas/compare.ts'
import { RunParams } from '../src/schemas/runs.ts'
import { errorResponses } from '../src/schemas/common.ts'
import { renderComparePage, renderErrorPage, renderRunPage, stylesheetPath } from '../src/compare/html.ts'
import { stylesheet } from '../src/compare/style.ts'
import { RunNotFoundError } from '../src/errors.ts'

// The pages have no script and load nothing but their own stylesheet and frames: anything
// else a browser is asked to fetch or run is refused, and framing is refused too.
export const contentSecurityPolicy = 'default-src \'none\'; img-src \'self\' data:; style-src \'self\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\''

const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body)

const pageRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  const PageQuery = Type.Object(comparePairQuery(fastify.compare.pair), { additionalProperties: false })

  fastify.addHook('onRequest', async function pageHeaders (_request, reply) {
    reply.header('content-security-policy', contentSecurityPolicy)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
  })

  // Scoped to these routes: a person gets a page that names the field or the run, not JSON.
  fastify.setErrorHandler(function pageError (error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
    if (statusCode >= 500) request.log.error({ err: error }, 'page failed')
    else request.log.info({ err: error }, 'page request rejected')
    const message = statusCode < 500 ? error.message : 'The page could not be rendered; the gateway log has the cause.'
    reply.code(statusCode).header('cache-control', 'no-store')
    return html(reply, renderErrorPage(statusCode, STATUS_CODES[statusCode] ?? 'Error', message))
  })

  fastify.get('/compare', {
    schema: {
      tags: ['compare'],
      summary: 'The live comparison as a page: the seed\'s tables, charts and summary, no script',
      querystring: PageQuery,
      produces: ['text/html'],
      response: { 200: Type.String(), ...errorResponses(400) }
    }
  }, async (request, reply) => {
    const report = await fastify.compare.live(request.query.baseline, request.query.candidate)
    return html(reply.header('cache-control', 'no-store'), renderComparePage(report))
  })

  fastify.get('/compare/runs/:id', {
    schema: {
      tags: ['compare'],
      summary: 'A paired run as a page: progress (refreshing while it runs), report, frames side by side',
      params: RunParams,
      produces: ['text/html'],
      response: { 200: Type.String(), ...errorResponses(404) }
    }
  }, async (request, reply) => {
    const run = fastify.runs.get(request.params.id)
    if (!run) throw new RunNotFoundError(request.params.id)
    return html(reply.header('cache-control', 'no-store'), renderRunPage(await fastify.runs.view(run)))
  })

  fastify.get(stylesheetPath, {
    // An asset of the pages, not part of the API: left out of the OpenAPI document.
    schema: { hide: true, tags: ['compare'], summary: 'The compare page\'s stylesheet', produces: ['text/css'], response: { 200: Type.String() } }
  }, async (_request, reply) => {
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(stylesheet)
  })
}
export default pageRoutes
