import { durationSeconds, measuredWorkload, queueWaitSeconds, recordOrigin, serviceSeconds, type RecordOrigin, type TrackedJob } from '../jobs/job.ts'

/** What one completed job contributes to a comparison. */
export interface JobSample {
  /** The workload's label (its key, or `other`): a comparison never pools two. */
  workload: string
  /** The DiT's sequence length of one video of it, null when not known. */
  tokens: number | null
  /** When the gateway saw it complete, epoch ms; null when not known (a performance.log line). */
  completedAtMs: number | null
  totalSeconds: number | null
  queueWaitSeconds: number | null
  serviceSeconds: number | null
  stages: Array<{ stage: string, durationSeconds: number }>
  denoiseStepsSeconds: number[]
  peakReservedBytes: number | null
  peakAllocatedBytes: number | null
  /** The backend's model-load peak as of this job (SGLang's load_peak), not the job's own */
  modelLoadPeakReservedBytes: number | null
  /** Where its stage record came from, else why it has none: the report's coverage line counts them. */
  record: RecordOrigin
}

/** A completed job as the comparison counts it: a batched one as its batch's forward (src/jobs/batching.ts). */
export function sampleOf (job: TrackedJob): JobSample {
  const workload = measuredWorkload(job)
  return {
    workload: workload?.key ?? 'other',
    tokens: workload?.tokens ?? null,
    // The gateway's clock is performance.timeOrigin + now(): epoch milliseconds
    completedAtMs: job.completedAtMs,
    totalSeconds: durationSeconds(job),
    queueWaitSeconds: queueWaitSeconds(job),
    serviceSeconds: serviceSeconds(job),
    stages: job.record?.stages ?? [],
    denoiseStepsSeconds: job.record?.denoiseStepsSeconds ?? [],
    peakReservedBytes: job.record?.peakReservedBytes ?? null,
    peakAllocatedBytes: job.record?.peakAllocatedBytes ?? null,
    modelLoadPeakReservedBytes: job.record?.loadPeakReservedBytes ?? null,
    record: recordOrigin(job)
  }
}

/**
 * The completed jobs of each backend since start, the oldest dropped past `maxPerBackend`, so
 * the live comparison has the samples an interval needs (histograms keep only sums and counts).
 */
export function createSampleStore (maxPerBackend = 10_000) {
  // A ring per backend: once full, each completion overwrites the oldest in place, where dropping
  // the head of an array would move all 10,000 others
  const rings = new Map<string, { samples: JobSample[], next: number }>()
  return {
    maxPerBackend,
    /** Stage names in the order backends executed them, first seen first (the job observer adds them). */
    stageOrder: [] as string[],
    add (backend: string, sample: JobSample): void {
      let ring = rings.get(backend)
      if (!ring) rings.set(backend, ring = { samples: [], next: 0 })
      if (ring.samples.length < maxPerBackend) ring.samples.push(sample)
      else ring.samples[ring.next] = sample
      ring.next = (ring.next + 1) % maxPerBackend
    },
    /** The backend's completed jobs kept, counted by workload, the most common first. */
    mix (backend: string): Array<{ workload: string, completed: number }> {
      const counts = new Map<string, number>()
      for (const { workload } of rings.get(backend)?.samples ?? []) counts.set(workload, (counts.get(workload) ?? 0) + 1)
      return [...counts].map(([workload, completed]) => ({ workload, completed })).sort((a, b) => b.completed - a.completed)
    },
    /** Oldest first. */
    get (backend: string): JobSample[] {
      const ring = rings.get(backend)
      if (!ring) return []
      if (ring.samples.length < maxPerBackend) return ring.samples.slice()
      return [...ring.samples.slice(ring.next), ...ring.samples.slice(0, ring.next)]
    }
  }
}
export type SampleStore = ReturnType<typeof createSampleStore>
