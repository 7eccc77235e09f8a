import fp from 'fastify-plugin'
import type { FastifyRequest, RouteOptions } from 'fastify'
import { missingPolicyFields, notFoundPolicy, type RoutePolicy } from '../src/route-policy.ts'

declare module 'fastify' {
  // Every route declares these (src/route-policy.ts); the gateway does not start otherwise.
  interface FastifyContextConfig extends Partial<RoutePolicy> {}
}

/** The policy of the route a request reached; the not-found handler's for a request that reached none. */
export function policyOf (request: FastifyRequest): RoutePolicy {
  const config = request.routeOptions.config
  // Only Fastify's own 404 context, before ringside-errors installs its declared one, lacks it
  return config.access === undefined ? notFoundPolicy : config as RoutePolicy
}

/**
 * Refuses to start with a route that declares no policy, naming it: a route added without one
 * would otherwise get whatever the plugins default to. Checked when the app is ready rather
 * than in onRoute, as routes from plugins (@fastify/swagger-ui's /docs) get theirs stamped by
 * an onRoute hook of their own scope, which runs after this instance's.
 */
export default fp(async function routePolicyPlugin (fastify) {
  const routes: RouteOptions[] = []
  fastify.addHook('onRoute', function collectRoute (route) { routes.push(route) })
  fastify.addHook('onReady', async function requireDeclaredPolicies () {
    for (const route of routes) {
      const missing = missingPolicyFields(route.config)
      if (missing.length > 0) {
        throw new Error(`route ${[route.method].flat().join(',')} ${route.url} declares no ${missing.join(', ')} in its config (src/route-policy.ts)`)
      }
    }
    routes.length = 0
  })
}, { name: 'ringside-route-policy' })
