// A completed job's stage record: the backend's performance.log line, else the perf dump the
// request asked for, else what the job object itself says. Never a fixed set of stages.
import { open, rm } from 'node:fs/promises'
import type { Replica } from '../backends/backends.ts'
import { parsePerfDump } from '../perf/record.ts'
import type { JobObserver, TrackedJob } from './job.ts'

export interface RecordCollectorOptions {
  observer: Pick<JobObserver, 'recordLookup'>
  /** How long to wait for the job's line in performance.log after its completion was seen. */
  perfRecordWaitMs: number
}

// The backend writes the dump: as bounded as one performance.log line (src/perf/log-reader.ts)
const MAX_PERF_DUMP_BYTES = 4 * 2 ** 20

/** The dump's text, or undefined when it is missing or larger than any honest dump (a few KB). */
async function readPerfDump (path: string): Promise<string | undefined> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const { size } = await handle.stat()
    if (size > MAX_PERF_DUMP_BYTES) return undefined
    // Only the bytes stat saw: a file still growing is not read past the bound
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
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
      const text = await readPerfDump(job.perfDumpPath)
      let dump
      try {
        dump = text === undefined ? undefined : parsePerfDump(JSON.parse(text))
      } catch {}
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
