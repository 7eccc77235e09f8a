import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import closeWithGrace from 'close-with-grace'
import app from './app.ts'
import { loadConfig, type Config } from './config.ts'
import { serverOptions } from './options.ts'

/** The app, wired and ready to listen or to be injected into. Used by the process and the tests. */
export async function buildServer (config: Config, logger?: FastifyServerOptions['logger']): Promise<FastifyInstance> {
  const fastify = Fastify(serverOptions(config, logger))
  await fastify.register(app, { config })
  return fastify
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
