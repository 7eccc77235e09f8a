import { sampleOf, type SampleStore } from '../compare/sample.ts'
import { durationSeconds, queueWaitSeconds, serviceSeconds, type JobObserver, type TrackedJob } from '../jobs/job.ts'
import type { StageRecord } from '../perf/record.ts'
import type { Metrics } from './metrics.ts'

export interface JobObserverOptions {
  metrics: Metrics
  /** Every configured backend: a stage first seen gets a zero series on each of them. */
  backendNames: string[]
  /** The live comparison's samples, and the stage order it shows them in. */
  samples: SampleStore
}

/** What a settled job records: metric observations, and for a completed one a comparison sample. */
export function createJobObserver ({ metrics, backendNames, samples }: JobObserverOptions): JobObserver {
  function observeRecord (job: TrackedJob, record: StageRecord): void {
    const backend = job.ref.backend
    const { stageOrder } = samples
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
    // The latest value, not a max: SGLang's runtime peak only grows, so a smaller one is a
    // restarted process, and the gauge follows it
    const replica = { backend, replica: String(job.ref.replica) }
    if (record.loadPeakReservedBytes !== null) metrics.gpuModelLoadPeakReserved.set(replica, record.loadPeakReservedBytes)
    if (record.runtimePeakReservedBytes !== null) metrics.gpuRuntimePeakReserved.set(replica, record.runtimePeakReservedBytes)
  }

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
      if (job.record) observeRecord(job, job.record)
    },
    upstreamError (backend, reason) {
      metrics.upstreamErrors.inc({ backend, reason })
    },
    recordLookup (backend, outcome) {
      metrics.stageRecords.inc({ backend, outcome })
    }
  }
}
