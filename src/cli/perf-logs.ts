// The comparison report built offline from two SGLang performance.log files, the way the seed
// page's author could have made it: one JSON line per request, stage and step times, memory.
import { open } from 'node:fs/promises'
import type { JobSample } from '../compare/sample.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'
import type { ParallelConfig } from '../schemas/compare.ts'
import { parsePerformanceLogLine, type StageRecord } from '../perf/record.ts'

/** A log that cannot be read or holds no record: exit 1 with the message. */
export class PerfLogError extends Error {}

export interface PerfLogSamples {
  path: string
  samples: JobSample[]
  /** Non-empty lines that are not performance records (garbled, cut short, other tags). */
  skippedLines: number
  /** Records of the second and later outputs of one request (`<id>:<k>`, k > 0). */
  extraOutputs: number
  /** Stage names in the order the first record lists them. */
  stageOrder: string[]
}

const outputSuffix = /:(\d+)$/

/**
 * performance.log has no queue wait and no submit-to-completed time: its total_duration_ms is the
 * pipeline's own span. It stands in for the service time too, so cost has something to divide.
 */
export function sampleOfRecord (record: StageRecord): JobSample {
  return {
    // A log line does not say what the request asked: the whole log is one workload, unnamed
    workload: OTHER_WORKLOAD,
    tokens: null,
    completedAtMs: null,
    totalSeconds: record.totalSeconds,
    queueWaitSeconds: null,
    serviceSeconds: record.totalSeconds,
    stages: record.stages,
    denoiseStepsSeconds: record.denoiseStepsSeconds,
    peakReservedBytes: record.peakReservedBytes,
    peakAllocatedBytes: record.peakAllocatedBytes,
    modelLoadPeakReservedBytes: record.loadPeakReservedBytes,
    record: 'performance_log'
  }
}

export async function readPerfLog (path: string): Promise<PerfLogSamples> {
  const result: PerfLogSamples = { path, samples: [], skippedLines: 0, extraOutputs: 0, stageOrder: [] }
  let file
  try {
    file = await open(path)
  } catch (err) {
    throw new PerfLogError(`cannot read ${path}: ${(err as Error).message}`, { cause: err })
  }
  try {
    for await (const line of file.readLines()) {
      if (line.trim() === '') continue
      const record = parsePerformanceLogLine(line)
      if (record === undefined) {
        result.skippedLines++
        continue
      }
      // One request with n outputs logs n records of the same run; the first stands for it
      const output = outputSuffix.exec(record.requestId)
      if (output !== null && output[1] !== '0') {
        result.extraOutputs++
        continue
      }
      if (result.samples.length === 0) result.stageOrder = record.stages.map((s) => s.stage)
      result.samples.push(sampleOfRecord(record))
    }
  } catch (err) {
    throw new PerfLogError(`cannot read ${path}: ${(err as Error).message}`, { cause: err })
  } finally {
    await file.close()
  }
  if (result.samples.length === 0) {
    const skipped = result.skippedLines
    throw new PerfLogError(`${path} holds no performance record${skipped > 0 ? ` (${skipped} line${skipped === 1 ? '' : 's'} did not parse)` : ''}`)
  }
  return result
}

const configName = /(?:^|[^a-z0-9])(?:u([1-9]\d*)r([1-9]\d*)|kvg([1-9]\d*))(?:$|[^a-z0-9])/i

/**
 * The parallel config from names like `u1r2` (Ulysses 1 x ring 2 = SP 2 on 2 GPUs); `gpus`
 * overrides the GPU count; a name that says nothing is one GPU.
 */
export function parallelOf (name: string, gpus?: number): ParallelConfig {
  const match = configName.exec(name)
  const ulysses = Number(match?.[1] ?? 1)
  const ring = Number(match?.[2] ?? 1)
  const kvGather = Number(match?.[3] ?? 1)
  const sp = ulysses * ring * kvGather
  return { sp_degree: sp, ulysses_degree: ulysses, ring_degree: ring, kv_gather_degree: kvGather, num_gpus: gpus ?? sp }
}

/** What was left out of a log, for stderr; null when nothing was. */
export function skippedNote (log: PerfLogSamples): string | null {
  const parts: string[] = []
  if (log.skippedLines > 0) parts.push(`ignored ${log.skippedLines} line${log.skippedLines === 1 ? '' : 's'} that did not parse as performance records`)
  if (log.extraOutputs > 0) parts.push(`skipped ${log.extraOutputs} record${log.extraOutputs === 1 ? '' : 's'} of extra outputs (<id>:k, k > 0)`)
  return parts.length === 0 ? null : `${log.path}: ${parts.join('; ')}; ${log.samples.length} request${log.samples.length === 1 ? '' : 's'} used`
}
