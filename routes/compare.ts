import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CompareQuery, Comparison } from '../src/schemas/compare.ts'
import { errorResponses } from '../src/schemas/common.ts'

const compareRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  fastify.get('/v1/compare', {
    schema: {
      tags: ['compare'],
      summary: 'The seed page\'s tables from live traffic: stage times, speedups, memory, cost',
      querystring: CompareQuery,
      response: { 200: Comparison, ...errorResponses(400) }
    }
  }, async (request) => fastify.compare(request.query.baseline, request.query.candidate))
}
export default compareRoutes
