import { summarize, speedup as ratioOf, welchSpeedupInterval } from '../stats/summary.ts'
import type { ParallelConfig, Parity, ParityInput, RecordCoverage, Report, StepSide, TimingRow, TimingSide } from '../schemas/compare.ts'
import type { JobSample } from './sample.ts'
import { writeSummary } from './verdict.ts'
import { speedupOverTime, totalQuantiles } from './distribution.ts'
import type { WorkloadContext } from './workloads.ts'
import { parseWorkloadKey } from '../workloads/workload.ts'

export interface ReportSide {
  name: string
  parallel: ParallelConfig
  samples: JobSample[]
}

export interface ReportOptions {
  stageOrder?: readonly string[]
  parity?: ParityInput | null
  /** Below this many samples a side gets no interval and the verdict says so. */
  minSamples?: number
  /** The workload compared, how it was chosen and every one seen: the summary says what was left out. */
  workload?: WorkloadContext | null
}

/**
 * What a report needs of one side, whether computed from job samples (this gateway) or read
 * from Prometheus (every gateway): per-metric moments, memory means, step statistics.
 */
export interface SideStats {
  name: string
  parallel: ParallelConfig
  /** Stage name -> timing, in the order the backend executed them. */
  stages: Map<string, TimingSide>
  total: TimingSide
  queueWait: TimingSide
  service: TimingSide
  peakReservedBytes: { mean: number | null, n: number }
  peakAllocatedBytes: { mean: number | null, n: number }
  /** The highest model-load peak seen: a constant per backend process, the worst replica decides */
  modelLoadPeakReservedBytes: { max: number | null, n: number }
  steps: StepSide
  /** Each job's Total, oldest first, for the distribution and speedup over time; empty from Prometheus */
  totals: number[]
  /** Where its jobs' stage records came from; null from Prometheus */
  coverage: RecordCoverage | null
}

const GiB = 2 ** 30
export const notEnoughSamples = 'not enough samples'
export const emptyTiming: TimingSide = { mean_seconds: null, sd_seconds: null, p50_seconds: null, p95_seconds: null, n: 0 }

function timing (values: number[]): TimingSide {
  const s = summarize(values)
  return { mean_seconds: s.mean, sd_seconds: s.sd, p50_seconds: s.p50, p95_seconds: s.p95, n: s.n }
}

const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null)

function meanOf (values: number[]): { mean: number | null, n: number } {
  return { mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length, n: values.length }
}

function maxOf (values: number[]): { max: number | null, n: number } {
  return { max: values.length === 0 ? null : Math.max(...values), n: values.length }
}

/** Step time statistics: ring communication stalls show as step jitter. */
function stepStats (samples: JobSample[]): StepSide {
  const stats = summarize(samples.flatMap((s) => s.denoiseStepsSeconds))
  const byIndex: number[][] = []
  for (const sample of samples) sample.denoiseStepsSeconds.forEach((value, i) => { (byIndex[i] ??= []).push(value) })
  let slowest: StepSide['slowest_step'] = null
  // Every index up to the longest job's last has a value: some job ran it to get that far
  const perStep = Array.from(byIndex, (values) => meanOf(values ?? []).mean ?? 0)
  perStep.forEach((mean, index) => {
    if (!slowest || mean > slowest.mean_seconds) slowest = { index, mean_seconds: mean }
  })
  return { steps: stats.n, mean_seconds: stats.mean, cv: stats.cv, max_seconds: stats.max, slowest_step: slowest, per_step_mean_seconds: perStep }
}

function coverageOf (samples: JobSample[]): RecordCoverage {
  const coverage: RecordCoverage = { jobs: samples.length, performance_log: 0, perf_dump: 0, not_logged: 0, missing: 0, corrupt: 0, not_read: 0 }
  for (const { record } of samples) coverage[record]++
  return coverage
}

/** One side's statistics from its completed jobs. */
export function statsOf (side: ReportSide): SideStats {
  const { samples } = side
  const stages = new Map<string, number[]>()
  for (const sample of samples) {
    for (const { stage, durationSeconds } of sample.stages) {
      let values = stages.get(stage)
      if (!values) stages.set(stage, values = [])
      values.push(durationSeconds)
    }
  }
  return {
    name: side.name,
    parallel: side.parallel,
    stages: new Map([...stages].map(([stage, values]) => [stage, timing(values)])),
    total: timing(present(samples.map((s) => s.totalSeconds))),
    queueWait: timing(present(samples.map((s) => s.queueWaitSeconds))),
    service: timing(present(samples.map((s) => s.serviceSeconds))),
    peakReservedBytes: meanOf(present(samples.map((s) => s.peakReservedBytes))),
    peakAllocatedBytes: meanOf(present(samples.map((s) => s.peakAllocatedBytes))),
    modelLoadPeakReservedBytes: maxOf(present(samples.map((s) => s.modelLoadPeakReservedBytes))),
    steps: stepStats(samples),
    totals: present(samples.map((s) => s.totalSeconds)),
    coverage: coverageOf(samples)
  }
}

/** One row of speedup: means, the interval when both sides have enough samples, the note when not. */
export function row (name: string, baseline: TimingSide, candidate: TimingSide, minSamples: number): TimingRow {
  const speedup = ratioOf(baseline.mean_seconds, candidate.mean_seconds)
  const enough = baseline.n >= minSamples && candidate.n >= minSamples
  const moments = (side: TimingSide) => ({ mean: side.mean_seconds, sd: side.sd_seconds, n: side.n })
  const interval = enough ? welchSpeedupInterval(moments(baseline), moments(candidate)) : null
  const note = speedup === null
    ? notEnoughSamples
    : !enough ? `${notEnoughSamples} for an interval (n < ${minSamples})` : interval === null ? 'no interval: spread unknown' : null
  // The interval excludes 1: the difference is unlikely to be noise.
  return { name, baseline, candidate, speedup, speedup_ci95: interval, significant: interval === null ? null : interval.low > 1 || interval.high < 1, note }
}

