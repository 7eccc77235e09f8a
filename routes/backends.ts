import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { backendStateShown } from '../src/backends/state.ts'
import { maySeeBackendUrls } from '../src/security/tenancy.ts'
import { Nullable } from '../src/schemas/common.ts'
import { apiPolicy } from '../src/route-policy.ts'

const BackendState = Type.Object({
  name: Type.String(),
  up: Type.Boolean(),
  sp_degree: Type.Integer(),
  ulysses_degree: Type.Integer(),
  ring_degree: Type.Integer(),
  kv_gather_degree: Type.Integer({ description: 'SGLang\'s K/V-gather degree (1: not used)' }),
  num_gpus: Type.Integer(),
  model: Nullable(Type.String()),
  reported: Type.Object({ model: Nullable(Type.String()), num_gpus: Nullable(Type.Integer()) }, { description: 'What the backend says on /v1/models' }),
  warnings: Type.Array(Type.String()),
  outstanding: Type.Integer({ description: 'Jobs submitted by this gateway not finished yet' }),
  expected_service_seconds: Nullable(Type.Number({ description: 'Moving average of observed service time, every workload together' })),
  workloads: Type.Array(Type.Object({
    workload: Type.String(),
    completed: Type.Integer(),
    expected_service_seconds: Nullable(Type.Number({
      description: 'Moving average of this workload\'s observed service time here, what auto routing predicts it by; null for `other` (shapes pooled)'
    }))
  }), {
    description: 'Its mix: completed jobs this gateway keeps as comparison samples, by workload, the most common first'
  }),
  replicas: Type.Array(Type.Object({
    url: Nullable(Type.String({ description: 'The replica\'s URL: shown to admin keys only (to everyone when no keys are configured)' })),
    up: Type.Boolean(),
    outstanding: Type.Integer(),
    foreign: Type.Integer({
      description: 'Unfinished jobs on it that other clients sent (other gateway replicas, scripts), from its job list at the latest health check'
    }),
    circuit: Type.Union([Type.Literal('closed'), Type.Literal('half_open'), Type.Literal('open')], {
      description: 'Circuit breaker: open takes no new work until its half-open probe succeeds'
    }),
    last_error: Nullable(Type.String({
      description: 'The latest failed health check or call (poll, submit), until one of the same kind succeeds; ' +
        'its low-level cause (which can name an address) for admin keys only'
    })),
    last_error_at: Nullable(Type.String({ description: 'When last_error happened, ISO 8601' })),
    last_checked_at: Nullable(Type.String())
  }))
})

const backendRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  fastify.get('/v1/backends', {
    config: apiPolicy(),
    schema: {
      tags: ['operations'],
      summary: 'Configured backends, their parallel config and health',
      response: { 200: Type.Object({ object: Type.Literal('list'), data: Type.Array(BackendState) }) }
    }
  }, async (request) => {
    const showUrls = maySeeBackendUrls(request.caller)
    return {
      object: 'list' as const,
      data: fastify.backends.all().map((backend) => ({
        ...backendStateShown(backend, showUrls),
        workloads: fastify.samples.mix(backend.name).map((mix) => ({ ...mix, expected_service_seconds: backend.service.seconds(mix.workload) }))
      }))
    }
  })
}
export default backendRoutes
