import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { ErrorResponse } from '../src/schemas/common.ts'
import type { Config } from '../src/config.ts'
import { apiPolicy, type RoutePolicy } from '../src/route-policy.ts'
import { changesState } from '../src/security/cross-site.ts'

type Responses = Record<string, unknown>

const bearer = 'apiKey'

/**
 * The answers every route can give besides its own, documented where its declared policy says
 * they apply: 401 without a valid key and 403 with a key short of admin (when keys are
 * configured), 403 for a cross-site browser request that changes state and can arrive without a
 * key (src/security/cross-site.ts), 429 past the rate limit, 503 when the gateway sheds load.
 * They take the route's own error shape (OpenAI's on /v1/videos), as the error reply answers them in it.
 */
export function accessResponses (policy: RoutePolicy, responses: Responses, config: Pick<Config, 'apiKeys'>, methods: string[] = []): Responses {
  const errorShape = Object.entries(responses).find(([status]) => /^[45]\d\d$/.test(status) && status !== '503')?.[1] ?? { $ref: 'ErrorResponse#' }
  const added: Responses = {}
  if (config.apiKeys.length > 0 && policy.access !== 'open') {
    added[401] = errorShape
    if (policy.access === 'admin') added[403] = errorShape
  }
  if (methods.some(changesState) && (config.apiKeys.length === 0 || policy.access === 'open')) added[403] = errorShape
  if (policy.rateLimited) added[429] = errorShape
  if (policy.shed) added[503] = errorShape
  return { ...added, ...responses }
}

// @fastify/swagger-ui's own routes (the page, its assets, the document) take no route config:
// stamped here, in their scope. Open: the OpenAPI document describes nothing secret.
const docsPolicy = apiPolicy({ access: 'open' })

export default fp(async function swaggerPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  const keys = config.apiKeys.length > 0
  await fastify.register(swagger, {
    // Shared schemas keep their own names in components ("ErrorResponse", not "def-0").
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}` },
    openapi: {
      info: {
        title: 'Ringside',
        description: 'Gateway in front of SGLang diffusion backends: video generation, job lifecycle, stage and GPU memory metrics, ' +
          'and a live comparison of parallel configurations.',
        version: '0.1.0'
      },
      tags: [
        { name: 'video', description: 'Native video generation API' },
        { name: 'openai', description: 'OpenAI-compatible /v1/videos' },
        { name: 'sglang', description: 'SGLang\'s own endpoints, for SGLang\'s clients (bench_serving.py, its server tests)' },
        { name: 'compare', description: 'Backends compared from real traffic' },
        { name: 'plan', description: 'How to split GPUs between parallel configurations, from the traffic measured' },
        { name: 'operations', description: 'Health, backends and metrics' }
      ],
      // Described as this instance runs: without keys the API is open
      ...(keys && {
        components: {
          securitySchemes: {
            [bearer]: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key from RINGSIDE_API_KEYS; starting or cancelling comparison runs, and /metrics when protected, need an admin key'
            }
          }
        }
      })
    },
    transform ({ schema, url, route }) {
      if (!schema || schema.hide) return { schema, url }
      const policy = route.config as RoutePolicy
      const response = accessResponses(policy, (schema.response ?? {}) as Responses, config, [route.method].flat())
      const security = keys && policy.access !== 'open' ? [{ [bearer]: [] }] : undefined
      return { schema: { ...schema, response, ...(security && { security }) }, url }
    }
  })
  await fastify.register(async function docs (scope) {
    scope.addHook('onRoute', function declareDocsPolicy (route) { route.config = { ...docsPolicy, ...route.config } })
    await scope.register(swaggerUi, { routePrefix: '/docs' })
  })
  fastify.addSchema(ErrorResponse)
}, { name: 'ringside-swagger', dependencies: ['ringside-route-policy'] })
