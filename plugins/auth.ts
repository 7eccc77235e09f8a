import { hash, timingSafeEqual } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Logger } from 'pino'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ConfigError, type ApiKey, type Config } from '../src/config.ts'
import { ApiKeyInvalidError, ApiKeyMissingError, ApiKeyScopeError, AuthThrottledError, CrossSiteRefusedError } from '../src/errors.ts'
import { createAuthFailureLimiter } from '../src/security/auth-failures.ts'
import { crossSiteReason, normalOrigin } from '../src/security/cross-site.ts'
import { callerOf, type Caller } from '../src/security/tenancy.ts'
import { policyOf } from './route-policy.ts'

export interface KeyHolder { name: string, scope: ApiKey['scope'] }

const digestOf = (secret: string): Buffer => hash('sha256', secret, 'buffer')

/**
 * The configured keys, kept only as SHA-256 digests. Digests have one length, so
 * timingSafeEqual applies, and every key is compared so the time says nothing about which matched.
 */
export function createKeyring (keys: ApiKey[]) {
  const stored = keys.map((key) => ({ name: key.name, scope: key.scope, digest: digestOf(key.key) }))
  const names = new Set<string>()
  const digests = new Set<string>()
  for (const key of stored) {
    if (names.has(key.name)) throw new ConfigError(`RINGSIDE_API_KEYS names key "${key.name}" twice`)
    if (digests.has(key.digest.toString('hex'))) throw new ConfigError(`RINGSIDE_API_KEYS: key "${key.name}" reuses another key's secret`)
    names.add(key.name)
    digests.add(key.digest.toString('hex'))
  }
  return {
    size: stored.length,
    hasAdmin: stored.some((key) => key.scope === 'admin'),
    find (secret: string): KeyHolder | undefined {
      const digest = digestOf(secret)
      let found: KeyHolder | undefined
      for (const key of stored) {
        if (timingSafeEqual(key.digest, digest) && found === undefined) found = { name: key.name, scope: key.scope }
      }
      return found
    }
  }
}

/** The token of `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 7235). */
export function bearerToken (header: string | undefined): string | undefined {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header ?? '')
  return match?.[1]
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the API key the request was made with; null when the route is open or no keys are configured. */
    apiKey: string | null
    /** Who the request is for tenancy (src/security/tenancy.ts): the key's holder, or the open API's everyone. */
    readonly caller: Caller
    keyHolder: KeyHolder | null
  }
}

const challenge = 'Bearer realm="ringside"'

/**
 * A state-changing request a browser sent from another site (src/security/cross-site.ts) is
 * refused unless it carries a valid key: with keys configured a form post has none and was
 * already refused, so this is what guards a gateway without keys. No CORS headers are sent at
 * all: another origin's script can neither read an answer nor pass a preflight.
 */
function refuseCrossSite (allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => normalOrigin(origin) ?? origin))
  return async function refuseCrossSiteRequest (request: FastifyRequest): Promise<void> {
    if (request.apiKey !== null) return
    const header = (name: string) => {
      const value = request.headers[name]
      return Array.isArray(value) ? value[0] : value
    }
    const reason = crossSiteReason({ method: request.method, host: header('host'), origin: header('origin'), secFetchSite: header('sec-fetch-site') }, allowed)
    if (reason !== undefined) throw new CrossSiteRefusedError(request.method, reason)
  }
}

export default fp(async function authPlugin (fastify, opts: { config: Config }) {
  const { apiKeys, protectMetrics, allowedOrigins } = opts.config
  const keyring = createKeyring(apiKeys)
  fastify.decorateRequest('apiKey', null)
  fastify.decorateRequest('keyHolder', null)
  // A getter: a poll that never asks pays nothing, and there is no per-request object to keep in step
  const apiOpen = keyring.size === 0
  fastify.decorateRequest('caller', { getter (this: FastifyRequest) { return callerOf(this.keyHolder, apiOpen) } })
  if (apiOpen) {
    if (protectMetrics) throw new ConfigError('RINGSIDE_PROTECT_METRICS needs RINGSIDE_API_KEYS with an admin key')
    fastify.log.warn('no RINGSIDE_API_KEYS: the API is open')
    fastify.addHook('onRequest', refuseCrossSite(allowedOrigins))
    return
  }
  if (protectMetrics && !keyring.hasAdmin) throw new ConfigError('RINGSIDE_PROTECT_METRICS needs an admin key in RINGSIDE_API_KEYS')
  const failures = createAuthFailureLimiter({ max: opts.config.authFailureMax, windowMs: opts.config.authFailureWindowMs })

  // onRequest, before the body is read: a stranger cannot make the gateway parse a 16 MB upload.
  // The access is the route's declared one (its config), so encodings and trailing slashes
  // cannot dodge a rule; a thrown error takes the route's error shape (OpenAI's on /v1/videos).
  fastify.addHook('onRequest', async function authenticate (request: FastifyRequest, reply: FastifyReply) {
    const { access } = policyOf(request)
    if (access === 'open') return
    const secret = bearerToken(request.headers.authorization)
    if (secret === undefined) {
      reply.header('www-authenticate', challenge)
      throw new ApiKeyMissingError()
    }
    // Once an address is over its wrong keys, a right one is refused too: else the 429s and
    // the one 200 would still tell a guesser which key works.
    const retryAfterSeconds = failures.retryAfterSeconds(request.ip)
    if (retryAfterSeconds > 0) throw new AuthThrottledError(retryAfterSeconds)
    const holder = keyring.find(secret)
    if (holder === undefined) {
      if (failures.fail(request.ip)) request.log.warn({ address: request.ip }, 'too many wrong API keys: every key from this address is refused for the window')
      reply.header('www-authenticate', `${challenge}, error="invalid_token"`)
      throw new ApiKeyInvalidError()
    }
    request.apiKey = holder.name
    request.keyHolder = holder
    // Every later line of this request names the key holder (never the secret). The request's
    // own logger gets the binding: a child logger per request would cost more than the rest of a poll.
    const log = request.log as unknown as Logger
    log.setBindings({ apiKey: holder.name })
    if (access === 'admin' && holder.scope !== 'admin') {
      reply.header('www-authenticate', `${challenge}, error="insufficient_scope", scope="admin"`)
      throw new ApiKeyScopeError(holder.name, holder.scope, `${request.method} ${request.routeOptions.url}`)
    }
  })
  fastify.addHook('onRequest', refuseCrossSite(allowedOrigins))
}, { name: 'ringside-auth', dependencies: ['ringside-errors', 'ringside-route-policy'] })
