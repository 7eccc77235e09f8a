import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { Type } from 'typebox'
import { FrameParams, RunParams, runRequest, RunView } from '../src/schemas/runs.ts'
import { Binary, errorResponses } from '../src/schemas/common.ts'
import { renderMarkdown } from '../src/compare/markdown.ts'
import { RunNotFoundError } from '../src/errors.ts'
import { requireBackend } from '../src/backends/lookup.ts'
import type { Run } from '../src/compare/runs.ts'
import { apiPolicy } from '../src/route-policy.ts'
import { cancelPolicy } from '../src/compare/run-view.ts'
import { requireDistinctPair } from '../src/compare/pair.ts'

const runRoutes: FastifyPluginAsyncTypebox = async function (fastify) {
  const { runs, backends, jobs } = fastify
  const { pair } = fastify.compare

  // One report per workload the run measured: the one with the most pairs first, with the table of all
  async function runMarkdown (run: Run): Promise<string> {
    const [first, ...rest] = await runs.reports(run)
    const title = `${run.spec.candidate} vs ${run.spec.baseline} baseline, paired run ${run.id}`
    return [
      renderMarkdown(first!, { title }),
      ...rest.map(({ workload_choice: _c, workloads: _w, scaling: _s, ...report }) =>
        renderMarkdown(report, { title: `${title}: workload ${report.workload}` }))
    ].join('\n')
  }

  function find (id: string): Run {
    const run = runs.get(id)
    if (!run) throw new RunNotFoundError(id.slice(0, 100))
    return run
  }

  // Runs burn GPU time on every backend at once: starting or cancelling one is for admins
  fastify.post('/v1/compare/runs', {
    config: apiPolicy({ access: 'admin' }),
    schema: {
      tags: ['compare'],
      summary: 'Start a paired run: the same request with the same seed on both backends, N times (per workload of a sweep)',
      body: runRequest(pair),
      response: { 202: RunView, ...errorResponses(400, 413, 415) }
    }
  }, async (request, reply) => {
    const { template, workloads = [], baseline = pair.baseline, candidate = pair.candidate } = request.body
    const { pairs = 5, warmup = 1, concurrency = 1, parity = true } = request.body
    requireBackend(backends, baseline, 'baseline')
    requireBackend(backends, candidate, 'candidate')
    requireDistinctPair({ baseline, candidate })
    // Refused here, before any pair is sent, with the field as the client wrote it
    await backends.referenceGuard.guard(template, 'template.reference_url')
    // A template over either side's work limits would fail every pair: refused before the first
    jobs.checkWork(baseline, template, 'template.')
    jobs.checkWork(candidate, template, 'template.')
    workloads.forEach((entry, i) => {
      for (const side of [baseline, candidate]) jobs.checkWork(side, { ...template, ...entry }, `workloads.${i}.`)
    })
    const run = runs.start({ template, workloads, baseline, candidate, pairs, warmup, concurrency, parity })
    reply.code(202).header('location', `/v1/compare/runs/${run.id}`)
    return runs.view(run)
  })

  fastify.get('/v1/compare/runs', {
    config: apiPolicy(),
    schema: {
      tags: ['compare'],
      summary: 'Paired runs, newest first',
      response: { 200: Type.Object({ object: Type.Literal('list'), data: Type.Array(RunView) }) }
    }
  }, async () => ({ object: 'list' as const, data: await Promise.all(runs.list().reverse().map((run) => runs.view(run))) }))

  fastify.get('/v1/compare/runs/:id', {
    config: apiPolicy(),
    schema: {
      tags: ['compare'],
      summary: 'A run: status, progress and ETA, pairs, and its report (Markdown with Accept: text/markdown)',
      params: RunParams,
      produces: ['application/json', 'text/markdown'],
      response: { 200: Type.Union([RunView, Type.String()]), ...errorResponses(404) }
    }
  }, async (request, reply) => {
    const run = find(request.params.id)
    if (request.accepts().type(['application/json', 'text/markdown']) === 'text/markdown') {
      return reply.type('text/markdown; charset=utf-8').send(await runMarkdown(run))
    }
    return runs.view(run)
  })

  fastify.get('/v1/compare/runs/:id.md', {
    config: apiPolicy(),
    schema: {
      tags: ['compare'],
      summary: 'A run\'s report as Markdown',
      params: RunParams,
      produces: ['text/markdown'],
      response: { 200: Type.String(), ...errorResponses(404) }
    }
  }, async (request, reply) => {
    const run = find(request.params.id)
    return reply.type('text/markdown; charset=utf-8').send(await runMarkdown(run))
  })

  fastify.delete('/v1/compare/runs/:id', {
    config: apiPolicy({ access: 'admin' }),
    schema: { tags: ['compare'], summary: `Cancel a run. ${cancelPolicy}`, params: RunParams, response: { 200: RunView, ...errorResponses(404) } }
  }, async (request) => {
    const run = find(request.params.id)
    runs.cancel(run)
    return runs.view(run)
  })

  fastify.get('/v1/compare/runs/:id/pairs/:index/frames/:side.png', {
    config: apiPolicy(),
    schema: {
      tags: ['compare'],
      summary: 'A middle frame of one side of a pair, where parity was measured',
      params: FrameParams,
      produces: ['image/png'],
      response: { 200: Binary('image/png'), ...errorResponses(404) }
    }
  }, async (request, reply) => {
    const run = find(request.params.id)
    const pair = run.pairs[request.params.index]
    const path = pair && runs.framePath(run, pair, request.params.side)
    if (!path || !await access(path).then(() => true, () => false)) throw new RunNotFoundError(`${run.id} pair ${request.params.index} frame`)
    return reply.type('image/png').header('cache-control', 'private, max-age=3600').send(createReadStream(path))
  })
}
export default runRoutes
