import fp from 'fastify-plugin'
import { createBackends, type Backends } from '../src/backends/backends.ts'
import { backendState } from '../src/backends/state.ts'
import type { Config } from '../src/config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    backends: Backends
  }
}

/**
 * The configured backends. With none configured, src/server.ts has already started the embedded
 * simulators (src/embedded.ts) and put them in the configuration, so this plugin never sees the
 * difference.
 */
export default fp(async function backendsPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  const backends = createBackends({ ...config, configs: config.backends, logger: fastify.log })
  fastify.decorate('backends', backends)
  fastify.metrics.readBackendsFrom(() => backends.all().map(backendState))
  fastify.addHook('onClose', async function closeBackends () { await backends.close() })

  fastify.addHook('onReady', async function probeBackends () { await backends.start() })
}, { name: 'ringside-backends', dependencies: ['ringside-metrics'] })
