// A completed job's stage record: the backend's performance.log line, else the perf dump the
// request asked for, else what the job object itself says. Never a fixed set of stages.
import { open, rm } from 'node:fs/promises'
import type { Backend, Replica } from '../backends/backends.ts'
import { dataParallelSize } from '../backends/server-modes.ts'
import { checkPerfDump } from '../perf/record.ts'
import type { JobObserver, TrackedJob } from './job.ts'
import type { StageRecord } from '../perf/record.ts'

export interface RecordCollectorOptions {
  observer: Pick<JobObserver, 'recordLookup'>
  /** How long to wait for the job's line in performance.log after its completion was seen. */
  perfRecordWaitMs: number
  /** Told why a backend's record was rejected: the record is a measurement, so it is skipped, not fatal. */
  logger?: { warn: (obj: object, msg: string) => void }
}

export function createRecordCollector ({ observer, perfRecordWaitMs, logger }: RecordCollectorOptions) {
  async function readRecord ({ name: backend, info, config }: Pick<Backend, 'name' | 'info' | 'config'>, replica: Replica, job: TrackedJob): Promise<void> {
    if (replica.perfLog) {
      const found = await replica.perfLog.find(job.ref.upstreamId, { waitMs: perfRecordWaitMs })
      if (found && found !== 'corrupt') {
        job.record = found
        job.recordSource = 'performance_log'
        job.recordLookup = 'found'
        return observer.recordLookup(backend, 'found')
      }
      // With dp_size > 1 only global rank 0 writes the log (utils/perf_logger.py:388 at d315eb72),
      // and a batch logs one record, under its head's id (managers/scheduler.py:821-850, perf_logger.py:377):
      // a job without a line there is so by design, no fault of the backend's
      const byDesign = dataParallelSize({ info }) > 1 || replica.batchSize > 1
      job.recordLookup = found === 'corrupt' ? 'corrupt' : byDesign ? 'not_logged' : 'missing'
      observer.recordLookup(backend, job.recordLookup)
      if (found === 'corrupt') rejected(backend, job, 'performance.log', replica.perfLog.rejectionOf(job.ref.upstreamId))
    }
    if (job.perfDumpPath) {
      const dump = await readPerfDump(job.perfDumpPath)
      if (dump.reason !== undefined) rejected(backend, job, 'perf dump', dump.reason)
      else if (dump.record) {
        job.record = dump.record
        job.recordSource = 'perf_dump'
        return
      }
    }
    // No stage record: what the job object itself says (reserved memory of one GPU, forward time).
    // SGLang's peak_memory_mb is per forward too, read after the outputs were saved, so it can be
    // a little above after_forward's (managers/gpu_worker.py:722-730 at d315eb72)
    const peakMb = job.upstream.peak_memory_mb
    job.record = {
      requestId: job.ref.upstreamId,
      stages: [],
      denoiseStepsSeconds: [],
      totalSeconds: typeof job.upstream.inference_time_s === 'number' ? job.upstream.inference_time_s : null,
      peakReservedBytes: typeof peakMb === 'number' ? peakMb * 2 ** 20 : null,
      peakAllocatedBytes: null,
      // the job object says nothing of the backend's load or runtime peak
      loadPeakReservedBytes: null,
      runtimePeakReservedBytes: null
    }
    job.recordSource = 'job'
  }

  function rejected (backend: string, job: TrackedJob, source: string, reason: string | undefined): void {
    logger?.warn({ backend, job: job.id, upstreamId: job.ref.upstreamId, reason }, `stage record in the ${source} rejected`)
  }

  return async function collectRecord (backend: Pick<Backend, 'name' | 'info' | 'config'>, replica: Replica, job: TrackedJob): Promise<void> {
    try {
      await readRecord(backend, replica, job)
    } finally {
      // The backend writes a dump for every request naming a path, also when the log had the record
      if (job.perfDumpPath) rm(job.perfDumpPath, { force: true }).catch(() => {})
    }
  }
}

// The backend writes the dump: as bounded as one performance.log line (src/perf/log-reader.ts)
const MAX_PERF_DUMP_BYTES = 4 * 2 ** 20

/** The dump's text, null when it is larger than any honest dump (a few KB), undefined when there is none. */
async function readPerfDumpText (path: string): Promise<string | null | undefined> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const { size } = await handle.stat()
    if (size > MAX_PERF_DUMP_BYTES) return null
    // Only the bytes stat saw: a file still growing is not read past the bound
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

// A dump that is not there (the backend wrote none) is no record and no rejection
async function readPerfDump (path: string): Promise<{ record?: StageRecord, reason?: string }> {
  const text = await readPerfDumpText(path)
  if (text === undefined) return {}
  if (text === null) return { reason: `over ${MAX_PERF_DUMP_BYTES} bytes, not read` }
  try {
    return checkPerfDump(JSON.parse(text))
  } catch {
    return { reason: 'not valid JSON (a file cut short, or not written as JSON)' }
  }
}
