import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { comparePairQuery, workloadQuery } from '../src/schemas/compare.ts'
import { RunParams } from '../src/schemas/runs.ts'
import { errorResponses } from '../src/schemas/common.ts'
import { renderComparePage, stylesheetPath } from '../src/compare/html.ts'
import { planSection } from '../src/plan/html.ts'
import { renderRunPage } from '../src/compare/run-page.ts'
import { renderHomePage } from '../src/compare/home.ts'
import { backendState } from '../src/backends/state.ts'
import { stylesheet } from '../src/compare/style.ts'
import { RunNotFoundError } from '../src/errors.ts'
import { apiPolicy } from '../src/route-policy.ts'

// The pages have no script and load nothing but their own stylesheet and frames: anything
// else a browser is asked to fetch or run is refused, and framing is refused too.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "img-src 'self' data:",
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

// A person gets a page that names the field or the run, not JSON
const page = apiPolicy({ errorShape: 'html' })

const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body)

const pageRoutes: FastifyPluginAsyncTypebox<{ version: string }> = async function (fastify, opts) {
  const PageQuery = Type.Object({ ...comparePairQuery(fastify.compare.pair), ...workloadQuery }, { additionalProperties: false })

  fastify.addHook('onRequest', async function pageHeaders (_request, reply) {
    reply.header('content-security-policy', contentSecurityPolicy)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
  })

  fastify.get('/', {
    // What runs and where things are: no more than /health/ready already tells without a key
    config: apiPolicy({ access: 'open', errorShape: 'html' }),
    schema: {
      tags: ['compare'],
      summary: 'The landing page: the backends behind the gateway and links to the comparison, the API and the metrics',
      produces: ['text/html'],
      response: { 200: Type.String() }
    }
  }, async (_request, reply) => {
    const backends = fastify.backends.all().map(backendState)
    return html(reply.header('cache-control', 'no-store'), renderHomePage({ version: opts.version, backends, pair: fastify.compare.pair }))
  })

  fastify.get('/compare', {
    config: page,
    schema: {
      tags: ['compare'],
      summary: 'The live comparison as a page: the seed\'s tables, charts and summary, no script',
      querystring: PageQuery,
      produces: ['text/html'],
      response: { 200: Type.String(), ...errorResponses(400) }
    }
  }, async (request, reply) => {
    const { baseline, candidate, workload } = request.query
    const report = await fastify.compare.live(baseline, candidate, { workload })
    // The question, on the page: the GPUs the pair's larger configuration takes
    const plan = await fastify.planner.plan({ gpus: Math.max(report.candidate.num_gpus, report.baseline.num_gpus) })
    return html(reply.header('cache-control', 'no-store'), renderComparePage(report, planSection(plan)))
  })

  fastify.get('/compare/runs/:id', {
    config: page,
    schema: {
      tags: ['compare'],
      summary: 'A paired run as a page: progress (refreshing while it runs), report (one workload\'s: `workload`), frames side by side',
      params: RunParams,
      querystring: Type.Object(workloadQuery, { additionalProperties: false }),
      produces: ['text/html'],
      response: { 200: Type.String(), ...errorResponses(400, 404) }
    }
  }, async (request, reply) => {
    const run = fastify.runs.get(request.params.id)
    if (!run) throw new RunNotFoundError(request.params.id)
    return html(reply.header('cache-control', 'no-store'), renderRunPage(await fastify.runs.view(run), request.query.workload))
  })

  fastify.get(stylesheetPath, {
    config: page,
    // An asset of the pages, not part of the API: left out of the OpenAPI document.
    schema: { hide: true, tags: ['compare'], summary: 'The compare page\'s stylesheet', produces: ['text/css'], response: { 200: Type.String() } }
  }, async (_request, reply) => {
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(stylesheet)
  })
}
export default pageRoutes
