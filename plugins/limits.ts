import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../src/config.ts'
import { OverloadedError, RateLimitedError } from '../src/errors.ts'
import { policyOf } from './route-policy.ts'

const shedRetryAfterSeconds = 5

function windowText (windowMs: number): string {
  return windowMs % 1000 === 0 ? `${windowMs / 1000} s` : `${windowMs} ms`
}

// Without keys the only identity is the address. The gateway's own host (the CLI, a sidecar,
// the test suite's injected requests) is trusted as the operator and not limited.
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function unlimited (request: FastifyRequest): boolean {
  if (!policyOf(request).rateLimited) return true
  return !request.apiKey && loopback.has(request.ip)
}

/** The rate-limit bucket: the API key's name, or the client's address when the API is open. */
export function rateLimitKey (request: FastifyRequest): string {
  return request.apiKey ? `key:${request.apiKey}` : `ip:${request.ip}`
}

/**
 * Load shedding then per-key rate limits. Registered before ringside-auth so an overloaded
 * gateway sheds before it hashes keys; the rate-limit hook is per route and so runs after
 * authentication, when request.apiKey is known.
 */
export default fp(async function limitsPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  await fastify.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    pressureHandler: async function shed (request, _reply, type, value) {
      if (!policyOf(request).shed) return
      const reason = typeof value === 'number' ? `${type} ${Math.round(value)}` : type
      throw new OverloadedError(reason, { retryAfterSeconds: shedRetryAfterSeconds })
    }
  })
  await fastify.register(rateLimit, {
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    keyGenerator: rateLimitKey,
    allowList: unlimited,
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(context.max, windowText(config.rateLimitWindowMs), { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) })
  })
}, { name: 'ringside-limits', dependencies: ['ringside-errors', 'ringside-route-policy'] })
