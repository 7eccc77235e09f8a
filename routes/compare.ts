import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { compareQuery, Comparison } from '../src/schemas/compare.ts'
import { errorResponses } from '../src/schemas/common.ts'
import { renderMarkdown } from '../src/compare/markdown.ts'
import { apiPolicy } from '../src/route-policy.ts'

const compareRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  const schema = {
    tags: ['compare'],
    querystring: compareQuery(fastify.compare.pair),
    produces: ['application/json', 'text/markdown'],
    response: { 200: Type.Union([Comparison, Type.String()]), ...errorResponses(400, 502) }
  }

  fastify.get('/v1/compare', {
    config: apiPolicy(),
    schema: {
      ...schema,
      summary: 'The seed page\'s tables from live traffic: stage times, speedups with intervals, memory, cost, summary',
      description: 'JSON by default; Markdown with `Accept: text/markdown`, `?format=md` or `/v1/compare.md`.'
    }
  }, async (request, reply) => {
    const { baseline, candidate, format, source } = request.query
    const report = await fastify.compare.live(baseline, candidate, source)
    const wanted = format ?? (request.accepts().type(['application/json', 'text/markdown']) === 'text/markdown' ? 'md' : 'json')
    if (wanted === 'md') return reply.type('text/markdown; charset=utf-8').send(renderMarkdown(report))
    return report
  })

  fastify.get('/v1/compare.md', {
    config: apiPolicy(),
    schema: { ...schema, summary: 'The live comparison as Markdown', produces: ['text/markdown'] }
  }, async (request, reply) => {
    const report = await fastify.compare.live(request.query.baseline, request.query.candidate, request.query.source)
    return reply.type('text/markdown; charset=utf-8').send(renderMarkdown(report))
  })
}
export default compareRoutes
