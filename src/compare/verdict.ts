import type { RecordCoverage, ReportBody, TimingRow } from '../schemas/compare.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'
import { mixesDiffer, type WorkloadContext } from './workloads.ts'

const x = (value: number) => `${value.toFixed(2)}x`
const s = (value: number) => value >= 10 ? value.toFixed(2) : value.toPrecision(3)
const gb = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)} GiB`
const interval = (row: TimingRow) => row.speedup_ci95 ? `, 95% CI ${x(row.speedup_ci95.low)}–${x(row.speedup_ci95.high)}` : ''

function totalSentence (report: ReportBody, minSamples: number): string {
  const { total, baseline, candidate } = report
  const nb = total.baseline.n
  const nc = total.candidate.n
  if (nb < minSamples || nc < minSamples || total.speedup === null) {
    const jobs = `${nb} completed job${nb === 1 ? '' : 's'}`
    return `Not enough samples for a verdict: ${baseline.name} has ${jobs} and ${candidate.name} ${nc}; at least ${minSamples} each are needed.`
  }
  const from = `${s(total.baseline.mean_seconds!)} s to ${s(total.candidate.mean_seconds!)} s`
  const speedup = `${x(total.speedup)}${interval(total)}`
  if (!total.significant) return `No significant difference in end-to-end latency: ${from.replace(' to ', ' against ')} (${speedup}, which includes 1.00x).`
  const direction = total.speedup > 1 ? 'improves' : 'worsens'
  return `End-to-end latency ${direction} from ${from} (${speedup}).`
}

function stageSentences (report: ReportBody): string[] {
  const timeSaved = (row: TimingRow) => (row.baseline.mean_seconds ?? 0) - (row.candidate.mean_seconds ?? 0)
  const gains = report.stages.filter((row) => row.significant && row.speedup! > 1.05).sort((a, b) => timeSaved(b) - timeSaved(a)).slice(0, 2)
  const losses = report.stages.filter((row) => row.significant && row.speedup! < 0.95 && timeSaved(row) < -0.01 * (report.total.baseline.mean_seconds ?? 0))
  const out: string[] = []
  if (gains.length > 0) out.push(`Main gains come from ${gains.map((row) => `${row.name} (${x(row.speedup!)})`).join(' and ')}.`)
  for (const row of losses) out.push(`${row.name} is slower on ${report.candidate.name} (${x(row.speedup!)}).`)
  return out
}

function memorySentences (report: ReportBody): string[] {
  const byName = Object.fromEntries(report.memory.map((row) => [row.name, row]))
  const reserved = byName.peak_gpu_memory?.delta
  const allocated = byName.peak_allocated?.delta
  const ratio = byName.overhead_ratio?.delta
  const out: string[] = []
  if (reserved != null && allocated != null) {
    const direction = reserved < 0 ? 'drops' : 'rises'
    out.push(`Absolute memory ${direction} on ${report.candidate.name} (Peak GPU Memory ${gb(reserved)}, Peak Allocated ${gb(allocated)}).`)
  }
  if (ratio != null && Math.abs(ratio) >= 0.005) {
    const pp = `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}pp`
    out.push(ratio > 0
      ? `Overhead ratio rises (${pp}): communication/runtime overhead is the next thing to tune.`
      : `Overhead ratio falls (${pp}).`)
  }
  // Whether the model fits at all is decided before any request, by the load peak
  const load = byName.model_load_peak
  if (load?.baseline != null && load.candidate != null) {
    const per = (side: number, name: string) => `${side.toFixed(2)} GiB on ${name}`
    out.push(`Loading the model peaks at ${per(load.candidate, report.candidate.name)} and ${per(load.baseline, report.baseline.name)} per GPU.`)
  }
  return out
}

function costSentence (report: ReportBody): string[] {
  const { cost } = report
  if (cost.parallel_efficiency === null || cost.candidate.num_gpus === cost.baseline.num_gpus) return []
  const efficiency = `${(cost.parallel_efficiency * 100).toFixed(0)}%`
  const gpuSeconds = `${s(cost.candidate.gpu_seconds_per_video!)} against ${s(cost.baseline.gpu_seconds_per_video!)} GPU-seconds per video`
  return [`On ${cost.candidate.num_gpus} GPUs against ${cost.baseline.num_gpus}, that is a parallel efficiency of ${efficiency} (${gpuSeconds}).`]
}

function queueSentence (report: ReportBody): string[] {
  const out: string[] = []
  for (const side of ['baseline', 'candidate'] as const) {
    const wait = report.queue_wait[side].mean_seconds
    const total = report.total[side].mean_seconds
    if (wait !== null && total && wait > 0.05 * total) {
      out.push(`Jobs on ${report[side].name} waited ${s(wait)} s on average behind others: Total includes that wait, the stage rows do not.`)
    }
  }
  return out
}

function paritySentence (report: ReportBody): string[] {
  const { parity } = report
  if (!parity) return []
  if (!parity.measured) return [`Output parity was not measured${parity.reason ? ` (${parity.reason})` : ''}.`]
  if (parity.flagged > 0) {
    const below = `${parity.flagged} of ${parity.pairs.length} pairs fall below SSIM ${parity.threshold_ssim} (lowest ${parity.min_ssim?.toFixed(3)})`
    return [`Outputs differ: ${below}, so ${report.candidate.name} does not produce the baseline's video and its speed does not count until that is fixed.`]
  }
  const lowest = parity.min_ssim === null ? '' : ` (lowest ${parity.min_ssim.toFixed(3)})`
  return [`Outputs match: every pair has SSIM at or above ${parity.threshold_ssim}${lowest}.`]
}

