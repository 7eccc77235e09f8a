import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import closeWithGrace from 'close-with-grace'
import app from './app.ts'
import { loadConfig, type Config } from './config.ts'
import { embedSimulators } from './embedded.ts'
import { serverOptions } from './options.ts'

/**
 * The app, wired and ready to listen or to be injected into. Used by the process and the tests.
 * With no backend configured, the embedded simulators start first and the app is given them as
 * its backends; they close last (onClose runs last-added-first), after the pools that use them.
 */
export async function buildServer (config: Config, logger?: FastifyServerOptions['logger']): Promise<FastifyInstance> {
  const fastify = Fastify(serverOptions(config, logger))
  const embedding = await embedSimulators(config, fastify.log)
  fastify.addHook('onClose', async function closeEmbedded () { await embedding.close() })
  try {
    await fastify.register(app, { config: embedding.config })
  } catch (err) {
    // a plugin refused the configuration: no instance reaches the caller to be closed, so the
    // simulators started for it would keep the process alive
    await embedding.close()
    throw err
  }
  closeConnectionsWhenDone(fastify)
  return fastify
}

/**
 * A graceful close waits for in-flight requests, then for their connections: a keep-alive
 * connection whose response (a long download, say) ends during the close would hold the process
 * for the keep-alive timeout. Once closing, each connection is let go as soon as it is idle.
 */
function closeConnectionsWhenDone (fastify: FastifyInstance): void {
  let closing = false
  fastify.addHook('preClose', async function markClosing () { closing = true })
  fastify.addHook('onResponse', async function releaseConnection () {
    if (closing) setImmediate(() => fastify.server.closeIdleConnections())
  })
}

/** The process: configuration from the environment, listen, and a graceful close on signals. */
export async function startServer (env: NodeJS.ProcessEnv): Promise<FastifyInstance> {
  const config = loadConfig(env)
  const server = await buildServer(config)
  closeWithGrace({ delay: 10_000 }, async function closeServer ({ signal, err }) {
    if (err) server.log.error({ err }, 'closing after an error')
    else server.log.info({ signal }, 'closing')
    await server.close()
  })
  await server.listen({ port: config.port, host: config.host })
  return server
}
