import type { ParityInput, Report } from '../schemas/compare.ts'
import type { WorkloadView } from './markdown.ts'
import type { RunView } from '../schemas/runs.ts'
import type { ComparisonService } from './comparison.ts'
import type { PairParityService } from './pair-parity.ts'
import { defaultSsimThreshold } from './parity.ts'
import type { Run, RunManager } from './runs.ts'

// Shared by the JSON routes and the compare page, so both show the same run the same way.

export const cancelPolicy = 'Cancelling stops new pairs; jobs already on a backend are awaited and their pairs kept.'

/** What showing a run needs: its progress, whether parity can be measured, and the report. */
export interface RunViewSources {
  runs: Pick<RunManager, 'progress'>
  parity: Pick<PairParityService, 'available'>
  compare: Pick<ComparisonService, 'report'>
}

/** The workload key a pair's jobs ran as, once one was submitted. */
export const pairWorkload = (pair: Run['pairs'][number]) => pair.jobs.baseline?.workload?.key ?? pair.jobs.candidate?.workload?.key ?? null

/**
 * The run's reports: one per workload it measured, each with its own pairs' parity, the one with
 * the most pairs first and with every workload seen and the speedup of each against its size.
 */
export async function reportsOf (sources: RunViewSources, run: Run): Promise<Array<Report & WorkloadView>> {
  const { available, reason } = await sources.parity.available()
  const parityOf = (key: string | undefined): ParityInput => ({
    measured: run.spec.parity && available,
    threshold_ssim: defaultSsimThreshold,
    reason: run.spec.parity ? reason : 'disabled for this run',
    pairs: run.pairs.flatMap((pair) => pair.parity && (key === undefined || pairWorkload(pair) === key) ? [pair.parity] : [])
  })
  const { baseline, candidate } = run.spec
  const first = sources.compare.report(baseline, candidate, run.samples, null)
  const reports = first.workloads.map((entry) => sources.compare.report(baseline, candidate, run.samples, parityOf(entry.key), entry.key))
  return reports.length > 0 ? reports : [sources.compare.report(baseline, candidate, run.samples, parityOf(undefined))]
}

export async function reportOf (sources: RunViewSources, run: Run): Promise<Report & WorkloadView> {
  return (await reportsOf(sources, run))[0]!
}

function framesOf (self: string, pair: Run['pairs'][number]): RunView['pairs'][number]['frames'] {
  if (pair.parity?.ssim == null) return null
  return { baseline: `${self}/pairs/${pair.index}/frames/baseline.png`, candidate: `${self}/pairs/${pair.index}/frames/candidate.png` }
}

async function reportsView (sources: RunViewSources, run: Run): Promise<Pick<RunView, 'report' | 'reports' | 'workloads' | 'scaling'>> {
  if (run.samples.baseline.length === 0) return { report: null, reports: [], workloads: [], scaling: null }
  const reports = await reportsOf(sources, run)
  const strip = ({ workload_choice: _choice, workloads: _workloads, scaling: _scaling, ...report }: Report & WorkloadView): Report => report
  return { report: strip(reports[0]!), reports: reports.map(strip), workloads: reports[0]!.workloads, scaling: reports[0]!.scaling }
}

export async function view (sources: RunViewSources, run: Run): Promise<RunView> {
  const self = `/v1/compare/runs/${run.id}`
  const { spec } = run
  return {
    id: run.id,
    object: 'compare.run',
    status: run.status,
    baseline: spec.baseline,
    candidate: spec.candidate,
    spec: { template: spec.template, workloads: spec.workloads, pairs: spec.pairs, warmup: spec.warmup, concurrency: spec.concurrency, parity: spec.parity },
    created_at: new Date(run.createdAtMs).toISOString(),
    finished_at: run.finishedAtMs === null ? null : new Date(run.finishedAtMs).toISOString(),
    progress: sources.runs.progress(run),
    error: run.error,
    cancel_policy: cancelPolicy,
    pairs: run.pairs.map((pair) => ({
      index: pair.index,
      seed: pair.seed,
      sweep: pair.sweep,
      workload: pairWorkload(pair),
      baseline: pair.baseline,
      candidate: pair.candidate,
      parity: pair.parity,
      frames: framesOf(self, pair)
    })),
    ...await reportsView(sources, run),
    links: { self, markdown: `${self}.md`, page: `/compare/runs/${run.id}` }
  }
}
