import fp from 'fastify-plugin'
import { createPairedRuns, type PairedRuns } from '../src/compare/paired-runs.ts'
import { ffmpegAvailable } from '../src/ffmpeg.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Paired runs: start, list, cancel, their views and reports, and their frames. */
    runs: PairedRuns
  }
}

export default fp(async function runsPlugin (fastify) {
  const { jobs, content, metrics, compare } = fastify
  const runs = await createPairedRuns({
    // Both sides of a pair go through the gateway's own job machinery, as any client's job would.
    submit: (backend, params) => jobs.submit(backend, params),
    settled: (job) => job.settled,
    streamContent: (job, open) => content.stream(job, open),
    ffmpegAvailable,
    metrics,
    logger: fastify.log,
    compare
  })
  fastify.decorate('runs', runs)
  fastify.addHook('onClose', async function closeRuns () { await runs.close() })
}, { name: 'ringside-runs', dependencies: ['ringside-jobs', 'ringside-content', 'ringside-metrics', 'ringside-compare'] })
