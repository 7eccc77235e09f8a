import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { prepareErrorReply, renderErrorReply, type AnyError } from '../src/error-reply.ts'
import { notFoundPolicy } from '../src/route-policy.ts'
import { policyOf } from './route-policy.ts'
import { RouteNotFoundError } from '../src/errors.ts'

/**
 * The one error handler: src/error-reply.ts decides status, message and Retry-After, and
 * renders them in the shape the route declares (JSON, OpenAI's, or a page). Errors thrown by
 * hooks (auth, rate limit, shedding) take the shape of the route they were on.
 */
export default fp(async function errorsPlugin (fastify) {
  // Every body the API reads is JSON (or a multipart form): Fastify's text/plain parser would
  // hand a JSON body sent as text/plain to validation as a string ("body must be object"); without
  // it the answer is 415 Unsupported Media Type, which says what is wrong
  fastify.removeContentTypeParser('text/plain')

  fastify.setErrorHandler(function handleError (error: AnyError, request: FastifyRequest, reply: FastifyReply) {
    const prepared = prepareErrorReply(error)
    if (prepared.logLevel === 'error') request.log.error({ err: error }, 'request failed')
    else if (prepared.logLevel === 'warn') request.log.warn({ code: prepared.code, backend: prepared.backend, message: prepared.message }, 'request refused')
    else request.log.info({ err: error }, 'request rejected')
    const { retryAfter } = prepared
    if (retryAfter && (retryAfter.replace || !reply.hasHeader('retry-after'))) reply.header('retry-after', String(retryAfter.seconds))
    const { headers, body } = renderErrorReply(prepared, policyOf(request).errorShape)
    return reply.code(prepared.statusCode).headers(headers).send(body)
  })

  // Declared like a route: its requests (any unknown URL) meet auth, limits and shedding as the API does
  fastify.setNotFoundHandler({ config: notFoundPolicy } as object, async function notFound (request) {
    throw new RouteNotFoundError(request.method, request.url.split('?')[0]!.slice(0, 200))
  })
}, { name: 'ringside-errors', dependencies: ['ringside-route-policy'] })
