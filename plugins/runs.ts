import fp from 'fastify-plugin'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRunManager, type Pair, type Run, type RunManager } from '../src/compare/runs.ts'
import { defaultSsimThreshold, extractFrame, measureParity } from '../src/compare/parity.ts'
import { ffmpegAvailable } from '../src/ffmpeg.ts'
import type { PairParity } from '../src/schemas/compare.ts'
import type { TrackedJob } from '../src/jobs/job.ts'

declare module 'fastify' {
  interface FastifyInstance {
    runs: RunManager & {
      /** Where a pair's frame PNG is, once parity was measured. */
      framePath (run: Run, pair: Pair, side: 'baseline' | 'candidate'): string
      /** Whether parity can be measured here (ffmpeg on the PATH), and why not. */
      parityAvailable (): Promise<{ available: boolean, reason: string | null }>
    }
  }
}

/**
 * Paired runs over the gateway's own job machinery, with output parity measured by ffmpeg on
 * both sides' mp4s (downloaded to a temporary directory, deleted once compared; one frame of
 * each side is kept for the compare page).
 */
export default fp(async function runsPlugin (fastify) {
  const { jobs, metrics } = fastify
  const root = await mkdtemp(join(tmpdir(), 'ringside-runs-'))
  fastify.addHook('onClose', async function removeRunFiles () { await rm(root, { recursive: true, force: true }) })

  const framePath = (run: Run, pair: Pair, side: 'baseline' | 'candidate') => join(root, `${run.id}-${pair.index}-${side}.png`)

  async function download (job: TrackedJob, path: string): Promise<void> {
    await jobs.streamContent(job, () => createWriteStream(path))
  }

  async function parity (pair: Pair, run: Run): Promise<PairParity> {
    const labels = { baseline: run.spec.baseline, candidate: run.spec.candidate }
    const base = { index: pair.index, ssim: null, psnr: null, ok: null }
    if (!await ffmpegAvailable()) {
      metrics.outputParityPairs.inc({ ...labels, outcome: 'unmeasured' })
      return { ...base, error: 'ffmpeg is not installed' }
    }
    const videos = { baseline: join(root, `${run.id}-${pair.index}-baseline.mp4`), candidate: join(root, `${run.id}-${pair.index}-candidate.mp4`) }
    try {
      await Promise.all([download(pair.jobs.baseline!, videos.baseline), download(pair.jobs.candidate!, videos.candidate)])
      const result = await measureParity(videos.baseline, videos.candidate)
      await Promise.all((['baseline', 'candidate'] as const).map((side) => extractFrame(videos[side], framePath(run, pair, side))))
      const ok = result.ssim >= defaultSsimThreshold
      metrics.outputParitySsim.observe(labels, result.ssim)
      metrics.outputParityPairs.inc({ ...labels, outcome: ok ? 'match' : 'differ' })
      return { ...base, ssim: result.ssim, psnr: result.psnr, ok, error: null }
    } catch (err) {
      fastify.log.warn({ err, run: run.id, pair: pair.index }, 'output parity could not be measured')
      metrics.outputParityPairs.inc({ ...labels, outcome: 'unmeasured' })
      return { ...base, error: (err as Error).message }
    } finally {
      await Promise.all(Object.values(videos).map((path) => rm(path, { force: true })))
    }
  }

  const manager = createRunManager({
    submit: (backend, params) => jobs.submit(jobs.chooseBackend(backend), params),
    settled: (job) => job.settled,
    parity
  })

  fastify.decorate('runs', Object.assign(manager, {
    framePath,
    async parityAvailable () {
      const available = await ffmpegAvailable()
      return { available, reason: available ? null : 'ffmpeg is not installed' }
    }
  }))
  fastify.addHook('onClose', async function cancelRuns () {
    for (const run of manager.list()) manager.cancel(run)
  })
}, { name: 'ringside-runs', dependencies: ['ringside-jobs', 'ringside-metrics'] })