/** Stage names in execution order as the backends reported them: never a hard-coded list. */
function stageNames (baseline: SideStats, candidate: SideStats, order: readonly string[]): string[] {
  const seen = [...order]
  for (const name of [...baseline.stages.keys(), ...candidate.stages.keys()]) if (!seen.includes(name)) seen.push(name)
  return seen.filter((name) => baseline.stages.has(name) || candidate.stages.has(name))
}

function memorySide (side: SideStats) {
  const reserved = side.peakReservedBytes.mean
  const allocated = side.peakAllocatedBytes.mean
  const overhead = reserved !== null && allocated !== null ? reserved - allocated : null
  const loadPeak = side.modelLoadPeakReservedBytes.max
  return {
    model_load_peak: loadPeak === null ? null : loadPeak / GiB,
    peak_gpu_memory: reserved === null ? null : reserved / GiB,
    peak_allocated: allocated === null ? null : allocated / GiB,
    memory_overhead: overhead === null ? null : overhead / GiB,
    overhead_ratio: overhead === null || !reserved ? null : overhead / reserved,
    n: side.peakReservedBytes.n,
    loadPeakN: side.modelLoadPeakReservedBytes.n
  }
}

// The model-load peak first: it decides whether the model fits on the GPU at all, the rows
// after it what each request needs once it has
const memoryRows = [
  ['model_load_peak', 'GiB'], ['peak_gpu_memory', 'GiB'], ['peak_allocated', 'GiB'], ['memory_overhead', 'GiB'], ['overhead_ratio', 'fraction']
] as const

function memory (baseline: SideStats, candidate: SideStats) {
  const b = memorySide(baseline)
  const c = memorySide(candidate)
  return memoryRows.map(([name, unit]) => {
    const delta = b[name] !== null && c[name] !== null ? c[name] - b[name] : null
    const n = name === 'model_load_peak' ? { baseline: b.loadPeakN, candidate: c.loadPeakN } : { baseline: b.n, candidate: c.n }
    return { name, unit, baseline: b[name], candidate: c[name], delta, n, note: delta === null ? notEnoughSamples : null }
  })
}

/** `outputs`: videos per job, as the workload's key says (`-x2`): a job's GPU-seconds are shared by its videos. */
function costSide (side: SideStats, outputs: number) {
  const service = side.service.mean_seconds
  const gpuSeconds = service === null ? null : service * side.parallel.num_gpus / outputs
  return { num_gpus: side.parallel.num_gpus, gpu_seconds_per_video: gpuSeconds, videos_per_gpu_hour: gpuSeconds ? 3600 / gpuSeconds : null, n: side.service.n }
}

function cost (baseline: SideStats, candidate: SideStats, outputs: number) {
  const b = costSide(baseline, outputs)
  const c = costSide(candidate, outputs)
  // speedup / GPU ratio, which is the ratio of GPU-seconds spent per video.
  const efficiency = b.gpu_seconds_per_video !== null && c.gpu_seconds_per_video ? b.gpu_seconds_per_video / c.gpu_seconds_per_video : null
  return { baseline: b, candidate: c, parallel_efficiency: efficiency, note: efficiency === null ? notEnoughSamples : null }
}

function parity (input: ParityInput | null | undefined): Parity | null {
  if (!input) return null
  const ssims = present(input.pairs.map((p) => p.ssim))
  return { ...input, flagged: input.pairs.filter((p) => p.ok === false).length, min_ssim: ssims.length === 0 ? null : Math.min(...ssims) }
}

/**
 * The seed page's two tables (stage times with speedups, memory) plus what it lacks: 95%
 * intervals of each speedup, sample counts, queue wait apart, cost, step statistics, output
 * parity, and a summary written from the numbers.
 */
export function reportFromStats (baseline: SideStats, candidate: SideStats, options: ReportOptions = {}): Report {
  const minSamples = options.minSamples ?? 3
  const report = {
    workload: options.workload?.key ?? null,
    baseline: { name: baseline.name, ...baseline.parallel },
    candidate: { name: candidate.name, ...candidate.parallel },
    stages: stageNames(baseline, candidate, options.stageOrder ?? [])
      .map((name) => row(name, baseline.stages.get(name) ?? emptyTiming, candidate.stages.get(name) ?? emptyTiming, minSamples)),
    total: row('Total', baseline.total, candidate.total, minSamples),
    queue_wait: { baseline: baseline.queueWait, candidate: candidate.queueWait },
    memory: memory(baseline, candidate),
    // `other` pools shapes of any output count: one video per job is all that can be said of it
    cost: cost(baseline, candidate, parseWorkloadKey(options.workload?.key ?? '')?.outputs ?? 1),
    denoise_steps: { baseline: baseline.steps, candidate: candidate.steps },
    total_distribution: { baseline: totalQuantiles(baseline.totals), candidate: totalQuantiles(candidate.totals) },
    speedup_over_time: speedupOverTime(baseline.totals, candidate.totals),
    parity: parity(options.parity),
    coverage: { baseline: baseline.coverage, candidate: candidate.coverage }
  }
  const summary = writeSummary(report, minSamples, options.workload)
  return { ...report, summary, verdict: summary.join(' ') }
}

/** The report over two sides' completed jobs. */
export function buildReport (baseline: ReportSide, candidate: ReportSide, options: ReportOptions = {}): Report {
  return reportFromStats(statsOf(baseline), statsOf(candidate), options)
}
