import type { FastifyInstance } from 'fastify'
import type { RunView } from '../schemas/runs.ts'
import { defaultSsimThreshold } from './parity.ts'
import type { Run } from './runs.ts'

// Shared by the JSON routes and the compare page, so both show the same run the same way.

export const cancelPolicy = 'Cancelling stops new pairs; jobs already on a backend are awaited and their pairs kept.'

export async function reportOf (fastify: FastifyInstance, run: Run) {
  const { available, reason } = await fastify.runs.parityAvailable()
  const measured = run.spec.parity && available
  return fastify.compare.report(run.spec.baseline, run.spec.candidate, run.samples, {
    measured,
    threshold_ssim: defaultSsimThreshold,
    reason: run.spec.parity ? reason : 'disabled for this run',
    pairs: run.pairs.flatMap((pair) => pair.parity ? [pair.parity] : [])
  })
}

export async function view (fastify: FastifyInstance, run: Run): Promise<RunView> {
  const self = `/v1/compare/runs/${run.id}`
  return {
    id: run.id,
    object: 'compare.run',
    status: run.status,
    baseline: run.spec.baseline,
    candidate: run.spec.candidate,
    spec: { template: run.spec.template, pairs: run.spec.pairs, warmup: run.spec.warmup, concurrency: run.spec.concurrency, parity: run.spec.parity },
    created_at: new Date(run.createdAtMs).toISOString(),
    finished_at: run.finishedAtMs === null ? null : new Date(run.finishedAtMs).toISOString(),
    progress: fastify.runs.progress(run),
    error: run.error,
    cancel_policy: cancelPolicy,
    pairs: run.pairs.map((pair) => ({
      index: pair.index,
      seed: pair.seed,
      baseline: pair.baseline,
      candidate: pair.candidate,
      parity: pair.parity,
      frames: pair.parity?.ssim != null ? { baseline: `${self}/pairs/${pair.index}/frames/baseline.png`, candidate: `${self}/pairs/${pair.index}/frames/candidate.png` } : null
    })),
    report: run.samples.baseline.length > 0 ? await reportOf(fastify, run) : null,
    links: { self, markdown: `${self}.md`, page: `/compare/runs/${run.id}` }
  }
}
