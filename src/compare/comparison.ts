import type { ComparePair } from '../config.ts'
import type { Comparison, ParallelConfig, ParityInput, Report, WorkloadEntry } from '../schemas/compare.ts'
import { PrometheusUnavailableError } from '../errors.ts'
import { requireBackend, type BackendLookup } from '../backends/lookup.ts'
import { modelPathOf } from '../backends/models.ts'
import { modelDefaultsOf } from '../workloads/models.ts'
import type { WorkloadView } from './markdown.ts'
import type { PrometheusSource } from './prometheus-source.ts'
import { reportFromStats, statsOf } from './report.ts'
import type { JobSample } from './sample.ts'
import { scalingOf, workloadRows } from './scaling.ts'
import { chooseWorkload, mixOfSamples, workloadEntries, type WorkloadContext, type WorkloadNames } from './workloads.ts'

export type CompareSource = 'gateway' | 'prometheus'
type Field = 'baseline' | 'candidate'
type Samples = { baseline: JobSample[], candidate: JobSample[] }

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
  /** The labels measures carry (fastify.workloads): a workload asked for must be one. */
  workloads: WorkloadNames
  /** Every gateway replica's traffic, when a Prometheus is configured. */
  prometheus?: PrometheusSource
  /** The range Prometheus' means cover, a PromQL duration, for the report's note. */
  prometheusWindow: string
  logger: { warn (obj: object, msg: string): void }
  clock?: () => Date
}

export interface LiveOptions {
  /** Forces where the numbers come from; else Prometheus when configured. */
  source?: CompareSource
  /** The workload compared; else the one with the most samples on both sides. */
  workload?: string
}

/**
 * The comparison of two backends, one workload at a time: a report over given samples (a paired
 * run's), or the live one from Prometheus (every gateway replica it scrapes) when configured,
 * else from this gateway's completed jobs since start; with every workload seen and the speedup
 * of each against its size.
 */
export function createComparison (options: ComparisonOptions) {
  const { backends, live: local, prometheus, prometheusWindow, logger, workloads: names } = options
  const clock = options.clock ?? (() => new Date())
  const prometheusNote = `every gateway Prometheus scrapes, last ${prometheusWindow}`

  function parallelOf (name: string, field: Field): ParallelConfig {
    const { sp_degree, ulysses_degree, ring_degree, kv_gather_degree = 1, num_gpus } = requireBackend(backends, name, field).config
    return { sp_degree, ulysses_degree, ring_degree, kv_gather_degree, num_gpus }
  }

  const sideOf = (name: string, field: Field, samples: JobSample[]) => statsOf({ name, parallel: parallelOf(name, field), samples })
  const only = (samples: JobSample[], key: string) => samples.filter((sample) => sample.workload === key)

  function contextOf (samples: Samples, requested: string | undefined): WorkloadContext {
    const entries = workloadEntries(mixOfSamples(samples.baseline), mixOfSamples(samples.candidate), names)
    return { ...chooseWorkload(requested, entries, names), entries }
  }

  /** The report of one workload of the given samples (the one asked for, else the most comparable), with every one seen. */
  function report (baseline: string, candidate: string, samples: Samples, parity?: ParityInput | null, requested?: string): Report & WorkloadView {
    const context = contextOf(samples, requested)
    const b = sideOf(baseline, 'baseline', only(samples.baseline, context.key))
    const c = sideOf(candidate, 'candidate', only(samples.candidate, context.key))
    const report = reportFromStats(b, c, { stageOrder: local.stageOrder(), parity, workload: context })
    const rows = context.entries.map((entry: WorkloadEntry) =>
      workloadRows(entry, sideOf(baseline, 'baseline', only(samples.baseline, entry.key)), sideOf(candidate, 'candidate', only(samples.candidate, entry.key))))
    return { ...report, workload_choice: context.chosen, workloads: context.entries, scaling: scalingOf(rows) }
  }

  async function fromPrometheus (baseline: string, candidate: string, requested: string | undefined) {
    if (!prometheus) throw new PrometheusUnavailableError('no Prometheus is configured (RINGSIDE_PROMETHEUS_URL)')
    const sides = [parallelOf(baseline, 'baseline'), parallelOf(candidate, 'candidate')] as const
    const shape = modelDefaultsOf(modelPathOf(requireBackend(backends, baseline, 'baseline'))).shape
    let entries: WorkloadEntry[]
    try {
      entries = await prometheus.workloads(baseline, candidate, names, shape)
    } catch (err) {
      throw new PrometheusUnavailableError((err as Error).message, { cause: err })
    }
    // Outside the try: an unknown workload is the caller's 400, not Prometheus' failure
    const context: WorkloadContext = { ...chooseWorkload(requested, entries, names), entries }
    try {
      const [b, c, bySize] = await Promise.all([
        prometheus.sideStats(baseline, sides[0], context.key),
        prometheus.sideStats(candidate, sides[1], context.key),
        prometheus.scalingRows({ name: baseline, parallel: sides[0] }, { name: candidate, parallel: sides[1] }, entries)
      ])
      const report = reportFromStats(b, c, { stageOrder: local.stageOrder(), workload: context })
      return { ...report, workload_choice: context.chosen, workloads: entries, scaling: scalingOf(bySize) }
    } catch (err) {
      throw new PrometheusUnavailableError((err as Error).message, { cause: err })
    }
  }

  const fromGateway = (baseline: string, candidate: string, workload: string | undefined) =>
    report(baseline, candidate, { baseline: local.samples(baseline), candidate: local.samples(candidate) }, undefined, workload)

  /** The live comparison of one workload; `source` forces where from, else Prometheus when configured. */
  async function live (baseline: string, candidate: string, { source, workload }: LiveOptions = {}): Promise<Comparison> {
    const generated_at = clock().toISOString()
    if (source === 'gateway' || (source === undefined && !prometheus)) {
      return { ...fromGateway(baseline, candidate, workload), generated_at, source: 'gateway', source_note: null }
    }
    const fleet = async () => ({ ...await fromPrometheus(baseline, candidate, workload), generated_at, source: 'prometheus', source_note: prometheusNote })
    if (source === 'prometheus') return await fleet()
    // Prometheus by default when configured; if it cannot answer, this gateway's own view, said so.
    try {
      return await fleet()
    } catch (err) {
      if (!(err instanceof PrometheusUnavailableError)) throw err
      logger.warn({ err }, 'Prometheus could not answer the comparison; answering from this gateway')
      const note = `Prometheus could not answer (${(err as Error).message}): this gateway's jobs only`
      return { ...fromGateway(baseline, candidate, workload), generated_at, source: 'gateway', source_note: note }
    }
  }

  return { pair: options.pair, report, live }
}
export type ComparisonService = ReturnType<typeof createComparison>
