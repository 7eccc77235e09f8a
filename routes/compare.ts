import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { compareQuery, Comparison } from '../src/schemas/compare.ts'
import { errorResponses } from '../src/schemas/common.ts'
import { renderMarkdown } from '../src/compare/markdown.ts'
import { workloadHref } from '../src/compare/scaling-page.ts'
import { apiPolicy } from '../src/route-policy.ts'

// Each row of the workload table links to that workload's own Markdown comparison, same pair
const markdown = (report: Comparison) => renderMarkdown(report, { workloadLink: (key) => workloadHref(report, key, '/v1/compare.md') })

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
      summary: 'The seed page\'s tables from live traffic, one workload: stage times, speedups with intervals, memory, cost, summary, speedup by work size',
      description: 'JSON by default; Markdown with `Accept: text/markdown`, `?format=md` or `/v1/compare.md`. ' +
        'One workload per report (`workload`, else the one with the most samples on both sides); `workloads` lists every one seen, ' +
        '`scaling` the speedup of each against its size and the crossover.'
    }
  }, async (request, reply) => {
    const { baseline, candidate, format, source, workload } = request.query
    const report = await fastify.compare.live(baseline, candidate, { source, workload })
    const wanted = format ?? (request.accepts().type(['application/json', 'text/markdown']) === 'text/markdown' ? 'md' : 'json')
    if (wanted === 'md') return reply.type('text/markdown; charset=utf-8').send(markdown(report))
    return report
  })

  fastify.get('/v1/compare.md', {
    config: apiPolicy(),
    schema: { ...schema, summary: 'The live comparison as Markdown', produces: ['text/markdown'] }
  }, async (request, reply) => {
    const { baseline, candidate, source, workload } = request.query
    const report = await fastify.compare.live(baseline, candidate, { source, workload })
    return reply.type('text/markdown; charset=utf-8').send(markdown(report))
  })
}
export default compareRoutes
