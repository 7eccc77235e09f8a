// The stage records SGLang writes beside the HTTP API: performance.log (JSON Lines, tag
// pipeline_stage_metrics) and the per-request perf dump (tag server_perf_dump), in its field
// order and byte format. Paths under python/sglang/multimodal_gen/runtime/ at d315eb72.
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GenerationPlan } from './plan.ts'
import { pythonJson, pythonUtcIsoformat } from './python-json.ts'

export const SIMULATOR_COMMIT_HASH = 'simulated'

export interface MemorySnapshot {
  allocated_mb: number
  reserved_mb: number
  peak_allocated_mb: number
  peak_reserved_mb: number
}

/** The process's own figures at the end of a forward: what load_peak and runtime_peak carry. */
export interface BackendPeaks {
  loadPeakReservedMb: number
  // the running maximum over every forward since the process started, this one included
  runtimePeakReservedMb: number
}

// MemorySnapshot.to_dict rounds each field to 2 decimals (utils/perf_logger.py:31-44)
function round2 (value: number): number {
  return Math.round(value * 100) / 100
}

function snapshot (allocated: number, reserved: number, peakAllocated: number, peakReserved: number): MemorySnapshot {
  return { allocated_mb: round2(allocated), reserved_mb: round2(reserved), peak_allocated_mb: round2(peakAllocated), peak_reserved_mb: round2(peakReserved) }
}

// managers/gpu_worker.py: before_forward right after the per-forward peak reset (:495-516), so
// its peaks are the resident weights; after_forward this forward's own peaks (:538-542);
// load_peak and runtime_peak a snapshot after the outputs were saved with peak_reserved_mb
// replaced by the process's figure (:722-754): the allocator cache is still full then
export function memorySnapshots (plan: GenerationPlan, peaks: BackendPeaks): Record<string, MemorySnapshot> {
  const m = plan.memory
  const saved = snapshot(m.residentAllocatedMb, m.peakReservedMb, m.peakAllocatedMb, m.peakReservedMb)
  return {
    before_forward: snapshot(m.residentAllocatedMb, m.residentReservedMb, m.residentAllocatedMb, m.residentReservedMb),
    after_forward: snapshot(m.residentAllocatedMb, m.peakReservedMb, m.peakAllocatedMb, m.peakReservedMb),
    load_peak: { ...saved, peak_reserved_mb: round2(peaks.loadPeakReservedMb) },
    runtime_peak: { ...saved, peak_reserved_mb: round2(peaks.runtimePeakReservedMb) }
  }
}

// Key order of RequestPerfRecord (utils/perf_logger.py:160-171)
export function stageRecord (requestId: string, plan: GenerationPlan, peaks: BackendPeaks, nowMs = Date.now()): Record<string, unknown> {
  return {
    request_id: requestId,
    timestamp: pythonUtcIsoformat(nowMs),
    commit_hash: SIMULATOR_COMMIT_HASH,
    tag: 'pipeline_stage_metrics',
    stages: plan.stages.map((stage) => ({ name: stage.name, execution_time_ms: stage.executionMs })),
    steps: plan.stepsMs,
    total_duration_ms: Math.round(plan.forwardMs * 1e4) / 1e4,
    memory_snapshots: memorySnapshots(plan, peaks)
  }
}

// Key order of the dump's report (utils/perf_logger.py:326-343)
export function perfDump (requestId: string, plan: GenerationPlan, peaks: BackendPeaks, model: string, nowMs = Date.now()): Record<string, unknown> {
  return {
    timestamp: pythonUtcIsoformat(nowMs),
    request_id: requestId,
    commit_hash: SIMULATOR_COMMIT_HASH,
    tag: 'server_perf_dump',
    total_duration_ms: Math.round(plan.forwardMs * 1e4) / 1e4,
    steps: plan.stages.map((stage) => ({ name: stage.name, duration_ms: stage.executionMs })),
    denoise_steps_ms: plan.stepsMs.map((durationMs, step) => ({ step, duration_ms: durationMs })),
    memory_checkpoints: memorySnapshots(plan, peaks),
    meta: { model }
  }
}

export type PerfRecordMode = 'normal' | 'missing' | 'corrupt' | 'mistyped'

// The dump's step index is the one int SGLang writes; every other number is a Python float
const INT_KEYS = new Set(['step'])

/** A record as `json.dumps(dataclasses.asdict(record))` writes it (utils/perf_logger.py:396), without the newline. */
export function performanceLogLine (record: Record<string, unknown>): string {
  return pythonJson(record, { intKeys: INT_KEYS })
}

export async function appendStageRecords (dir: string, records: Array<Record<string, unknown>>, mode: PerfRecordMode): Promise<void> {
  if (mode === 'missing' || records.length === 0) return
  const lines = records.map((record) => {
    const line = performanceLogLine(mode === 'mistyped' ? mistyped(record) : record)
    // a record cut mid-way, as a crashed writer or a full disk would leave it
    return mode === 'corrupt' ? line.slice(0, Math.floor(line.length / 2)) : line
  })
  await mkdir(dir, { recursive: true })
  await appendFile(join(dir, 'performance.log'), lines.join('\n') + '\n')
}

// A writer that is not SGLang's (or a version that changed a type): the peak as a string
function mistyped (record: Record<string, unknown>): Record<string, unknown> {
  const snapshots = record.memory_snapshots as Record<string, MemorySnapshot>
  const after = snapshots.after_forward
  if (after === undefined) return record
  return { ...record, memory_snapshots: { ...snapshots, after_forward: { ...after, peak_reserved_mb: String(after.peak_reserved_mb) } } }
}

// json.dump(report, f, indent=2): no final newline (utils/perf_logger.py:345-351)
export async function writePerfDump (path: string, dump: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, pythonJson(dump, { indent: 2, intKeys: INT_KEYS }))
}
