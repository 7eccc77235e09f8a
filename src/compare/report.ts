import { summarize, speedup as ratioOf, welchSpeedupInterval, type Interval } from '../stats/summary.ts'
import type { JobSample } from './sample.ts'
import { writeSummary } from './verdict.ts'

export interface ParallelConfig { sp_degree: number, ulysses_degree: number, ring_degree: number, num_gpus: number }

export interface ReportSide {
  name: string
  parallel: ParallelConfig
  samples: JobSample[]
}

export interface PairParity { index: number, ssim: number | null, psnr: number | null, ok: boolean | null, error: string | null }

export interface ParityInput {
  measured: boolean
  threshold_ssim: number
  pairs: PairParity[]
  /** Why parity was not measured (no ffmpeg, say). */
  reason: string | null
}

export interface ReportOptions {
  stageOrder?: string[]
  parity?: ParityInput | null
  /** Below this many samples a side gets no interval and the verdict says so. */
  minSamples?: number
}

const GiB = 2 ** 30
export const notEnoughSamples = 'not enough samples'

export interface TimingSide { mean_seconds: number | null, sd_seconds: number | null, p50_seconds: number | null, p95_seconds: number | null, n: number }

function timing (values: number[]): TimingSide {
  const s = summarize(values)
  return { mean_seconds: s.mean, sd_seconds: s.sd, p50_seconds: s.p50, p95_seconds: s.p95, n: s.n }
}

const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null)

function row (name: string, baselineValues: number[], candidateValues: number[], minSamples: number) {
  const baseline = timing(baselineValues)
  const candidate = timing(candidateValues)
  const speedup = ratioOf(baseline.mean_seconds, candidate.mean_seconds)
  const enough = baseline.n >= minSamples && candidate.n >= minSamples
  const interval: Interval | null = enough
    ? welchSpeedupInterval({ mean: baseline.mean_seconds, sd: baseline.sd_seconds, n: baseline.n }, { mean: candidate.mean_seconds, sd: candidate.sd_seconds, n: candidate.n })
    : null
  return {
    name,
    baseline,
    candidate,
    speedup,
    speedup_ci95: interval,
    // The interval excludes 1: the difference is unlikely to be noise.
    significant: interval === null ? null : interval.low > 1 || interval.high < 1,
    note: speedup === null ? notEnoughSamples : enough ? null : `${notEnoughSamples} for an interval (n < ${minSamples})`
  }
}
export type TimingRow = ReturnType<typeof row>

function stageValues (samples: JobSample[], stage: string): number[] {
  return samples.flatMap((s) => s.stages.filter((t) => t.stage === stage).map((t) => t.durationSeconds))
}

/** Stage names in execution order as the backends reported them: never a hard-coded list. */
function stageNames (baseline: JobSample[], candidate: JobSample[], order: string[]): string[] {
  const seen: string[] = [...order]
  for (const sample of [...baseline, ...candidate]) {
    for (const { stage } of sample.stages) if (!seen.includes(stage)) seen.push(stage)
  }
  const used = new Set([...baseline, ...candidate].flatMap((s) => s.stages.map((t) => t.stage)))
  return seen.filter((name) => used.has(name))
}

function meanOf (values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length
}

function memorySide (samples: JobSample[]) {
  const reserved = meanOf(present(samples.map((s) => s.peakReservedBytes)))
  const allocated = meanOf(present(samples.map((s) => s.peakAllocatedBytes)))
  const overhead = reserved !== null && allocated !== null ? reserved - allocated : null
  return {
    peak_gpu_memory: reserved === null ? null : reserved / GiB,
    peak_allocated: allocated === null ? null : allocated / GiB,
    memory_overhead: overhead === null ? null : overhead / GiB,
    overhead_ratio: overhead === null || !reserved ? null : overhead / reserved,
    n: present(samples.map((s) => s.peakReservedBytes)).length
  }
}

const memoryRows = [
  ['peak_gpu_memory', 'GiB'], ['peak_allocated', 'GiB'], ['memory_overhead', 'GiB'], ['overhead_ratio', 'fraction']
] as const

