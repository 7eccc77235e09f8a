import fp from 'fastify-plugin'
import { reportFromStats, statsOf } from '../src/compare/report.ts'
import type { ParityInput, ParallelConfig, Report } from '../src/schemas/compare.ts'
import type { JobSample } from '../src/compare/sample.ts'
import { createPrometheusSource } from '../src/compare/prometheus-source.ts'
import { PrometheusUnavailableError, UnknownBackendError } from '../src/errors.ts'
import type { Config } from '../src/config.ts'

export type CompareSource = 'gateway' | 'prometheus'
type LiveReport = Report & { generated_at: string, source: CompareSource, source_note: string | null }

declare module 'fastify' {
  interface FastifyInstance {
    compare: {
      /**
       * The live comparison: from Prometheus (every gateway replica it scrapes) when one is
       * configured, else from this gateway's completed jobs since start (bounded per backend).
       */
      live (baseline: string, candidate: string, source?: CompareSource): Promise<LiveReport>
      /** A report over given samples, e.g. a paired run's. */
      report (baseline: string, candidate: string, samples: { baseline: JobSample[], candidate: JobSample[] }, parity?: ParityInput | null): Report
    }
  }
}

export default fp(async function comparePlugin (fastify, opts: { config: Config }) {
  const { backends, jobs } = fastify
  const { prometheusUrl, prometheusWindow, headersTimeoutMs } = opts.config
  const prometheus = prometheusUrl ? createPrometheusSource({ url: prometheusUrl, window: prometheusWindow, timeoutMs: Math.min(headersTimeoutMs, 10_000) }) : undefined

  function parallelOf (name: string, param: 'baseline' | 'candidate'): ParallelConfig {
    const backend = backends.get(name)
    if (!backend) {
      const known = backends.names.join(', ')
      throw Object.assign(new UnknownBackendError(name, known), { message: `${param}: unknown backend "${name}" (known: ${known})`, param })
    }
    const { sp_degree, ulysses_degree, ring_degree, num_gpus } = backend.config
    return { sp_degree, ulysses_degree, ring_degree, num_gpus }
  }

  function report (baseline: string, candidate: string, samples: { baseline: JobSample[], candidate: JobSample[] }, parity?: ParityInput | null) {
    const b = statsOf({ name: baseline, parallel: parallelOf(baseline, 'baseline'), samples: samples.baseline })
    const c = statsOf({ name: candidate, parallel: parallelOf(candidate, 'candidate'), samples: samples.candidate })
    return reportFromStats(b, c, { stageOrder: jobs.stageOrder, parity })
  }

  async function fromPrometheus (baseline: string, candidate: string) {
    if (!prometheus) throw new PrometheusUnavailableError('no Prometheus is configured (RINGSIDE_PROMETHEUS_URL)')
    const sides = [parallelOf(baseline, 'baseline'), parallelOf(candidate, 'candidate')] as const
    try {
      const [b, c] = await Promise.all([prometheus.sideStats(baseline, sides[0]), prometheus.sideStats(candidate, sides[1])])
      return reportFromStats(b, c, { stageOrder: jobs.stageOrder })
    } catch (err) {
      throw Object.assign(new PrometheusUnavailableError((err as Error).message), { cause: err })
    }
  }

  async function live (baseline: string, candidate: string, source?: CompareSource): Promise<LiveReport> {
    const generated_at = new Date().toISOString()
    const local = () => report(baseline, candidate, { baseline: jobs.samples.get(baseline), candidate: jobs.samples.get(candidate) })
    if (source === 'gateway' || (source === undefined && !prometheus)) return { ...local(), generated_at, source: 'gateway', source_note: null }
    if (source === 'prometheus') return { ...await fromPrometheus(baseline, candidate), generated_at, source: 'prometheus', source_note: `every gateway Prometheus scrapes, last ${prometheusWindow}` }
    // Prometheus by default when configured; if it cannot answer, this gateway's own view, said so.
    try {
      return { ...await fromPrometheus(baseline, candidate), generated_at, source: 'prometheus', source_note: `every gateway Prometheus scrapes, last ${prometheusWindow}` }
    } catch (err) {
      fastify.log.warn({ err }, 'Prometheus could not answer the comparison; answering from this gateway')
      return { ...local(), generated_at, source: 'gateway', source_note: `Prometheus could not answer (${(err as Error).message}): this gateway's jobs only` }
    }
  }

  fastify.decorate('compare', { report, live })
}, { name: 'ringside-compare', dependencies: ['ringside-backends', 'ringside-jobs'] })
