// A completed job's stage record: the backend's performance.log line, else the perf dump the
// request asked for, else what the job object itself says. Never a fixed set of stages.
import { readFile, rm } from 'node:fs/promises'
import type { Replica } from '../backends/backends.ts'
import { parsePerfDump } from '../perf/record.ts'
import type { JobObserver, TrackedJob } from './job.ts'

export interface RecordCollectorOptions {
  observer: Pick<JobObserver, 'recordLookup'>
  /** How long to wait for the job's line in performance.log after its completion was seen. */
  perfRecordWaitMs: number
}

export function createRecordCollector ({ observer, perfRecordWaitMs }: RecordCollectorOptions) {
  async function readRecord (backend: string, replica: Replica, job: TrackedJob): Promise<void> {
    if (replica.perfLog) {
      const found = await replica.perfLog.find(job.ref.upstreamId, { waitMs: perfRecordWaitMs })
      if (found && found !== 'corrupt') {
        job.record = found
        job.recordSource = 'performance_log'
        return observer.recordLookup(backend, 'found')
      }
      observer.recordLookup(backend, found === 'corrupt' ? 'corrupt' : 'missing')
    }
    if (job.perfDumpPath) {
      const dump = await readFile(job.perfDumpPath, 'utf8').then((text) => parsePerfDump(JSON.parse(text)), () => undefined)
      if (dump) {
        job.record = dump
        job.recordSource = 'perf_dump'
        return
      }
    }
    // No stage record: what the job object itself says (reserved memory of one GPU, forward time).
    const peakMb = job.upstream.peak_memory_mb
    job.record = {
      requestId: job.ref.upstreamId,
      stages: [],
      denoiseStepsSeconds: [],
      totalSeconds: typeof job.upstream.inference_time_s === 'number' ? job.upstream.inference_time_s : null,
      peakReservedBytes: typeof peakMb === 'number' ? peakMb * 2 ** 20 : null,
      peakAllocatedBytes: null
    }
    job.recordSource = 'job'
  }

  return async function collectRecord (backend: string, replica: Replica, job: TrackedJob): Promise<void> {
    try {
      await readRecord(backend, replica, job)
    } finally {
      // The backend writes a dump for every request naming a path, also when the log had the record
      if (job.perfDumpPath) rm(job.perfDumpPath, { force: true }).catch(() => {})
    }
  }
}
