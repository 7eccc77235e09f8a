// One shape for the backend's two timing reports (performance.log lines and perf dump files).
// Both come from another process's disk, so every field is checked before it reaches a metric,
// and a record that fails a check is rejected with a reason that names the field.
import { memoryOfSnapshots } from './memory.ts'
import type { PeakMemory } from './memory.ts'

export interface StageTiming {
  stage: string
  durationSeconds: number
}

export interface StageRecord extends PeakMemory {
  // as in the file; `<id>:<k>` suffixes of n > 1 requests are kept
  requestId: string
  // stage names without the `Stage` suffix, in execution order
  stages: StageTiming[]
  denoiseStepsSeconds: number[]
  totalSeconds: number | null
}

/** A record read in full, or why it was not. */
export type RecordCheck = { record: StageRecord, reason?: undefined } | { record?: undefined, reason: string }

export const PERFORMANCE_LOG_TAG = 'pipeline_stage_metrics'
export const PERF_DUMP_TAG = 'server_perf_dump'

const MAX_REQUEST_ID_LENGTH = 256
const MAX_STAGE_NAME_LENGTH = 128
const STAGE_SUFFIX = 'Stage'

type JsonObject = Record<string, unknown>

// Thrown by the field checks below and caught by the two entry points: a failed check ends the
// whole record, and the reason travels with it
class Rejection {
  readonly reason: string
  constructor (reason: string) { this.reason = reason }
}

function reject (reason: string): never {
  throw new Rejection(reason)
}

export function stageName (className: string): string {
  return className.length > STAGE_SUFFIX.length && className.endsWith(STAGE_SUFFIX)
    ? className.slice(0, -STAGE_SUFFIX.length)
    : className
}

export function parsePerformanceLogLine (line: string): StageRecord | undefined {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return undefined
  }
  return parsePerformanceLogRecord(json)
}

// For callers that parsed the JSON already (the log reader tells corrupt from foreign lines)
export function parsePerformanceLogRecord (json: unknown): StageRecord | undefined {
  return checkPerformanceLogRecord(json).record
}

export function checkPerformanceLogRecord (json: unknown): RecordCheck {
  return checked(() => {
    const record = taggedObject(json, PERFORMANCE_LOG_TAG)
    return {
      requestId: requestIdOf(record.request_id),
      stages: listOf(record.stages, 'stages', (stage, at) => stageOf(stage, 'execution_time_ms', at)),
      denoiseStepsSeconds: listOf(record.steps ?? [], 'steps', (ms, at) => milliseconds(ms, at)),
      totalSeconds: optionalMs(record.total_duration_ms, 'total_duration_ms'),
      ...memoryOfSnapshots(record.memory_snapshots, 'memory_snapshots', reject)
    }
  })
}

export function parsePerfDump (json: unknown): StageRecord | undefined {
  return checkPerfDump(json).record
}

// The dump names its stage list `steps`; the denoising steps are `denoise_steps_ms`
export function checkPerfDump (json: unknown): RecordCheck {
  return checked(() => {
    const dump = taggedObject(json, PERF_DUMP_TAG)
    return {
      requestId: requestIdOf(dump.request_id),
      stages: listOf(dump.steps, 'steps', (stage, at) => stageOf(stage, 'duration_ms', at)),
      denoiseStepsSeconds: denoiseStepsOf(dump.denoise_steps_ms ?? []),
      totalSeconds: optionalMs(dump.total_duration_ms, 'total_duration_ms'),
      ...memoryOfSnapshots(dump.memory_checkpoints, 'memory_checkpoints', reject)
    }
  })
}

function checked (read: () => StageRecord): RecordCheck {
  try {
    return { record: read() }
  } catch (err) {
    if (err instanceof Rejection) return { reason: err.reason }
    throw err
  }
}

function isObject (value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// A missing tag is accepted: older backends wrote records without one
function taggedObject (json: unknown, tag: string): JsonObject {
  if (!isObject(json)) reject('not a JSON object')
  if (json.tag !== undefined && json.tag !== tag) reject(`tag is ${JSON.stringify(json.tag)}, not "${tag}"`)
  return json
}

function requestIdOf (value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_REQUEST_ID_LENGTH) {
    reject(`request_id must be a string of 1 to ${MAX_REQUEST_ID_LENGTH} characters`)
  }
  return value
}

function milliseconds (value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) reject(`${field} must be a non-negative number of milliseconds`)
  return value / 1000
}

// null = absent
function optionalMs (value: unknown, field: string): number | null {
  return value === undefined || value === null ? null : milliseconds(value, field)
}

function listOf<T> (value: unknown, field: string, parseItem: (item: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) reject(`${field} must be a list`)
  return value.map((item, i) => parseItem(item, `${field}[${i}]`))
}

function stageOf (value: unknown, durationKey: string, at: string): StageTiming {
  if (!isObject(value)) reject(`${at} must be an object`)
  const { name } = value
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_STAGE_NAME_LENGTH) {
    reject(`${at}.name must be a string of 1 to ${MAX_STAGE_NAME_LENGTH} characters`)
  }
  return { stage: stageName(name), durationSeconds: milliseconds(value[durationKey], `${at}.${durationKey}`) }
}

function denoiseStepsOf (value: unknown): number[] {
  const steps = listOf(value, 'denoise_steps_ms', denoiseStepOf)
  // Order by step index when every entry has one; the file order otherwise
  if (steps.every((s) => s.index !== null)) steps.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
  return steps.map((s) => s.seconds)
}

function denoiseStepOf (value: unknown, at: string): { index: number | null, seconds: number } {
  if (!isObject(value)) reject(`${at} must be an object`)
  const seconds = milliseconds(value.duration_ms, `${at}.duration_ms`)
  const index = value.step ?? null
  if (index !== null && (typeof index !== 'number' || !Number.isInteger(index) || index < 0)) reject(`${at}.step must be a non-negative integer`)
  return { index, seconds }
}
