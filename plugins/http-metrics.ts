import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { UNMATCHED_ROUTE } from '../src/metrics/names.ts'

// Methods a route can declare: anything else an unmatched request uses counts as `other`, so a
// scanner's PROPFIND and MKCOL add no series.
const declaredMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])

/** The route label: the template a request matched (`/v1/video/jobs/:id`), never its URL. */
export function routeLabel (request: FastifyRequest): string {
  return request.is404 ? UNMATCHED_ROUTE : request.routeOptions.url ?? UNMATCHED_ROUTE
}

function methodLabel (request: FastifyRequest): string {
  return declaredMethods.has(request.method) ? request.method : 'other'
}

/**
 * The gateway's own RED metrics, counted in onResponse: it runs for every answer sent, those a
 * hook gives before any handler (auth's 401/403, the rate limit's 429, shedding's 503) and the
 * 404 handler's included, since each of them ends in reply.send. Registered on the root, so
 * every route and the 404 context (which Fastify builds at ready) get the hook.
 */
export default fp(async function httpMetricsPlugin (fastify) {
  const { httpRequests, httpRequestDuration } = fastify.metrics
  fastify.addHook('onResponse', async function countAnswer (request: FastifyRequest, reply: FastifyReply) {
    const route = routeLabel(request)
    const method = methodLabel(request)
    httpRequests.inc({ route, method, status: String(reply.statusCode) })
    httpRequestDuration.observe({ route, method }, reply.elapsedTime / 1000)
  })
}, { name: 'ringside-http-metrics', dependencies: ['ringside-metrics'] })