function mixOf (entries: WorkloadContext['entries'], side: 'baseline' | 'candidate'): string {
  const served = entries.filter((entry) => entry.n[side] > 0).map((entry) => `${entry.n[side]} ${entry.key}`)
  return served.length === 0 ? 'nothing' : served.join(', ')
}

/** Which workload is compared and why, whether the sides served different mixes, and what `other` is. */
function workloadSentences (report: ReportBody, context: WorkloadContext | null | undefined): string[] {
  if (!context) return []
  const { key, chosen, entries } = context
  const others = entries.filter((entry) => entry.key !== key && entry.n.baseline + entry.n.candidate > 0).length
  const why = chosen === 'requested' ? '' : ', the workload with the most samples on both sides'
  const rest = others === 0 ? '' : ` ${others} other workload${others === 1 ? ' is' : 's are'} compared apart, never pooled into this speedup.`
  const out = [`This compares workload ${key}${why}.${rest}`]
  if (mixesDiffer(entries)) {
    const mix = `${report.baseline.name} served ${mixOf(entries, 'baseline')}; ${report.candidate.name} served ${mixOf(entries, 'candidate')}`
    out.push(`The two sides served different mixes of work (${mix}): a pooled figure would compare unlike work.`)
  }
  if (key === OTHER_WORKLOAD) {
    out.push('Workload other pools every shape past the label cap (RINGSIDE_MAX_WORKLOADS): ' +
      'its samples may be unlike work on each side, so its speedup is not like with like.')
  }
  return out
}

// Why a job has no stage record, in the words of src/schemas/compare.ts's RecordCoverage
const gapWords = {
  not_logged: 'not logged by its server\'s design (dp_size > 1 or batching: see /v1/backends)',
  missing: 'missing (no line appeared in time)',
  corrupt: 'rejected (a line cut short or of the wrong types)',
  not_read: 'not read (the gateway reads no performance.log of it)'
} as const
const recorded = (coverage: RecordCoverage) => coverage.performance_log + coverage.perf_dump
const hasGap = ({ coverage }: Pick<ReportBody, 'coverage'>) =>
  [coverage.baseline, coverage.candidate].some((side) => side !== null && recorded(side) < side.jobs)

function sideCoverage (name: string, coverage: RecordCoverage): string {
  const sources = ([[coverage.performance_log, 'performance.log'], [coverage.perf_dump, 'perf dumps']] as const)
    .filter(([n]) => n > 0).map(([n, source]) => `${n} from ${source}`)
  const gaps = (Object.keys(gapWords) as Array<keyof typeof gapWords>).filter((gap) => coverage[gap] > 0).map((gap) => `${coverage[gap]} ${gapWords[gap]}`)
  const parts = [...sources, ...gaps]
  return `${name} ${recorded(coverage)} of ${coverage.jobs} job${coverage.jobs === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`
}

/**
 * The report's coverage line: how many of each side's jobs have a stage record and why the
 * others have none. Null when neither side knows (a report read from Prometheus) or has a job.
 */
export function coverageLine (report: Pick<ReportBody, 'coverage' | 'baseline' | 'candidate'>): string | null {
  const sides = (['candidate', 'baseline'] as const).flatMap((side) => {
    const coverage = report.coverage[side]
    return coverage && coverage.jobs > 0 ? [{ name: report[side].name, coverage }] : []
  })
  if (sides.length === 0) return null
  const rows = hasGap(report) ? ' The stage, step and memory rows count only the jobs with one; Total counts every job.' : ''
  return `Stage records: ${sides.map(({ name, coverage }) => sideCoverage(name, coverage)).join('; ')}.${rows}`
}

/** The coverage line when some job has no stage record: it says why the stage rows count fewer jobs than Total. */
function coverageSentence (report: ReportBody): string[] {
  return hasGap(report) ? [coverageLine(report)!] : []
}

/** The summary paragraph in the seed page's style, written from the numbers and their intervals. */
export function writeSummary (report: ReportBody, minSamples: number, workload?: WorkloadContext | null): string[] {
  const first = totalSentence(report, minSamples)
  const context = workloadSentences(report, workload)
  if (first.startsWith('Not enough samples')) return [first, ...context, ...coverageSentence(report), ...paritySentence(report)]
  return [
    first, ...context, ...stageSentences(report), ...memorySentences(report), ...costSentence(report), ...queueSentence(report),
    ...coverageSentence(report), ...paritySentence(report)
  ]
}
