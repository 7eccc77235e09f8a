import { sampleOf, type SampleStore } from '../compare/sample.ts'
import type { JobBatch } from '../jobs/batching.ts'
import { durationSeconds, measuredWorkload, queueWaitSeconds, serviceSeconds, type JobObserver, type JobOutcome, type TrackedJob } from '../jobs/job.ts'
import type { StageRecord } from '../perf/record.ts'
import { zeroWorkload, type Metrics } from './metrics.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'

export interface JobObserverOptions {
  metrics: Metrics
  /** Every configured backend: a workload or stage first seen gets zero series on each of them. */
  backendNames: string[]
  /** The live comparison's samples, and the stage order it shows them in. */
  samples: SampleStore
  /** Stage names kept per backend, first seen first (32 unless given); the rest are counted as dropped. */
  maxStagesPerBackend?: number
}

/** What a settled job records: metric observations, and for a completed one a comparison sample. */
export function createJobObserver ({ metrics, backendNames, samples, maxStagesPerBackend = 32 }: JobObserverOptions): JobObserver {
  // Stage names come from the backend's own log (up to 128 characters, any number of them): each
  // would be a label value, a histogram of 15 lines per workload, and a comparison row. The seed's Wan2.2
  // pipeline has six (src/simulator/profiles.ts), so a backend's first `maxStagesPerBackend` are kept.
  const keptStages = new Map<string, Set<string>>()
  // (workload, stage) pairs and workloads with zero series on every backend
  const zeroed = new Set<string>()

  /** The record's stages this backend keeps (the others are counted as dropped). */
  function keep (backend: string, stages: StageRecord['stages']): StageRecord['stages'] {
    let kept = keptStages.get(backend)
    if (!kept) keptStages.set(backend, kept = new Set())
    const result = stages.filter(({ stage }) => {
      if (kept.has(stage)) return true
      if (kept.size >= maxStagesPerBackend) return false
      kept.add(stage)
      return true
    })
    if (result.length < stages.length) metrics.stagesDropped.inc({ backend }, stages.length - result.length)
    return result
  }

  /** The first measure of a workload or of a stage in it gets a zero series on every backend, so Prometheus sees it as an increase. */
  function zeroOnce (workload: string, stage?: string): void {
    const id = stage === undefined ? workload : `${workload}\0${stage}`
    if (zeroed.has(id)) return
    zeroed.add(id)
    for (const name of backendNames) {
      if (stage === undefined) zeroWorkload(metrics, name, workload)
      else metrics.stageDuration.zero({ backend: name, workload, stage })
    }
  }

  function observeRecord (job: TrackedJob, workload: string, record: StageRecord): void {
    const backend = job.ref.backend
    const { stageOrder } = samples
    for (const { stage, durationSeconds } of record.stages) {
      // Only kept stages get here: a backend has at most backends x workloads x RINGSIDE_MAX_STAGES_PER_BACKEND
      if (!stageOrder.includes(stage)) stageOrder.push(stage)
      zeroOnce(workload, stage)
      metrics.stageDuration.observe({ backend, workload, stage }, durationSeconds)
    }
    for (const step of record.denoiseStepsSeconds) metrics.denoiseStepDuration.observe({ backend, workload }, step)
    if (record.peakReservedBytes !== null) metrics.gpuPeakReserved.observe({ backend, workload }, record.peakReservedBytes)
    if (record.peakAllocatedBytes !== null) metrics.gpuPeakAllocated.observe({ backend, workload }, record.peakAllocatedBytes)
    // The latest value, not a max: SGLang's runtime peak only grows, so a smaller one is a
    // restarted process, and the gauge follows it
    const replica = { backend, replica: String(job.ref.replica) }
    if (record.loadPeakReservedBytes !== null) metrics.gpuModelLoadPeakReserved.set(replica, record.loadPeakReservedBytes)
    if (record.runtimePeakReservedBytes !== null) metrics.gpuRuntimePeakReserved.set(replica, record.runtimePeakReservedBytes)
  }

  // A batch's forward is measured once, when its last member settled: from the member with a stage
  // record (SGLang logs it under its own head, which need not be the gateway's), else the gateway's head
  const batches = new WeakMap<JobBatch, TrackedJob[]>()

  /** The completed job whose figures stand for the forward `job` ran in, once that forward is over; null before, or when none completed. */
  function forwardOf (job: TrackedJob, outcome: JobOutcome): TrackedJob | null {
    const { batch } = job
    if (!batch) return outcome === 'completed' ? job : null
    let members = batches.get(batch)
    if (!members) batches.set(batch, members = [])
    members.push(job)
    if (members.length < batch.jobs) return null
    const done = members.filter((member) => member.status === 'completed')
    return done.find((member) => member.recordSource !== 'job') ?? done.find((member) => member.id === batch.headId) ?? done[0] ?? null
  }

  /** The forward's measures, under its workload (a batch's: all its outputs), and its comparison sample. */
  function observeForward (job: TrackedJob): void {
    const backend = job.ref.backend
    const forward = measuredWorkload(job)?.key ?? OTHER_WORKLOAD
    zeroOnce(forward)
    // The comparison and the metrics see the same stages: the ones kept
    const record = job.record && { ...job.record, stages: keep(backend, job.record.stages) }
    samples.add(backend, { ...sampleOf(job), stages: record?.stages ?? [] })
    const service = serviceSeconds(job)
    if (service !== null) metrics.serviceDuration.observe({ backend, workload: forward }, service)
    if (record) observeRecord(job, forward, record)
  }

  return {
    settled (job: TrackedJob, outcome) {
      // Only the instance that submitted a job counts it; one that adopted it to answer a
      // follow-up would count it again in every sum over gateway instances.
      if (!job.observedFromSubmit) return
      const backend = job.ref.backend
      // Only an adopted job has no workload, and it never gets here
      const workload = job.workload?.key ?? OTHER_WORKLOAD
      metrics.jobs.inc({ backend, outcome })
      zeroOnce(workload)
      const total = durationSeconds(job)
      if (total !== null) metrics.requestDuration.observe({ backend, workload, outcome: outcome === 'completed' ? 'completed' : 'failed' }, total)
      const wait = outcome === 'completed' ? queueWaitSeconds(job) : null
      if (wait !== null) metrics.queueWait.observe({ backend, workload }, wait)
      const forward = forwardOf(job, outcome)
      if (forward) observeForward(forward)
    },
    upstreamError (backend, reason) {
      metrics.upstreamErrors.inc({ backend, reason })
    },
    recordLookup (backend, outcome) {
      metrics.stageRecords.inc({ backend, outcome })
    }
  }
}
