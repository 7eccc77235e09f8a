import fp from 'fastify-plugin'
import { createComparison, type ComparisonService, type LiveSamples } from '../src/compare/comparison.ts'
import { resolveComparePair } from '../src/compare/pair.ts'
import { createPrometheusSource } from '../src/compare/prometheus-source.ts'
import type { Config } from '../src/config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The live comparison and reports over given samples, e.g. a paired run's. */
    compare: ComparisonService
  }
}

export default fp(async function comparePlugin (fastify, opts: { config: Config }) {
  const { backends, samples } = fastify
  const { prometheusUrl, prometheusWindow, headersTimeoutMs, comparePair } = opts.config
  const prometheus = prometheusUrl
    ? createPrometheusSource({ url: prometheusUrl, window: prometheusWindow, timeoutMs: Math.min(headersTimeoutMs, 10_000) })
    : undefined
  // This gateway's completed jobs, as the job observer keeps them: the one place that reads them.
  const live: LiveSamples = { samples: (backend) => samples.get(backend), stageOrder: () => samples.stageOrder }
  const pair = resolveComparePair(comparePair, backends.all().map((backend) => backend.config))
  fastify.decorate('compare', createComparison({ backends, pair, live, workloads: fastify.workloads, prometheus, prometheusWindow, logger: fastify.log }))
}, { name: 'ringside-compare', dependencies: ['ringside-backends', 'ringside-jobs'] })
