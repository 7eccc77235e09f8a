import fp from 'fastify-plugin'
import type { FastifyRequest } from 'fastify'
import { checkReferenceUrl, type ReferencePolicy } from '../src/security/reference-url.ts'
import type { Config } from '../src/config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for generation routes: refuses a reference_url the backend must not fetch. */
    guardReferenceUrl (request: FastifyRequest): Promise<void>
  }
}

export default fp(async function referenceGuardPlugin (fastify, opts: { config: Config }) {
  const policy: ReferencePolicy = { allowHosts: opts.config.referenceHosts, allowPrivate: opts.config.referenceAllowPrivate }
  fastify.decorate('guardReferenceUrl', async function guardReferenceUrl (request: FastifyRequest) {
    const url = (request.body as { reference_url?: unknown } | undefined)?.reference_url
    if (typeof url === 'string') await checkReferenceUrl(url, policy)
  })
}, { name: 'ringside-reference-guard' })
