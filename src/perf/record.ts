// One shape for the backend's two timing reports (performance.log lines and perf dump files).
// Both come from another process's disk, so every field is checked before it reaches a metric.

export interface StageTiming {
  stage: string
  durationSeconds: number
}

export interface StageRecord {
  // as in the file; `<id>:<k>` suffixes of n > 1 requests are kept
  requestId: string
  // stage names without the `Stage` suffix, in execution order
  stages: StageTiming[]
  denoiseStepsSeconds: number[]
  totalSeconds: number | null
  // max over memory snapshots of peak_reserved_mb * 2**20
  peakReservedBytes: number | null
  // max over memory snapshots of peak_allocated_mb * 2**20
  peakAllocatedBytes: number | null
}

export const PERFORMANCE_LOG_TAG = 'pipeline_stage_metrics'
export const PERF_DUMP_TAG = 'server_perf_dump'

const MAX_REQUEST_ID_LENGTH = 256
const MAX_STAGE_NAME_LENGTH = 128
const BYTES_PER_MIB = 2 ** 20
const STAGE_SUFFIX = 'Stage'

type JsonObject = Record<string, unknown>

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
  if (!isObject(json) || !hasTag(json, PERFORMANCE_LOG_TAG)) return undefined
  const requestId = parseRequestId(json.request_id)
  const stages = parseList(json.stages, (stage) => parseStage(stage, 'execution_time_ms'))
  const steps = parseList(json.steps ?? [], (ms) => milliseconds(ms))
  const totalSeconds = parseOptionalMs(json.total_duration_ms)
  const memory = parseMemory(json.memory_snapshots)
  if (requestId === undefined || stages === undefined || steps === undefined) return undefined
  if (totalSeconds === undefined || memory === undefined) return undefined
  return { requestId, stages, denoiseStepsSeconds: steps, totalSeconds, ...memory }
}

// The dump names its stage list `steps`; the denoising steps are `denoise_steps_ms`
export function parsePerfDump (json: unknown): StageRecord | undefined {
  if (!isObject(json) || !hasTag(json, PERF_DUMP_TAG)) return undefined
  const requestId = parseRequestId(json.request_id)
  const stages = parseList(json.steps, (stage) => parseStage(stage, 'duration_ms'))
  const steps = parseDenoiseSteps(json.denoise_steps_ms ?? [])
  const totalSeconds = parseOptionalMs(json.total_duration_ms)
  const memory = parseMemory(json.memory_checkpoints)
  if (requestId === undefined || stages === undefined || steps === undefined) return undefined
  if (totalSeconds === undefined || memory === undefined) return undefined
  return { requestId, stages, denoiseStepsSeconds: steps, totalSeconds, ...memory }
}

function isObject (value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// A missing tag is accepted: older backends wrote records without one
function hasTag (json: JsonObject, tag: string): boolean {
  return json.tag === undefined || json.tag === tag
}

function parseRequestId (value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_REQUEST_ID_LENGTH) return undefined
  return value
}

function isNonNegativeNumber (value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function milliseconds (value: unknown): number | undefined {
  return isNonNegativeNumber(value) ? value / 1000 : undefined
}

// undefined = invalid, null = absent
function parseOptionalMs (value: unknown): number | null | undefined {
  return value === undefined || value === null ? null : milliseconds(value)
}

function parseList<T> (value: unknown, parseItem: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined
  const items: T[] = []
  for (const item of value) {
    const parsed = parseItem(item)
    if (parsed === undefined) return undefined
    items.push(parsed)
  }
  return items
}

function parseStage (value: unknown, durationKey: string): StageTiming | undefined {
  if (!isObject(value)) return undefined
  const { name } = value
  const durationSeconds = milliseconds(value[durationKey])
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_STAGE_NAME_LENGTH) return undefined
  if (durationSeconds === undefined) return undefined
  return { stage: stageName(name), durationSeconds }
}

function parseDenoiseSteps (value: unknown): number[] | undefined {
  const steps = parseList(value, parseDenoiseStep)
  if (steps === undefined) return undefined
  // Order by step index when every entry has one; the file order otherwise
  if (steps.every((s) => s.index !== null)) steps.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
  return steps.map((s) => s.seconds)
}

function parseDenoiseStep (value: unknown): { index: number | null, seconds: number } | undefined {
  if (!isObject(value)) return undefined
  const seconds = milliseconds(value.duration_ms)
  const index = value.step ?? null
  if (seconds === undefined) return undefined
  if (index === null) return { index, seconds }
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? { index, seconds } : undefined
}

interface PeakMemory {
  peakReservedBytes: number | null
  peakAllocatedBytes: number | null
}

// Max over every checkpoint (before/after forward, load_peak, runtime_peak): the names vary
// between backend versions, the fields do not
function parseMemory (value: unknown): PeakMemory | undefined {
  const peaks: PeakMemory = { peakReservedBytes: null, peakAllocatedBytes: null }
  if (value === undefined || value === null) return peaks
  if (!isObject(value)) return undefined
  for (const snapshot of Object.values(value)) {
    if (!isObject(snapshot)) return undefined
    const reserved = parseOptionalMib(snapshot.peak_reserved_mb)
    const allocated = parseOptionalMib(snapshot.peak_allocated_mb)
    if (reserved === undefined || allocated === undefined) return undefined
    peaks.peakReservedBytes = maxOrNull(peaks.peakReservedBytes, reserved)
    peaks.peakAllocatedBytes = maxOrNull(peaks.peakAllocatedBytes, allocated)
  }
  return peaks
}

function parseOptionalMib (value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null
  return isNonNegativeNumber(value) ? Math.round(value * BYTES_PER_MIB) : undefined
}

function maxOrNull (current: number | null, candidate: number | null): number | null {
  if (candidate === null) return current
  return current === null ? candidate : Math.max(current, candidate)
}
