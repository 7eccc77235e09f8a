import fp from 'fastify-plugin'
import { compareBackends, type BackendObservations, type Comparison } from '../src/compare/compare.ts'
import { UnknownBackendError } from '../src/errors.ts'

declare module 'fastify' {
  interface FastifyInstance {
    compare (baseline: string, candidate: string): Promise<Comparison & { generated_at: string, source: 'gateway' }>
  }
}

/** The live comparison, read from this instance's histograms (exact sums and counts since start). */
export default fp(async function comparePlugin (fastify) {
  const { backends, jobs } = fastify

  async function observations (name: string, param: 'baseline' | 'candidate'): Promise<BackendObservations> {
    const backend = backends.get(name)
    if (!backend) throw Object.assign(new UnknownBackendError(name, backends.names.join(', ')), { message: `${param}: unknown backend "${name}" (known: ${backends.names.join(', ')})` })
    const labels = { backend: name }
    const [stages, total, queueWait, service, reserved, allocated] = await Promise.all([
      fastify.histogramSeries('stageDuration', labels),
      fastify.histogramSeries('requestDuration', { ...labels, outcome: 'completed' }),
      fastify.histogramSeries('queueWait', labels),
      fastify.histogramSeries('serviceDuration', labels),
      fastify.histogramSeries('gpuPeakReserved', labels),
      fastify.histogramSeries('gpuPeakAllocated', labels)
    ])
    const { sp_degree, ulysses_degree, ring_degree, num_gpus } = backend.config
    return {
      name,
      numGpus: num_gpus,
      parallel: { sp_degree, ulysses_degree, ring_degree, num_gpus },
      stages,
      total: total.get(''),
      queueWait: queueWait.get(''),
      service: service.get(''),
      peakReservedBytes: reserved.get(''),
      peakAllocatedBytes: allocated.get('')
    }
  }

  fastify.decorate('compare', async (baseline: string, candidate: string) => {
    const [b, c] = await Promise.all([observations(baseline, 'baseline'), observations(candidate, 'candidate')])
    return { ...compareBackends(b, c, jobs.stageOrder), generated_at: new Date().toISOString(), source: 'gateway' as const }
  })
}, { name: 'ringside-compare', dependencies: ['ringside-metrics', 'ringside-backends', 'ringside-jobs'] })
