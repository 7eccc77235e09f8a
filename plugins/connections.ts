import type { Socket } from 'node:net'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.ts'
import { createConnectionCap } from '../src/security/connection-cap.ts'

/**
 * The per-address connection cap on the listening server: a connection over it is destroyed
 * before a byte is read (no answer: an HTTP one would need the headers it may never finish)
 * and counted in ringside_connections_refused_total.
 */
export default fp(async function connectionsPlugin (fastify, opts: { config: Config }) {
  const cap = createConnectionCap(opts.config.maxConnectionsPerAddress)
  const refused = fastify.metrics.connectionsRefused
  refused.inc(0)
  fastify.server.on('connection', function capConnections (socket: Socket) {
    const address = socket.remoteAddress ?? ''
    if (!cap.admit(address)) {
      refused.inc()
      socket.destroy()
      return
    }
    socket.once('close', () => cap.release(address))
  })
}, { name: 'ringside-connections', dependencies: ['ringside-metrics'] })