function memory (baseline: JobSample[], candidate: JobSample[]) {
  const b = memorySide(baseline)
  const c = memorySide(candidate)
  return memoryRows.map(([name, unit]) => {
    const delta = b[name] !== null && c[name] !== null ? c[name] - b[name] : null
    return { name, unit, baseline: b[name], candidate: c[name], delta, n: { baseline: b.n, candidate: c.n }, note: delta === null ? notEnoughSamples : null }
  })
}

function costSide (side: ReportSide) {
  const service = meanOf(present(side.samples.map((s) => s.serviceSeconds)))
  const gpuSeconds = service === null ? null : service * side.parallel.num_gpus
  return {
    num_gpus: side.parallel.num_gpus,
    gpu_seconds_per_video: gpuSeconds,
    videos_per_gpu_hour: gpuSeconds ? 3600 / gpuSeconds : null,
    n: present(side.samples.map((s) => s.serviceSeconds)).length
  }
}

function cost (baseline: ReportSide, candidate: ReportSide) {
  const b = costSide(baseline)
  const c = costSide(candidate)
  // speedup / GPU ratio, which is the ratio of GPU-seconds spent per video.
  const efficiency = b.gpu_seconds_per_video !== null && c.gpu_seconds_per_video ? b.gpu_seconds_per_video / c.gpu_seconds_per_video : null
  return { baseline: b, candidate: c, parallel_efficiency: efficiency, note: efficiency === null ? notEnoughSamples : null }
}

/** Step time statistics: ring communication stalls show as step jitter. */
function denoiseSteps (samples: JobSample[]) {
  const all = samples.flatMap((s) => s.denoiseStepsSeconds)
  const stats = summarize(all)
  const byIndex: number[][] = []
  for (const sample of samples) sample.denoiseStepsSeconds.forEach((value, i) => { (byIndex[i] ??= []).push(value) })
  let slowest: { index: number, mean_seconds: number } | null = null
  byIndex.forEach((values, index) => {
    const mean = meanOf(values)!
    if (!slowest || mean > slowest.mean_seconds) slowest = { index, mean_seconds: mean }
  })
  return { steps: stats.n, mean_seconds: stats.mean, cv: stats.cv, max_seconds: stats.max, slowest_step: slowest as { index: number, mean_seconds: number } | null }
}

function parity (input: ParityInput | null | undefined) {
  if (!input) return null
  const ssims = present(input.pairs.map((p) => p.ssim))
  return {
    ...input,
    flagged: input.pairs.filter((p) => p.ok === false).length,
    min_ssim: ssims.length === 0 ? null : Math.min(...ssims)
  }
}

/**
 * The seed page's two tables (stage times with speedups, memory) plus what it lacks: 95%
 * intervals of each speedup, sample counts, queue wait apart, cost, step statistics, output
 * parity, and a summary written from the numbers.
 */
export function buildReport (baseline: ReportSide, candidate: ReportSide, options: ReportOptions = {}) {
  const minSamples = options.minSamples ?? 3
  const b = baseline.samples
  const c = candidate.samples
  const report = {
    baseline: { name: baseline.name, ...baseline.parallel },
    candidate: { name: candidate.name, ...candidate.parallel },
    stages: stageNames(b, c, options.stageOrder ?? []).map((name) => row(name, stageValues(b, name), stageValues(c, name), minSamples)),
    total: row('Total', present(b.map((s) => s.totalSeconds)), present(c.map((s) => s.totalSeconds)), minSamples),
    queue_wait: {
      baseline: timing(present(b.map((s) => s.queueWaitSeconds))),
      candidate: timing(present(c.map((s) => s.queueWaitSeconds)))
    },
    memory: memory(b, c),
    cost: cost(baseline, candidate),
    denoise_steps: { baseline: denoiseSteps(b), candidate: denoiseSteps(c) },
    parity: parity(options.parity)
  }
  const summary = writeSummary(report, minSamples)
  return { ...report, summary, verdict: summary.join(' ') }
}
export type Report = ReturnType<typeof buildReport>
export type ReportBody = Omit<Report, 'summary' | 'verdict'>
