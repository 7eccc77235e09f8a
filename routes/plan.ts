import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { errorResponses } from '../src/schemas/common.ts'
import { Plan, PlanQuery } from '../src/schemas/plan.ts'
import { renderPlanMarkdown } from '../src/plan/markdown.ts'
import { apiPolicy } from '../src/route-policy.ts'

const planRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  const schema = {
    tags: ['plan'],
    querystring: PlanQuery,
    produces: ['application/json', 'text/markdown'],
    response: { 200: Type.Union([Plan, Type.String()]), ...errorResponses(400, 502) }
  }

  fastify.get('/v1/plan', {
    config: apiPolicy(),
    schema: {
      ...schema,
      summary: 'How to split G GPUs between the configurations: every fleet\'s capacity, p50/p95 at the rate, cost, and three recommendations',
      description: 'JSON by default; Markdown with `Accept: text/markdown`, `?format=md` or `/v1/plan.md`. The model and its limits: docs/planner.md.'
    }
  }, async (request, reply) => {
    const plan = await fastify.planner.plan(request.query)
    const wanted = request.query.format ?? (request.accepts().type(['application/json', 'text/markdown']) === 'text/markdown' ? 'md' : 'json')
    if (wanted === 'md') return reply.type('text/markdown; charset=utf-8').send(renderPlanMarkdown(plan))
    return plan
  })

  fastify.get('/v1/plan.md', {
    config: apiPolicy(),
    schema: { ...schema, summary: 'The capacity plan as Markdown', produces: ['text/markdown'] }
  }, async (request, reply) => {
    return reply.type('text/markdown; charset=utf-8').send(renderPlanMarkdown(await fastify.planner.plan(request.query)))
  })
}
export default planRoutes
