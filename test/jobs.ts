// Tracked jobs as the tracker hands them to its observer, for tests of what a settled job records.
import type { TrackedJob } from '../src/jobs/job.ts'

/** A job on `backend` submitted at 1 s, started at 3 s and completed at 7 s (gateway clock, ms). */
export function completedJob (backend: string, overrides: Partial<TrackedJob> = {}): TrackedJob {
  return {
    id: 'j',
    ref: { backend, replica: 0, upstreamId: 'u' },
    status: 'completed',
    submittedAtMs: 1000,
    startedAtMs: 3000,
    completedAtMs: 7000,
    observedFromSubmit: true,
    workload: null,
    upstream: { id: 'u', status: 'completed' },
    error: null,
    backendFailing: null,
    record: {
      requestId: 'u',
      stages: [{ stage: 'TextEncoding', durationSeconds: 0.5 }, { stage: 'Denoising', durationSeconds: 3 }],
      denoiseStepsSeconds: [0.1, 0.2],
      totalSeconds: 3.5,
      peakReservedBytes: 2 ** 30,
      peakAllocatedBytes: null,
      loadPeakReservedBytes: null,
      runtimePeakReservedBytes: null
    },
    recordSource: 'performance_log',
    recordLookup: 'found',
    perfDumpPath: null,
    settled: Promise.resolve(),
    ...overrides
  } as TrackedJob
}
