import { durationSeconds, queueWaitSeconds, serviceSeconds, type TrackedJob } from '../jobs/job.ts'

/** What one completed job contributes to a comparison. */
export interface JobSample {
  totalSeconds: number | null
  queueWaitSeconds: number | null
  serviceSeconds: number | null
  stages: Array<{ stage: string, durationSeconds: number }>
  denoiseStepsSeconds: number[]
  peakReservedBytes: number | null
  peakAllocatedBytes: number | null
}

export function sampleOf (job: TrackedJob): JobSample {
  return {
    totalSeconds: durationSeconds(job),
    queueWaitSeconds: queueWaitSeconds(job),
    serviceSeconds: serviceSeconds(job),
    stages: job.record?.stages ?? [],
    denoiseStepsSeconds: job.record?.denoiseStepsSeconds ?? [],
    peakReservedBytes: job.record?.peakReservedBytes ?? null,
    peakAllocatedBytes: job.record?.peakAllocatedBytes ?? null
  }
}

/**
 * The completed jobs of each backend since start, the oldest dropped past `maxPerBackend`, so
 * the live comparison has the samples an interval needs (histograms keep only sums and counts).
 */
export function createSampleStore (maxPerBackend = 10_000) {
  const samples = new Map<string, JobSample[]>()
  return {
    maxPerBackend,
    add (backend: string, sample: JobSample): void {
      let list = samples.get(backend)
      if (!list) samples.set(backend, list = [])
      list.push(sample)
      if (list.length > maxPerBackend) list.splice(0, list.length - maxPerBackend)
    },
    get (backend: string): JobSample[] {
      return samples.get(backend) ?? []
    }
  }
}
export type SampleStore = ReturnType<typeof createSampleStore>
