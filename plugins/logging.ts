import fp from 'fastify-plugin'
import type { Config } from '../src/config.ts'

/**
 * At `info` every request writes two lines; for a route polled ten times a second per client
 * that is most of the log and a good part of the CPU. Frequent routes log their requests only
 * from `debug` down; warnings and errors are logged as everywhere.
 */
export function frequentRouteLogLevel (level: Config['logLevel']): Config['logLevel'] {
  return level === 'info' ? 'warn' : level
}

export default fp(async function loggingPlugin (fastify, opts: { config: Config }) {
  const level = frequentRouteLogLevel(opts.config.logLevel)
  // The route's declared `frequent` (src/route-policy.ts)
  fastify.addHook('onRoute', function quietFrequentRoutes (route) {
    if (route.config?.frequent) route.logLevel = level
  })
}, { name: 'ringside-logging', dependencies: ['ringside-route-policy'] })
