import fp from 'fastify-plugin'
import { createJobTracker, type JobObserver, type JobTracker } from '../src/jobs/tracker.ts'
import { generateSecret } from '../src/jobs/job-id.ts'
import { durationSeconds, queueWaitSeconds, serviceSeconds, type TrackedJob } from '../src/jobs/job.ts'
import { capacityWeights, createRoutingPolicy } from '../src/routing/policy.ts'
import { outstanding, type Backend } from '../src/backends/backends.ts'
import { noBackendError, refusalError, refusalOf } from '../src/backends/admission.ts'
import { UnknownBackendError } from '../src/errors.ts'
import { zeroBackend, type Metrics } from '../src/metrics/metrics.ts'
import type { Config } from '../src/config.ts'
import { createSampleStore, sampleOf, type SampleStore } from '../src/compare/sample.ts'
import { createContentCache, type ContentCache } from '../src/jobs/content-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobTracker & {
      /**
       * The backend a generation goes to: the named one, or the routing policy's choice for `auto`
       * among those up, with a closed circuit and room in their queue.
       */
      chooseBackend (choice: string | undefined): Backend
      /** Stage names in the order backends executed them, first seen first. */
      stageOrder: string[]
      /** Completed jobs per backend since start (bounded): what the live comparison is built from. */
      samples: SampleStore
      /** Finished videos kept for downloads after the first. */
      contentCache: ContentCache
    }
  }
}

/** Turns settled jobs into metric observations and comparison samples. */
function createJobObserver (metrics: Metrics, backendNames: string[], stageOrder: string[], samples: SampleStore): JobObserver {
  return {
    settled (job: TrackedJob, outcome) {
      // Only the instance that submitted a job counts it; one that adopted it to answer a
      // follow-up would count it again in every sum over gateway instances.
      if (!job.observedFromSubmit) return
      const backend = job.ref.backend
      metrics.jobs.inc({ backend, outcome })
      const total = durationSeconds(job)
      if (total !== null) metrics.requestDuration.observe({ backend, outcome: outcome === 'completed' ? 'completed' : 'failed' }, total)
      if (outcome !== 'completed') return
      samples.add(backend, sampleOf(job))
      const wait = queueWaitSeconds(job)
      if (wait !== null) metrics.queueWait.observe({ backend }, wait)
      const service = serviceSeconds(job)
      if (service !== null) metrics.serviceDuration.observe({ backend }, service)
      const record = job.record
      if (!record) return
      for (const { stage, durationSeconds } of record.stages) {
        if (!stageOrder.includes(stage)) {
          stageOrder.push(stage)
          // A stage first seen now gets a zero series on every backend, so Prometheus sees
          // their first observation as an increase (the stage set is not known before).
          for (const name of backendNames) metrics.stageDuration.zero({ backend: name, stage })
        }
        metrics.stageDuration.observe({ backend, stage }, durationSeconds)
      }
      for (const step of record.denoiseStepsSeconds) metrics.denoiseStepDuration.observe({ backend }, step)
      if (record.peakReservedBytes !== null) metrics.gpuPeakReserved.observe({ backend }, record.peakReservedBytes)
      if (record.peakAllocatedBytes !== null) metrics.gpuPeakAllocated.observe({ backend }, record.peakAllocatedBytes)
    },
    upstreamError (backend, reason) {
      metrics.upstreamErrors.inc({ backend, reason })
    },
    recordLookup (backend, outcome) {
      metrics.stageRecords.inc({ backend, outcome })
    }
  }
}

export default fp(async function jobsPlugin (fastify, opts: { config: Config }) {
  const { config } = opts
  const { backends, metrics } = fastify
  let secret = config.jobSecret
  if (!secret) {
    secret = generateSecret()
    fastify.log.warn('RINGSIDE_JOB_SECRET is not set: generated one for this process; job ids will not survive a restart or work across replicas')
  }
  for (const name of backends.names) zeroBackend(metrics, name)

  const stageOrder: string[] = []
  const samples = createSampleStore()
  const contentCache = createContentCache(config.contentCacheBytes)
  metrics.readContentCacheBytesFrom(() => contentCache.bytes)
  const tracker = createJobTracker({
    backends,
    secret,
    observer: createJobObserver(metrics, backends.names, stageOrder, samples),
    logger: fastify.log,
    pollMinMs: config.pollMinMs,
    pollMaxMs: config.pollMaxMs,
    perfRecordWaitMs: config.perfRecordWaitMs,
    jobDeadlineSeconds: config.jobDeadlineSeconds,
    contentCache
  })
  const policy = createRoutingPolicy(config.routing)

  function chooseBackend (choice: string | undefined): Backend {
    if (choice && choice !== 'auto') {
      const backend = backends.get(choice)
      if (!backend) throw new UnknownBackendError(choice, backends.names.join(', '))
      const refusal = refusalOf(backend, config.maxQueuePerBackend)
      if (refusal) throw refusalError(backend, refusal)
      return backend
    }
    const refused = backends.all().map((backend) => ({ backend, refusal: refusalOf(backend, config.maxQueuePerBackend) }))
    const measured = refused.map(({ backend }) => ({ replicas: backend.replicas.length, expectedServiceSeconds: backend.serviceSeconds.value() }))
    const weights = capacityWeights(measured)
    const name = policy.choose(refused.map(({ backend, refusal }, i) => ({
      name: backend.name,
      available: refusal === null,
      outstanding: outstanding(backend),
      expectedServiceSeconds: measured[i]!.expectedServiceSeconds,
      weight: weights[i]!
    })))
    const backend = name === undefined ? undefined : backends.get(name)
    if (!backend) throw noBackendError(refused)
    return backend
  }

  fastify.decorate('jobs', Object.assign(tracker, { chooseBackend, stageOrder, samples, contentCache }))
  // preClose runs before the server waits for in-flight requests: waiting clients answer at once.
  fastify.addHook('preClose', async function releaseWaiters () { tracker.drain() })
  fastify.addHook('onClose', async function stopPollers () { tracker.close() })
}, { name: 'ringside-jobs', dependencies: ['ringside-metrics', 'ringside-backends'] })
