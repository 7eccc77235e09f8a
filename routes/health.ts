import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { isUp } from '../src/backends/backends.ts'
import { apiPolicy } from '../src/route-policy.ts'

const Health = Type.Object({ status: Type.String(), backends: Type.Optional(Type.Record(Type.String(), Type.Boolean())) })

const healthRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  // Probes need no key (a load balancer or a kubelet has none) and are never rate-limited.
  // Liveness answers under load too: a restart would only lose the jobs in flight.
  fastify.get('/health/live', {
    config: apiPolicy({ access: 'open', rateLimited: false, shed: false, frequent: true }),
    schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: Health } }
  }, async () => ({ status: 'ok' }))

  fastify.get('/health/ready', {
    config: apiPolicy({ access: 'open', rateLimited: false, frequent: true }),
    schema: { tags: ['operations'], summary: 'Ready when at least one backend is up', response: { 200: Health, 503: Health } }
  }, async (request, reply) => {
    const backends = Object.fromEntries(fastify.backends.all().map((b) => [b.name, isUp(b)]))
    const ready = Object.values(backends).some(Boolean)
    if (!ready) reply.code(503).header('retry-after', '1')
    return { status: ready ? 'ready' : 'no backend is up', backends }
  })
}
export default healthRoutes
