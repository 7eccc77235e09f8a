import type { Writable } from 'node:stream'
import { createWriteStream } from 'node:fs'
import type { TrackedJob } from '../jobs/job.ts'
import type { Report } from '../schemas/compare.ts'
import type { WorkloadView } from './markdown.ts'
import type { RunView } from '../schemas/runs.ts'
import type { ComparisonService } from './comparison.ts'
import { createPairParity, type PairParityOptions } from './pair-parity.ts'
import { reportsOf, view } from './run-view.ts'
import { createRunManager, type Run, type RunDriver } from './runs.ts'

export interface PairedRunsOptions extends Omit<PairParityOptions, 'download'> {
  submit: RunDriver['submit']
  settled: RunDriver['settled']
  /** Streams a completed job's mp4 into what `open` returns (the gateway's content path). */
  streamContent (job: TrackedJob, open: () => Writable): Promise<unknown>
  compare: Pick<ComparisonService, 'report'>
  maxRuns?: number
}

/**
 * Paired runs over the gateway's own job machinery, with their output parity and the views the
 * routes and the page show: the run manager, parity and the comparison put together once.
 */
export async function createPairedRuns (options: PairedRunsOptions) {
  const { submit, settled, streamContent, compare, maxRuns, ...parityOptions } = options
  const parity = await createPairParity({
    ...parityOptions,
    async download (job, path) { await streamContent(job, () => createWriteStream(path)) }
  })
  const manager = createRunManager({ submit, settled, parity: parity.measure }, maxRuns)
  const sources = { runs: manager, parity, compare }
  return {
    ...manager,
    framePath: parity.framePath,
    parityAvailable: parity.available,
    /** The run as the JSON routes and the page show it. */
    view: (run: Run): Promise<RunView> => view(sources, run),
    /** The run's reports so far, one per workload (the one with the most pairs first), parity included. */
    reports: (run: Run): Promise<Array<Report & WorkloadView>> => reportsOf(sources, run),
    /** No new pairs on any run, then the kept frames removed. */
    async close (): Promise<void> {
      for (const run of manager.list()) manager.cancel(run)
      await parity.close()
    }
  }
}
export type PairedRuns = Awaited<ReturnType<typeof createPairedRuns>>
