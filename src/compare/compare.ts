import { histogramQuantile, mean, speedup } from '../stats/summary.ts'

/** One histogram series as prom-client holds it: exact sum and count, cumulative buckets. */
export interface HistogramSeries {
  sum: number
  count: number
  buckets: Array<{ le: number, count: number }>
}

export interface BackendObservations {
  name: string
  numGpus: number
  parallel: { sp_degree: number, ulysses_degree: number, ring_degree: number, num_gpus: number }
  stages: Map<string, HistogramSeries>
  total: HistogramSeries | undefined
  queueWait: HistogramSeries | undefined
  service: HistogramSeries | undefined
  peakReservedBytes: HistogramSeries | undefined
  peakAllocatedBytes: HistogramSeries | undefined
}

export interface TimingSide {
  mean_seconds: number | null
  p50_seconds: number | null
  p95_seconds: number | null
  n: number
}

const GiB = 2 ** 30
const finite = (value: number) => Number.isFinite(value) ? value : null
const notEnough = 'not enough samples'

function timing (series: HistogramSeries | undefined): TimingSide {
  if (!series || series.count === 0) return { mean_seconds: null, p50_seconds: null, p95_seconds: null, n: 0 }
  return {
    mean_seconds: mean(series.sum, series.count),
    p50_seconds: finite(histogramQuantile(0.5, series.buckets)),
    p95_seconds: finite(histogramQuantile(0.95, series.buckets)),
    n: series.count
  }
}

function row (name: string, baseline: HistogramSeries | undefined, candidate: HistogramSeries | undefined) {
  const b = timing(baseline)
  const c = timing(candidate)
  const value = speedup(b.mean_seconds, c.mean_seconds)
  return { name, baseline: b, candidate: c, speedup: value, note: value === null ? notEnough : null }
}

function seriesMean (series: HistogramSeries | undefined): number | null {
  return series ? mean(series.sum, series.count) : null
}

function memorySide (side: BackendObservations) {
  const reserved = seriesMean(side.peakReservedBytes)
  const allocated = seriesMean(side.peakAllocatedBytes)
  const overhead = reserved !== null && allocated !== null ? reserved - allocated : null
  return {
    peak_gpu_memory: reserved === null ? null : reserved / GiB,
    peak_allocated: allocated === null ? null : allocated / GiB,
    memory_overhead: overhead === null ? null : overhead / GiB,
    overhead_ratio: overhead === null || !reserved ? null : overhead / reserved,
    n: side.peakReservedBytes?.count ?? 0
  }
}

const memoryRows = [
  ['peak_gpu_memory', 'GiB'], ['peak_allocated', 'GiB'], ['memory_overhead', 'GiB'], ['overhead_ratio', 'fraction']
] as const

function memory (baseline: BackendObservations, candidate: BackendObservations) {
  const b = memorySide(baseline)
  const c = memorySide(candidate)
  return memoryRows.map(([name, unit]) => {
    const delta = b[name] !== null && c[name] !== null ? c[name] - b[name] : null
    return { name, unit, baseline: b[name], candidate: c[name], delta, n: { baseline: b.n, candidate: c.n }, note: delta === null ? notEnough : null }
  })
}

function costSide (side: BackendObservations) {
  const service = seriesMean(side.service)
  const gpuSeconds = service === null ? null : service * side.numGpus
  return {
    num_gpus: side.numGpus,
    gpu_seconds_per_video: gpuSeconds,
    videos_per_gpu_hour: gpuSeconds ? 3600 / gpuSeconds : null,
    n: side.service?.count ?? 0
  }
}

function cost (baseline: BackendObservations, candidate: BackendObservations) {
  const b = costSide(baseline)
  const c = costSide(candidate)
  // speedup / GPU ratio, which is the ratio of GPU-seconds spent per video.
  const efficiency = b.gpu_seconds_per_video !== null && c.gpu_seconds_per_video
    ? b.gpu_seconds_per_video / c.gpu_seconds_per_video
    : null
  return { baseline: b, candidate: c, parallel_efficiency: efficiency, note: efficiency === null ? notEnough : null }
}

/** Stage order: as the backends executed them (first seen first), never a hard-coded list. */
function stageNames (baseline: BackendObservations, candidate: BackendObservations, order: string[]): string[] {
  const seen = new Set([...baseline.stages.keys(), ...candidate.stages.keys()])
  return [...order.filter((name) => seen.has(name)), ...[...seen].filter((name) => !order.includes(name))]
}

/** The seed page's two tables (stage times, memory) plus queue wait and cost, from histograms. */
export function compareBackends (baseline: BackendObservations, candidate: BackendObservations, stageOrder: string[]) {
  const stages = stageNames(baseline, candidate, stageOrder)
    .map((name) => row(name, baseline.stages.get(name), candidate.stages.get(name)))
  const total = row('Total', baseline.total, candidate.total)
  const notes: string[] = []
  if (total.speedup === null) notes.push(`${notEnough}: each backend needs at least one completed job (${baseline.name}: ${total.baseline.n}, ${candidate.name}: ${total.candidate.n})`)
  if (stages.length === 0) notes.push('no stage records yet: stage rows appear once a backend\'s performance.log or perf dump is read')
  return {
    baseline: { name: baseline.name, ...baseline.parallel },
    candidate: { name: candidate.name, ...candidate.parallel },
    stages,
    total,
    queue_wait: { baseline: timing(baseline.queueWait), candidate: timing(candidate.queueWait) },
    memory: memory(baseline, candidate),
    cost: cost(baseline, candidate),
    notes
  }
}
export type Comparison = ReturnType<typeof compareBackends>
