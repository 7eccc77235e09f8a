import type { FastifyPluginAsync } from 'fastify'

const metricsRoutes: FastifyPluginAsync = async function (fastify) {
  fastify.get('/metrics', {
    config: { frequent: true },
    schema: { tags: ['operations'], summary: 'Prometheus exposition (text format 0.0.4)', produces: ['text/plain'] }
  }, async (request, reply) => {
    reply.type('text/plain; version=0.0.4; charset=utf-8')
    return fastify.metricsText()
  })
}
export default metricsRoutes
