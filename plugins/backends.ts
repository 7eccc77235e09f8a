import fp from 'fastify-plugin'
import { backendState, createBackends, type Backends } from '../src/backends/backends.ts'
import { startEmbeddedBackends } from '../src/simulator/embedded.ts'
import type { Config } from '../src/config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    backends: Backends
  }
}

/**
 * The configured backends, or, with none configured, the two embedded simulators with the seed's
 * profiles (what `npm start` runs).
 */
export default fp(async function backendsPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  let configs = config.backends
  if (configs.length === 0) {
    const embedded = await startEmbeddedBackends({ timeScale: config.simTimeScale, logger: fastify.log })
    fastify.log.warn({ backends: embedded.configs.map((b) => ({ name: b.name, url: b.urls[0] })), timeScale: config.simTimeScale },
      'no backend configured (RINGSIDE_BACKENDS): started the embedded SGLang simulators with the seed profiles')
    fastify.addHook('onClose', async function closeEmbedded () { await embedded.close() })
    configs = embedded.configs
  }

  const backends = createBackends({ ...config, configs, logger: fastify.log })
  fastify.decorate('backends', backends)
  fastify.metrics.readBackendsFrom(() => backends.all().map(backendState))
  fastify.addHook('onClose', async function closeBackends () { await backends.close() })

  fastify.addHook('onReady', async function probeBackends () { await backends.start() })
}, { name: 'ringside-backends', dependencies: ['ringside-metrics'] })
