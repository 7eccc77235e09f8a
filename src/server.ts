import { createServer } from 'node:net'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import closeWithGrace from 'close-with-grace'
import app from './app.ts'
import { ConfigError, loadConfig, type Config } from './config.ts'
import { embedSimulators } from './embedded.ts'
import { serverOptions } from './options.ts'
import { processLogger } from './log-format.ts'

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

/** A port that cannot be bound, as one line naming the setting (not a stack trace). */
function portError (err: unknown, port: number, host: string): unknown {
  const code = (err as { code?: string }).code
  if (code === 'EADDRINUSE') return new ConfigError(`PORT: port ${port} on ${host} is already in use: stop what listens there or set PORT`, { cause: err })
  if (code === 'EACCES') return new ConfigError(`PORT: port ${port} on ${host} needs privileges this process lacks: set PORT above 1023`, { cause: err })
  if (code === 'EADDRNOTAVAIL') return new ConfigError(`HOST: ${host} is not an address of this machine`, { cause: err })
  return err
}

/**
 * Binds the port for a moment before anything starts: a second `npm start` is told the port is
 * busy at once, not after its embedded simulators started and the gateway was wired.
 */
async function checkPortFree (port: number, host: string): Promise<void> {
  if (port === 0) return
  const probe = createServer()
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen({ port, host, exclusive: true }, resolve)
    })
  } catch (err) {
    throw portError(err, port, host)
  } finally {
    await new Promise((resolve) => probe.close(resolve))
  }
}

/** The process: configuration from the environment, listen, and a graceful close on signals. */
export async function startServer (env: NodeJS.ProcessEnv): Promise<FastifyInstance> {
  const config = loadConfig(env)
  await checkPortFree(config.port, config.host)
  const server = await buildServer(config, processLogger(config))
  closeWithGrace({ delay: 10_000 }, async function closeServer ({ signal, err }) {
    if (err) server.log.error({ err }, 'closing after an error')
    else server.log.info({ signal }, 'closing')
    await server.close()
  })
  try {
    await server.listen({ port: config.port, host: config.host })
  } catch (err) {
    // taken between the check and now: close what started (the simulators) and say it in one line
    await server.close()
    throw portError(err, config.port, config.host)
  }
  const base = origin(server)
  server.log.info({ compare: `${base}/compare`, docs: `${base}/docs`, metrics: `${base}/metrics` }, `Ringside is ready: the live comparison at ${base}/compare`)
  return server
}

function origin (server: FastifyInstance): string {
  const address = server.addresses()[0]
  if (!address || typeof address === 'string') return ''
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`
}
