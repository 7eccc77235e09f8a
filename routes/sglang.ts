import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { isUp } from '../src/backends/backends.ts'
import { modelCards, modelPathOf, primaryBackend, serverInfos } from '../src/backends/models.ts'
import { ModelNotFoundError, NoBackendAvailableError } from '../src/errors.ts'
import { apiPolicy } from '../src/route-policy.ts'
import { Detail, ModelInfo, ModelList, ModelCard, ModelParams, ModelPath, ServerInfo, Status } from '../src/schemas/sglang.ts'
import { OpenAIError } from '../src/schemas/video.ts'

// SGLang's own clients (benchmarks/bench_serving.py, its server tests) call these with no key or
// any key at all, so they are open; they answer from what the prober already read, never a call
// to a backend. Paths and bodies at d315eb72, python/sglang/multimodal_gen/runtime/entrypoints/.
const probe = apiPolicy({ access: 'open', rateLimited: false, frequent: true, errorShape: 'sglang' })
const info = apiPolicy({ access: 'open', errorShape: 'sglang' })
// /v1/models answers its 404 as OpenAI does (common_api.py:217-238)
const models = apiPolicy({ access: 'open', errorShape: 'openai' })
const tags = ['sglang']
// Declared for each status the route's policy can send, so OpenAPI shows each in the route's error shape
const detailErrors = { 429: Detail, 503: Detail }
const openAIErrors = { 429: OpenAIError, 503: OpenAIError }
const NoBody = Type.Null({ description: 'No backend is up (no body, as SGLang)' })

const sglangRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  const { backends } = fastify
  const cards = () => modelCards(backends.all(), Date.now())

  // bench_serving.py:486-504 waits for a 200 here; SGLang answers 503 with no body while it
  // cannot serve (http_server.py:159-164), the gateway while no backend is up
  for (const url of ['/health', '/health_generate']) {
    fastify.get(url, {
      config: probe,
      schema: { tags, summary: 'SGLang\'s readiness: 200 when at least one backend is up', response: { 200: Status, 503: NoBody } }
    }, async (request, reply) => {
      if (backends.all().some(isUp)) return { status: 'ok' as const }
      return reply.code(503).header('retry-after', '1').send(undefined as never)
    })
  }

  fastify.get('/liveness', {
    config: { ...probe, shed: false },
    schema: { tags, summary: 'SGLang\'s liveness: the gateway is accepting requests', response: { 200: Status } }
  }, async () => ({ status: 'ok' as const }))

  fastify.get('/v1/models', {
    config: models,
    schema: { tags, summary: 'The models of every backend, one card each, naming the backends that serve it', response: { 200: ModelList, ...openAIErrors } }
  }, async () => ({ object: 'list' as const, data: cards() }))

  fastify.get('/v1/models/*', {
    config: models,
    schema: {
      tags, summary: 'One model card by id (ids may hold slashes)', params: ModelParams, response: { 200: ModelCard, 404: OpenAIError, ...openAIErrors }
    }
  }, async (request) => {
    const id = request.params['*']
    const card = cards().find((c) => c.id === id)
    if (!card) throw new ModelNotFoundError(id, { param: 'model' })
    return card
  })

  fastify.get('/model_info', {
    config: info,
    schema: { tags, summary: 'The first ready backend\'s /model_info, naming the backend', response: { 200: ModelInfo, ...detailErrors } }
  }, async () => {
    const backend = primaryBackend(backends.all(), (b) => b.info.modelInfo !== null)
    if (!backend) throw new NoBackendAvailableError()
    return { ...backend.info.modelInfo, model_path: modelPathOf(backend) ?? '', backend: backend.name }
  })

  // bench_serving.py:522-530 names its requests' model from here (common_api.py:174-184)
  fastify.get('/v1/model_info', {
    config: info,
    schema: { tags, summary: 'The model path of the first ready backend', response: { 200: ModelPath, ...detailErrors } }
  }, async () => {
    const backend = primaryBackend(backends.all(), (b) => modelPathOf(b) !== null)
    if (!backend) throw new NoBackendAvailableError()
    return { model_path: modelPathOf(backend)! }
  })

  // The gateway fronts several servers: the top-level keys are the first ready backend's (what
  // a client that expects one server reads), `backends` has every backend's own answer
  fastify.get('/server_info', {
    config: info,
    schema: { tags, summary: 'The first ready backend\'s /server_info, and every backend\'s', response: { 200: ServerInfo, ...detailErrors } }
  }, async () => {
    const all = backends.all()
    const backend = primaryBackend(all, (b) => b.info.serverInfo !== null)
    if (!backend) throw new NoBackendAvailableError()
    return { ...backend.info.serverInfo, model_path: modelPathOf(backend) ?? '', backend: backend.name, backends: serverInfos(all) }
  })
}
export default sglangRoutes
