import type { Report } from '../schemas/compare.ts'
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

export async function reportOf (sources: RunViewSources, run: Run): Promise<Report> {
  const { available, reason } = await sources.parity.available()
  const measured = run.spec.parity && available
  return sources.compare.report(run.spec.baseline, run.spec.candidate, run.samples, {
    measured,
    threshold_ssim: defaultSsimThreshold,
    reason: run.spec.parity ? reason : 'disabled for this run',
    pairs: run.pairs.flatMap((pair) => pair.parity ? [pair.parity] : [])
  })
}

function framesOf (self: string, pair: Run['pairs'][number]): RunView['pairs'][number]['frames'] {
  if (pair.parity?.ssim == null) return null
  return { baseline: `${self}/pairs/${pair.index}/frames/baseline.png`, candidate: `${self}/pairs/${pair.index}/frames/candidate.png` }
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
    spec: { template: spec.template, pairs: spec.pairs, warmup: spec.warmup, concurrency: spec.concurrency, parity: spec.parity },
    created_at: new Date(run.createdAtMs).toISOString(),
    finished_at: run.finishedAtMs === null ? null : new Date(run.finishedAtMs).toISOString(),
    progress: sources.runs.progress(run),
    error: run.error,
    cancel_policy: cancelPolicy,
    pairs: run.pairs.map((pair) => ({
      index: pair.index,
      seed: pair.seed,
      baseline: pair.baseline,
      candidate: pair.candidate,
      parity: pair.parity,
      frames: framesOf(self, pair)
    })),
    report: run.samples.baseline.length > 0 ? await reportOf(sources, run) : null,
    links: { self, markdown: `${self}.md`, page: `/compare/runs/${run.id}` }
  }
}
