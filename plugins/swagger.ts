import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { ErrorResponse } from '../src/schemas/common.ts'

export default fp(async function swaggerPlugin (fastify) {
  await fastify.register(swagger, {
    // Shared schemas keep their own names in components ("ErrorResponse", not "def-0").
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}` },
    openapi: {
      info: {
        title: 'Ringside',
        description: 'Gateway in front of SGLang diffusion backends: video generation, job lifecycle, stage and GPU memory metrics, and a live comparison of parallel configurations.',
        version: '0.1.0'
      },
      tags: [
        { name: 'video', description: 'Native video generation API' },
        { name: 'openai', description: 'OpenAI-compatible /v1/videos' },
        { name: 'compare', description: 'Backends compared from real traffic' },
        { name: 'operations', description: 'Health, backends and metrics' }
      ]
    }
  })
  await fastify.register(swaggerUi, { routePrefix: '/docs' })
  fastify.addSchema(ErrorResponse)
}, { name: 'ringside-swagger' })
