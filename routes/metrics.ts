import type { FastifyPluginAsync } from 'fastify'
import type { Config } from '../src/config.ts'
import { apiPolicy } from '../src/route-policy.ts'

const metricsRoutes: FastifyPluginAsync<{ config: Config }> = async function (fastify, opts) {
  fastify.get('/metrics', {
    // Open unless RINGSIDE_PROTECT_METRICS; never limited or shed: a scrape is how an operator sees the overload
    config: apiPolicy({ access: opts.config.protectMetrics ? 'admin' : 'open', rateLimited: false, shed: false, frequent: true }),
    schema: { tags: ['operations'], summary: 'Prometheus exposition (text format 0.0.4)', produces: ['text/plain'] }
  }, async (request, reply) => {
    reply.type('text/plain; version=0.0.4; charset=utf-8')
    return fastify.metricsText()
  })
}
export default metricsRoutes
