import type { Crossover, Report, Scaling, SpeedupPoint, TimingRow, WorkloadEntry } from '../schemas/compare.ts'
import { dash, fixed, parallelLabel, percent, signed, times } from './format.ts'
import { coverageLine } from './verdict.ts'

/** What a comparison across workloads adds to one workload's report. */
export interface WorkloadView {
  workload_choice: 'requested' | 'most samples'
  workloads: WorkloadEntry[]
  scaling: Scaling
}

function interval (row: TimingRow): string {
  if (row.speedup_ci95) return `${row.speedup_ci95.low.toFixed(2)}–${row.speedup_ci95.high.toFixed(2)}x`
  return row.note ?? dash
}

function table (header: string[], align: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)]
}

function stageTable (report: Report): string[] {
  const { baseline, candidate } = report
  // The seed prints stages to 4 decimals and Total to 2.
  const line = (row: TimingRow, digits: number) => [
    row.name, fixed(row.candidate.mean_seconds, digits), fixed(row.baseline.mean_seconds, digits),
    times(row.speedup), interval(row), `${row.candidate.n}/${row.baseline.n}`
  ]
  return table(
    ['Stage / Metric', `${candidate.name} (s)`, `${baseline.name} baseline (s)`, 'Speedup', '95% CI', 'n'],
    ['---', '---:', '---:', '---:', '---', '---:'],
    [...report.stages.map((row) => line(row, 4)), line(report.total, 2)]
  )
}

const memoryLabels: Record<string, string> = {
  model_load_peak: 'Model Load Peak',
  peak_gpu_memory: 'Peak GPU Memory',
  peak_allocated: 'Peak Allocated',
  memory_overhead: 'Memory Overhead',
  overhead_ratio: 'Overhead Ratio'
}

function memoryTable (report: Report): string[] {
  const rows = report.memory.map((row) => row.unit === 'fraction'
    ? [memoryLabels[row.name] ?? row.name, percent(row.candidate), percent(row.baseline), row.delta === null ? dash : signed(row.delta * 100, 1, 'pp')]
    : [memoryLabels[row.name] ?? row.name, fixed(row.candidate, 2), fixed(row.baseline, 2), signed(row.delta, 2)])
  return table(['Memory Metric', `${report.candidate.name} (GiB)`, `${report.baseline.name} baseline (GiB)`, 'Delta'], ['---', '---:', '---:', '---:'], rows)
}

function costTable (report: Report): string[] {
  const { cost, candidate, baseline } = report
  return [
    ...table(['Cost', candidate.name, `${baseline.name} baseline`], ['---', '---:', '---:'], [
      ['GPUs', String(cost.candidate.num_gpus), String(cost.baseline.num_gpus)],
      ['GPU-seconds per video', fixed(cost.candidate.gpu_seconds_per_video, 2), fixed(cost.baseline.gpu_seconds_per_video, 2)],
      ['Videos per GPU-hour', fixed(cost.candidate.videos_per_gpu_hour, 1), fixed(cost.baseline.videos_per_gpu_hour, 1)]
    ]),
    '',
    `Parallel efficiency (speedup / GPU ratio): ${percent(cost.parallel_efficiency)}`
  ]
}

function stepTable (report: Report): string[] {
  const { baseline, candidate } = report.denoise_steps
  const slowest = (side: typeof baseline) => side.slowest_step ? `#${side.slowest_step.index} (${side.slowest_step.mean_seconds.toFixed(4)} s)` : dash
  return table(['Denoising steps', report.candidate.name, `${report.baseline.name} baseline`], ['---', '---:', '---:'], [
    ['Steps measured', String(candidate.steps), String(baseline.steps)],
    ['Mean step (s)', fixed(candidate.mean_seconds, 4), fixed(baseline.mean_seconds, 4)],
    ['Coefficient of variation', percent(candidate.cv), percent(baseline.cv)],
    ['Slowest step (mean)', slowest(candidate), slowest(baseline)]
  ])
}

// Of the report's 21 Total quantiles (0%, 5%, ..., 100%): the ones a table has room for
const quantileColumns = [['min', 0], ['p10', 2], ['p50', 10], ['p90', 18], ['p95', 19], ['max', 20]] as const

/** The page's CDF and speedup-over-time charts as numbers: how the jobs spread, whether the speedup holds. Empty from Prometheus. */
function jobsTable (report: Report): string[] {
  const { total_distribution: distribution, speedup_over_time: windows, candidate, baseline } = report
  const rows = ([[candidate.name, distribution.candidate], [`${baseline.name} baseline`, distribution.baseline]] as const)
    .filter(([, quantiles]) => quantiles.length > 0)
    .map(([name, quantiles]) => [name, ...quantileColumns.map(([, index]) => fixed(quantiles[index] ?? null, 2))])
  if (rows.length === 0) return []
  const trend = windows.length === 0
    ? []
    : ['', `Total speedup over ${windows.length} successive window${windows.length === 1 ? '' : 's'} of each side's jobs, oldest first: ` +
        `${windows.map((w) => `${times(w.speedup)} (n ${w.n.candidate}/${w.n.baseline})`).join(', ')}.`]
  return [
    '## Jobs and time', '',
    ...table(['Total (s)', ...quantileColumns.map(([name]) => name)], ['---', ...quantileColumns.map(() => '---:')], rows),
    ...trend, ''
  ]
}

