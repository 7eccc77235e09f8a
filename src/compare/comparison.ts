import type { ComparePair } from '../config.ts'
import type { Comparison, ParallelConfig, ParityInput, Report } from '../schemas/compare.ts'
import { PrometheusUnavailableError } from '../errors.ts'
import { requireBackend, type BackendLookup } from '../backends/lookup.ts'
import type { PrometheusSource } from './prometheus-source.ts'
import { reportFromStats, statsOf } from './report.ts'
import type { JobSample } from './sample.ts'

export type CompareSource = 'gateway' | 'prometheus'
type Field = 'baseline' | 'candidate'

/** The comparison's view of this gateway's completed jobs. */
export interface LiveSamples {
  /** A backend's completed jobs since start, oldest first. */
  samples (backend: string): JobSample[]
  /** Stage names in the order the backends executed them. */
  stageOrder (): readonly string[]
}

export interface ComparisonOptions {
  backends: BackendLookup
  /** The sides a request that names neither compares (see resolveComparePair). */
  pair: ComparePair
  live: LiveSamples
  /** Every gateway replica's traffic, when a Prometheus is configured. */
  prometheus?: PrometheusSource
  /** The range Prometheus' means cover, a PromQL duration, for the report's note. */
  prometheusWindow: string
  logger: { warn (obj: object, msg: string): void }
  clock?: () => Date
}

/**
 * The comparison of two backends: a report over given samples (a paired run's), or the live one
 * from Prometheus (every gateway replica it scrapes) when configured, else from this gateway's
 * completed jobs since start.
 */
export function createComparison (options: ComparisonOptions) {
  const { backends, live: local, prometheus, prometheusWindow, logger } = options
  const clock = options.clock ?? (() => new Date())
  const prometheusNote = `every gateway Prometheus scrapes, last ${prometheusWindow}`

  function parallelOf (name: string, field: Field): ParallelConfig {
    const { sp_degree, ulysses_degree, ring_degree, num_gpus } = requireBackend(backends, name, field).config
    return { sp_degree, ulysses_degree, ring_degree, num_gpus }
  }

  function report (baseline: string, candidate: string, samples: { baseline: JobSample[], candidate: JobSample[] }, parity?: ParityInput | null): Report {
    const b = statsOf({ name: baseline, parallel: parallelOf(baseline, 'baseline'), samples: samples.baseline })
    const c = statsOf({ name: candidate, parallel: parallelOf(candidate, 'candidate'), samples: samples.candidate })
    return reportFromStats(b, c, { stageOrder: local.stageOrder(), parity })
  }

  async function fromPrometheus (baseline: string, candidate: string): Promise<Report> {
    if (!prometheus) throw new PrometheusUnavailableError('no Prometheus is configured (RINGSIDE_PROMETHEUS_URL)')
    const sides = [parallelOf(baseline, 'baseline'), parallelOf(candidate, 'candidate')] as const
    try {
      const [b, c] = await Promise.all([prometheus.sideStats(baseline, sides[0]), prometheus.sideStats(candidate, sides[1])])
      return reportFromStats(b, c, { stageOrder: local.stageOrder() })
    } catch (err) {
      throw new PrometheusUnavailableError((err as Error).message, { cause: err })
    }
  }

  const fromGateway = (baseline: string, candidate: string) =>
    report(baseline, candidate, { baseline: local.samples(baseline), candidate: local.samples(candidate) })

  /** The live comparison; `source` forces one, else Prometheus when configured. */
  async function live (baseline: string, candidate: string, source?: CompareSource): Promise<Comparison> {
    const generated_at = clock().toISOString()
    if (source === 'gateway' || (source === undefined && !prometheus)) {
      return { ...fromGateway(baseline, candidate), generated_at, source: 'gateway', source_note: null }
    }
    if (source === 'prometheus') return { ...await fromPrometheus(baseline, candidate), generated_at, source: 'prometheus', source_note: prometheusNote }
    // Prometheus by default when configured; if it cannot answer, this gateway's own view, said so.
    try {
      return { ...await fromPrometheus(baseline, candidate), generated_at, source: 'prometheus', source_note: prometheusNote }
    } catch (err) {
      logger.warn({ err }, 'Prometheus could not answer the comparison; answering from this gateway')
      const note = `Prometheus could not answer (${(err as Error).message}): this gateway's jobs only`
      return { ...fromGateway(baseline, candidate), generated_at, source: 'gateway', source_note: note }
    }
  }

  return { pair: options.pair, report, live }
}
export type ComparisonService = ReturnType<typeof createComparison>
