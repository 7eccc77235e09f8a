import { STATUS_CODES } from 'node:http'
import fp from 'fastify-plugin'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'

export type GatewayError = FastifyError & { backend?: string, retryAfterSeconds?: number }

/**
 * What every error answer shares, whatever its body's shape: the status, a log line, a
 * Retry-After for 429/503, and a message that never leaks internals of a foreign 5xx.
 */
export function prepareErrorReply (error: GatewayError, request: FastifyRequest, reply: FastifyReply): { statusCode: number, message: string } {
  const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
  const ours = typeof error.code === 'string' && error.code.startsWith('RINGSIDE_')
  if (statusCode >= 500) request.log.error({ err: error }, 'request failed')
  else request.log.info({ err: error }, 'request rejected')
  // Ours know when to come back (an open circuit's cool-down, a queue's drain); others: 5 s
  if ((statusCode === 503 || statusCode === 429) && (error.retryAfterSeconds !== undefined || !reply.hasHeader('retry-after'))) {
    reply.header('retry-after', String(error.retryAfterSeconds ?? 5))
  }
  reply.code(statusCode)
  return { statusCode, message: statusCode < 500 || ours ? error.message : 'Internal Server Error' }
}

/**
 * One error handler: client mistakes keep their message (it names the field), the gateway's own
 * coded errors keep theirs (they name the backend), and any other 5xx is logged with its cause
 * and answered without internals.
 */
export default fp(async function errorsPlugin (fastify) {
  fastify.setErrorHandler(function handleError (error: GatewayError, request, reply) {
    const { statusCode, message } = prepareErrorReply(error, request, reply)
    reply.send({
      statusCode,
      code: error.code ?? (statusCode >= 500 ? 'RINGSIDE_INTERNAL' : 'RINGSIDE_BAD_REQUEST'),
      error: STATUS_CODES[statusCode] ?? 'Error',
      message,
      ...(error.backend ? { backend: error.backend } : {})
    })
  })

  fastify.setNotFoundHandler(function notFound (request, reply) {
    reply.code(404).send({ statusCode: 404, code: 'RINGSIDE_ROUTE_NOT_FOUND', error: 'Not Found', message: `Route ${request.method} ${request.url.split('?')[0]!.slice(0, 200)} not found` })
  })
}, { name: 'ringside-errors' })
