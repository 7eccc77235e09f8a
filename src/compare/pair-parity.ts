import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PairParity } from '../schemas/compare.ts'
import type { Metrics } from '../metrics/metrics.ts'
import type { ParityOutcome } from '../metrics/names.ts'
import type { TrackedJob } from '../jobs/job.ts'
import { defaultSsimThreshold, differenceImage, extractFrame, measureParity } from './parity.ts'
import type { Pair, Run } from './runs.ts'

/** A pair's kept pictures: each side's middle frame and their difference. */
type PairFrameName = 'baseline' | 'candidate' | 'diff'
const sides = ['baseline', 'candidate'] as const

export interface PairParityOptions {
  /** Writes a completed job's mp4 to `path`: the gateway's own content path, cache and retries included. */
  download (job: TrackedJob, path: string): Promise<void>
  /** Whether ffmpeg can be run here; asked before each pair, so installing it mid-run counts. */
  ffmpegAvailable (): Promise<boolean>
  metrics: Pick<Metrics, 'outputParitySsim' | 'outputParityPairs'>
  logger: { warn (obj: object, msg: string): void }
  /** Where the videos and frames go; a fresh temporary directory by default. */
  root?: string
}

const noFfmpeg = 'ffmpeg is not installed'

/**
 * Output parity of paired runs: both sides' mp4s downloaded to a temporary directory, compared by
 * ffmpeg (SSIM, PSNR) and deleted once compared; one frame of each side and their difference are kept for the run page.
 */
export async function createPairParity (options: PairParityOptions) {
  const { download, metrics, logger } = options
  const root = options.root ?? await mkdtemp(join(tmpdir(), 'ringside-runs-'))

  const framePath = (run: Run, pair: Pair, side: PairFrameName) => join(root, `${run.id}-${pair.index}-${side}.png`)

  function count (run: Run, outcome: ParityOutcome): void {
    metrics.outputParityPairs.inc({ baseline: run.spec.baseline, candidate: run.spec.candidate, outcome })
  }

  async function measure (pair: Pair, run: Run): Promise<PairParity> {
    const base = { index: pair.index, ssim: null, psnr: null, ok: null }
    if (!await options.ffmpegAvailable()) {
      count(run, 'unmeasured')
      return { ...base, error: noFfmpeg }
    }
    const videos = { baseline: join(root, `${run.id}-${pair.index}-baseline.mp4`), candidate: join(root, `${run.id}-${pair.index}-candidate.mp4`) }
    try {
      await Promise.all(sides.map((side) => download(pair.jobs[side]!, videos[side])))
      const result = await measureParity(videos.baseline, videos.candidate)
      await Promise.all(sides.map((side) => extractFrame(videos[side], framePath(run, pair, side))))
      // A picture for the page, not a measure: parity stands without it, the page shows two frames
      await differenceImage(framePath(run, pair, 'baseline'), framePath(run, pair, 'candidate'), framePath(run, pair, 'diff'))
        .catch((err: unknown) => logger.warn({ err, run: run.id, pair: pair.index }, 'the difference image could not be drawn'))
      const ok = result.ssim >= defaultSsimThreshold
      metrics.outputParitySsim.observe({ baseline: run.spec.baseline, candidate: run.spec.candidate }, result.ssim)
      count(run, ok ? 'match' : 'differ')
      return { ...base, ssim: result.ssim, psnr: result.psnr, ok, error: null }
    } catch (err) {
      logger.warn({ err, run: run.id, pair: pair.index }, 'output parity could not be measured')
      count(run, 'unmeasured')
      return { ...base, error: (err as Error).message }
    } finally {
      await Promise.all(Object.values(videos).map((path) => rm(path, { force: true })))
    }
  }

  return {
    measure,
    /** Where a pair's frame PNG is, once parity was measured. */
    framePath,
    /** Whether parity can be measured here (ffmpeg on the PATH), and why not. */
    async available (): Promise<{ available: boolean, reason: string | null }> {
      const available = await options.ffmpegAvailable()
      return { available, reason: available ? null : noFfmpeg }
    },
    /** Removes the kept frames and any video a cancelled comparison left behind. */
    async close (): Promise<void> {
      await rm(root, { recursive: true, force: true })
    }
  }
}
export type PairParityService = Awaited<ReturnType<typeof createPairParity>>
