import fp from 'fastify-plugin'
import { createJobTracker, type JobTracker } from '../src/jobs/tracker.ts'
import { generateSecret } from '../src/jobs/job-id.ts'
import { createRoutingPolicy } from '../src/routing/policy.ts'
import { createRouter } from '../src/routing/router.ts'
import { createJobObserver } from '../src/metrics/job-observer.ts'
import { zeroBackend } from '../src/metrics/metrics.ts'
import { createSampleStore, type SampleStore } from '../src/compare/sample.ts'
import type { Config } from '../src/config.ts'
import { createWorkloadCatalog, type WorkloadCatalog } from '../src/workloads/catalog.ts'

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobTracker
    /** Completed jobs per backend since start (bounded) and their stage order: what the live comparison is built from. */
    samples: SampleStore
    /** The workload labels measures carry: the presets, then shapes as first seen. */
    workloads: WorkloadCatalog
  }
}

export default fp(async function jobsPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  const { backends, metrics, content } = fastify
  let secret = config.jobSecret
  if (!secret) {
    secret = generateSecret()
    fastify.log.warn('RINGSIDE_JOB_SECRET is not set: generated one for this process; job ids will not survive a restart or work across replicas')
  }
  const workloads = createWorkloadCatalog({ presets: config.workloads, maxSeen: config.maxWorkloads })
  for (const name of backends.names) zeroBackend(metrics, name, config.workloads.map(({ key }) => key))

  const samples = createSampleStore()
  const tracker = createJobTracker({
    backends,
    router: createRouter({
      backends, policy: createRoutingPolicy(config.routing), maxQueuePerBackend: config.maxQueuePerBackend, workLimits: config, workloads
    }),
    secret,
    observer: createJobObserver({ metrics, backendNames: backends.names, samples, maxStagesPerBackend: config.maxStagesPerBackend }),
    logger: fastify.log,
    pollMinMs: config.pollMinMs,
    pollMaxMs: config.pollMaxMs,
    perfRecordWaitMs: config.perfRecordWaitMs,
    jobDeadlineSeconds: config.jobDeadlineSeconds,
    backendUnreachableSeconds: config.backendUnreachableSeconds,
    onRemove: (id) => content.forget(id)
  })

  fastify.decorate('jobs', tracker)
  fastify.decorate('samples', samples)
  fastify.decorate('workloads', workloads)
  // preClose runs before the server waits for in-flight requests: waiting clients answer at once.
  fastify.addHook('preClose', async function releaseWaiters () { tracker.drain() })
  fastify.addHook('onClose', async function stopPollers () { tracker.close() })
}, { name: 'ringside-jobs', dependencies: ['ringside-metrics', 'ringside-backends', 'ringside-content'] })
