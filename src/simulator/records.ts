// The stage records SGLang writes beside the HTTP API: performance.log (JSON Lines, tag
// pipeline_stage_metrics) and the per-request perf dump (tag server_perf_dump).
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GenerationPlan } from './plan.ts'

export const SIMULATOR_COMMIT_HASH = 'simulated'

export interface MemorySnapshot {
  allocated_mb: number
  reserved_mb: number
  peak_allocated_mb: number
  peak_reserved_mb: number
}

function round2 (value: number): number {
  return Math.round(value * 100) / 100
}

// Weights are resident before the forward pass; activations and the VAE decode make the peak.
export function memorySnapshots (plan: GenerationPlan): Record<string, MemorySnapshot> {
  const { peakReservedMb, peakAllocatedMb } = plan.memory
  const weightsMb = round2(peakAllocatedMb * 0.72)
  const before = { allocated_mb: weightsMb, reserved_mb: round2(weightsMb * 1.04), peak_allocated_mb: weightsMb, peak_reserved_mb: round2(weightsMb * 1.04) }
  const after = {
    allocated_mb: weightsMb,
    reserved_mb: round2(peakReservedMb),
    peak_allocated_mb: round2(peakAllocatedMb),
    peak_reserved_mb: round2(peakReservedMb)
  }
  return { before_forward: before, after_forward: after, runtime_peak: { ...after } }
}

export function stageRecord (requestId: string, plan: GenerationPlan, now = new Date()): Record<string, unknown> {
  return {
    request_id: requestId,
    timestamp: now.toISOString(),
    commit_hash: SIMULATOR_COMMIT_HASH,
    tag: 'pipeline_stage_metrics',
    stages: plan.stages.map((stage) => ({ name: stage.name, execution_time_ms: stage.executionMs })),
    steps: plan.stepsMs,
    total_duration_ms: Math.round(plan.forwardMs * 1e4) / 1e4,
    memory_snapshots: memorySnapshots(plan)
  }
}

export function perfDump (requestId: string, plan: GenerationPlan, model: string, now = new Date()): Record<string, unknown> {
  return {
    timestamp: now.toISOString(),
    request_id: requestId,
    commit_hash: SIMULATOR_COMMIT_HASH,
    tag: 'server_perf_dump',
    total_duration_ms: Math.round(plan.forwardMs * 1e4) / 1e4,
    steps: plan.stages.map((stage) => ({ name: stage.name, duration_ms: stage.executionMs })),
    denoise_steps_ms: plan.stepsMs.map((durationMs, step) => ({ step, duration_ms: durationMs })),
    memory_checkpoints: memorySnapshots(plan),
    meta: { model }
  }
}

export type PerfRecordMode = 'normal' | 'missing' | 'corrupt'

export async function appendStageRecords (dir: string, records: Array<Record<string, unknown>>, mode: PerfRecordMode): Promise<void> {
  if (mode === 'missing' || records.length === 0) return
  const lines = records.map((record) => {
    const line = JSON.stringify(record)
    // a record cut mid-way, as a crashed writer or a full disk would leave it
    return mode === 'corrupt' ? line.slice(0, Math.floor(line.length / 2)) : line
  })
  await mkdir(dir, { recursive: true })
  await appendFile(join(dir, 'performance.log'), lines.join('\n') + '\n')
}

export async function writePerfDump (path: string, dump: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(dump, null, 2))
}