function parityTable (report: Report): string[] {
  const { parity } = report
  if (!parity) return []
  if (!parity.measured) return ['## Output parity', '', `Not measured${parity.reason ? `: ${parity.reason}` : ''}.`, '']
  return [
    '## Output parity', '',
    ...table(['Pair', 'SSIM', 'PSNR (dB)', `SSIM ≥ ${parity.threshold_ssim}`], ['---:', '---:', '---:', '---'], parity.pairs.map((pair) => [
      String(pair.index), fixed(pair.ssim, 4), pair.psnr === null ? (pair.ssim === 1 ? 'identical' : dash) : pair.psnr.toFixed(2),
      pair.error ? `not measured: ${pair.error}` : pair.ok ? 'yes' : '**no**'
    ])),
    ''
  ]
}

const tokenCount = (tokens: number | null) => tokens === null ? dash : Math.round(tokens).toLocaleString('en-US')
const ci = (point: SpeedupPoint) => point.ci95 ? `${point.ci95.low.toFixed(2)}–${point.ci95.high.toFixed(2)}x` : dash

/** Where the crossover lies, as a sentence: shared by the Markdown and the page. */
export function crossoverSentence (metric: string, crossover: Crossover): string {
  return `${metric}: ${crossover.note}.`
}

function workloadLine (report: Report, view: WorkloadView | undefined): string[] {
  if (report.workload === null) return []
  const entry = view?.workloads.find((w) => w.key === report.workload)
  const about = [entry?.name, entry?.tokens != null ? `${tokenCount(entry.tokens)} tokens` : null].filter(Boolean).join(', ')
  const why = view?.workload_choice === 'most samples' ? ', the one with the most samples on both sides' : ''
  return [`- Workload: **${report.workload}**${about ? ` (${about})` : ''}${why}`]
}

/** Every workload seen, its counts, and its speedups against its size, then the crossover. */
function byWorkload (report: Report, view: WorkloadView | undefined, link: ((key: string) => string) | undefined): string[] {
  if (!view || view.workloads.length === 0) return []
  const points = new Map(view.scaling.points.map((point) => [point.workload, point]))
  const rows = view.workloads.map((entry) => {
    const point = points.get(entry.key)
    const key = link ? `[${entry.key}](${link(entry.key)})` : entry.key
    return [
      entry.key === report.workload ? `**${key}**` : key, entry.name ?? dash, tokenCount(entry.tokens),
      `${entry.n.candidate}/${entry.n.baseline}`,
      ...(point ? [times(point.denoising.speedup), ci(point.denoising), times(point.total.speedup), ci(point.total)] : [dash, dash, dash, dash])
    ]
  })
  const { denoising, total } = view.scaling.crossover
  return [
    '## By workload', '',
    ...table(['Workload', 'Preset', 'Tokens', 'n', 'Denoising speedup', '95% CI', 'Total speedup', '95% CI'],
      ['---', '---', '---:', '---:', '---:', '---', '---:', '---'], rows), '',
    `Where ${report.candidate.name} pays (the size below which it is slower than ${report.baseline.name}, interpolated in log tokens):`, '',
    `- ${crossoverSentence('Denoising', denoising)}`,
    `- ${crossoverSentence('Total', total)}`, ''
  ]
}

export interface MarkdownOptions {
  title?: string
  /** What Total means for this report's source; the default is the gateway's view. */
  totalNote?: string
  /** Where a workload's own comparison is, to link each row of the workload table. */
  workloadLink?: (key: string) => string
}

/** The report as the seed page lays it out, ready to paste into a pull request. */
export function renderMarkdown (report: Report & Partial<WorkloadView>, { title, totalNote, workloadLink }: MarkdownOptions = {}): string {
  const view = report.workloads && report.scaling && report.workload_choice
    ? { workloads: report.workloads, scaling: report.scaling, workload_choice: report.workload_choice }
    : undefined
  const { baseline: b, candidate: c } = report
  const config = (side: typeof b) =>
    `${parallelLabel(side)} on ${side.num_gpus} GPU${side.num_gpus === 1 ? '' : 's'} (**${side.name}**)`
  const waits = `${fixed(report.queue_wait.candidate.mean_seconds, 2)} s / ${fixed(report.queue_wait.baseline.mean_seconds, 2)} s`
  const coverage = coverageLine(report)
  return [
    `# ${title ?? `${c.name} vs ${b.name} baseline`}`, '',
    `- Parallel config: ${config(c)}`,
    `- Baseline config: ${config(b)}`,
    ...workloadLine(report, view), '',
    '## Stage time breakdown', '', ...stageTable(report), '',
    totalNote ?? `Total is submit to completed as the gateway saw it; queue wait ${waits} on average is part of it.`, '',
    ...(coverage ? [coverage, ''] : []),
    '## Memory usage', '', ...memoryTable(report), '',
    '## Cost', '', ...costTable(report), '',
    '## Denoising steps', '', ...stepTable(report), '',
    ...jobsTable(report),
    ...parityTable(report),
    '## Summary', '', ...report.summary.map((sentence) => `- ${sentence}`), '',
    ...byWorkload(report, view, workloadLink)
  ].join('\n')
}
