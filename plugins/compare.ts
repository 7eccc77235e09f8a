import fp from 'fastify-plugin'
import { buildReport, type ReportSide, type ParityInput } from '../src/compare/report.ts'
import type { JobSample } from '../src/compare/sample.ts'
import { UnknownBackendError } from '../src/errors.ts'

declare module 'fastify' {
  interface FastifyInstance {
    compare: {
      /** The live comparison from every completed job since start (bounded per backend). */
      live (baseline: string, candidate: string): ReturnType<typeof buildReport> & { generated_at: string, source: 'gateway' }
      /** A report over given samples, e.g. a paired run's. */
      report (baseline: string, candidate: string, samples: { baseline: JobSample[], candidate: JobSample[] }, parity?: ParityInput | null): ReturnType<typeof buildReport>
    }
  }
}

export default fp(async function comparePlugin (fastify) {
  const { backends, jobs } = fastify

  function side (name: string, param: 'baseline' | 'candidate', samples: JobSample[]): ReportSide {
    const backend = backends.get(name)
    if (!backend) {
      const known = backends.names.join(', ')
      throw Object.assign(new UnknownBackendError(name, known), { message: `${param}: unknown backend "${name}" (known: ${known})`, param })
    }
    const { sp_degree, ulysses_degree, ring_degree, num_gpus } = backend.config
    return { name, parallel: { sp_degree, ulysses_degree, ring_degree, num_gpus }, samples }
  }

  function report (baseline: string, candidate: string, samples: { baseline: JobSample[], candidate: JobSample[] }, parity?: ParityInput | null) {
    return buildReport(side(baseline, 'baseline', samples.baseline), side(candidate, 'candidate', samples.candidate), { stageOrder: jobs.stageOrder, parity })
  }

  fastify.decorate('compare', {
    report,
    live (baseline: string, candidate: string) {
      const samples = { baseline: jobs.samples.get(baseline), candidate: jobs.samples.get(candidate) }
      return { ...report(baseline, candidate, samples), generated_at: new Date().toISOString(), source: 'gateway' as const }
    }
  })
}, { name: 'ringside-compare', dependencies: ['ringside-backends', 'ringside-jobs'] })
