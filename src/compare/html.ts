import type { Comparison, Report, TimingRow } from '../schemas/compare.ts'
import { memoryChart, speedupChart, stageTimesChart } from './charts.ts'
import { speedupOverTimeChart, stepTimesChart, totalCdfChart } from './charts-time.ts'
import { liveHint, sideHint } from './hints.ts'
import { columnHead, html, numberHead, prose, raw, tableHead, type SafeHtml } from './markup.ts'
import { dash, fixed, parallelLabel, percent, signed, times } from './format.ts'
import { liveCard, workloadHref, workloadSection } from './scaling-page.ts'
import { coverageLine } from './verdict.ts'

// The compare page, server-rendered: the seed page's tables, charts and summary, readable with
// scripts off (it has none), every value escaped by the `html` tag.

export type Side = 'baseline' | 'candidate'

export const stylesheetPath = '/compare/style.css'
export const refreshSeconds = 2

interface PageOptions { title: string, refresh?: boolean, body: SafeHtml }

const tagline = html`<span class="tagline">parallel configurations, compared</span>`
const masthead = html`<header class="masthead"><div class="wrap"><a class="brand" href="/compare">Ringside</a>${tagline}</div></header>`

export function page ({ title, refresh = false, body }: PageOptions): string {
  return html`${raw('<!doctype html>')}
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? html`<meta http-equiv="refresh" content="${refreshSeconds}">` : ''}
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheetPath}">
</head>
<body>
${masthead}
<main class="wrap">
${body}
</main>
<footer class="wrap">Ringside gateway · <a href="/docs">API</a></footer>
</body>
</html>
`.value
}

const sideName = (report: Report, side: Side) => side === 'baseline' ? `${report.baseline.name} baseline` : report.candidate.name

function config (report: Report, side: Side): SafeHtml {
  const c = report[side]
  const gpus = `${c.num_gpus} GPU${c.num_gpus === 1 ? '' : 's'}`
  return html`<div><dt>${sideName(report, side)}</dt><dd>${parallelLabel(c)} on ${gpus}</dd></div>`
}

const significance = (row: TimingRow) => row.significant !== true ? 'unclear' : row.speedup! > 1 ? 'faster' : 'slower'

function interval (row: TimingRow): string {
  if (row.speedup_ci95) return `${row.speedup_ci95.low.toFixed(2)}–${row.speedup_ci95.high.toFixed(2)}x`
  // The report's note is a sentence; a table cell wants its gist ("n < 3"), the title keeps the rest.
  return row.note?.match(/\((n < \d+)\)/)?.[1] ?? row.note ?? dash
}

function figure (label: string, value: string, detail: string, tone = ''): SafeHtml {
  const part = (name: string, text: string) => html`<div class="figure-${name}">${text}</div>`
  return html`<div class="figure ${tone}">${part('label', label)}${part('value', value)}${part('detail', detail)}</div>`
}

function parityFigure ({ flagged, min_ssim: lowest }: NonNullable<Report['parity']>): SafeHtml {
  return figure('Output parity', flagged > 0 ? `${flagged} differ` : 'match', `lowest SSIM ${fixed(lowest, 4)}`, flagged > 0 ? 'slower' : 'faster')
}

/** The few numbers people look for first. */
function keyFigures (report: Report): SafeHtml {
  const { total, cost, parity } = report
  const reserved = report.memory.find((row) => row.name === 'peak_gpu_memory')
  return html`<section class="figures" aria-label="Key figures">
    ${figure('End-to-end speedup', times(total.speedup), total.speedup_ci95 ? `95% CI ${interval(total)}` : total.note ?? '', significance(total))}
    ${figure('Mean Total', `${fixed(total.candidate.mean_seconds, 2)} s`,
      `against ${fixed(total.baseline.mean_seconds, 2)} s · n ${total.candidate.n}/${total.baseline.n}`)}
    ${figure('Peak GPU memory', `${fixed(reserved?.candidate ?? null, 2)} / ${fixed(reserved?.baseline ?? null, 2)} GiB`,
      `${report.candidate.name} / ${report.baseline.name} · delta ${reserved?.delta == null ? dash : `${signed(reserved.delta, 2)} GiB`}`)}
    ${figure('Parallel efficiency', percent(cost.parallel_efficiency), `${cost.candidate.num_gpus} GPUs against ${cost.baseline.num_gpus}`)}
    ${parity?.measured ? parityFigure(parity) : ''}
  </section>`
}

function meanCell (side: Side, timing: TimingRow[Side], digits: number): SafeHtml {
  const spread = `sd ${fixed(timing.sd_seconds, 4)} s, p95 ${fixed(timing.p95_seconds, 4)} s`
  return html`<td class="num" data-col="${side}" title="${spread}">${fixed(timing.mean_seconds, digits)}</td>`
}

function stageRow (row: TimingRow, digits: number, total = false): SafeHtml {
  const unsupported = row.significant === false ? raw(' title="the interval includes 1.00x"') : ''
  return html`<tr data-row="${row.name}"${total ? raw(' class="total"') : ''}>
    <th scope="row">${row.name}</th>
    ${meanCell('candidate', row.candidate, digits)}
    ${meanCell('baseline', row.baseline, digits)}
    <td class="num speedup ${significance(row)}" data-col="speedup"${unsupported}>${times(row.speedup)}</td>
    <td class="num muted" data-col="ci95"${row.note ? html` title="${row.note}"` : ''}>${interval(row)}</td>
    <td class="num muted" data-col="n">${row.candidate.n}/${row.baseline.n}</td>
  </tr>`
}

const numberCell = (column: string, value: string) => html`<td class="num" data-col="${column}">${value}</td>`
const memoryColumns = ['candidate', 'baseline', 'delta']
const chartFigure = (chart: SafeHtml, caption: SafeHtml) => html`<figure>${chart}<figcaption>${caption}</figcaption></figure>`

function stageSection (report: Report): SafeHtml {
  const { queue_wait: wait, candidate, baseline } = report
  const waits = `${fixed(wait.candidate.mean_seconds, 2)} s / ${fixed(wait.baseline.mean_seconds, 2)} s`
  return html`<section class="card" id="stages">
    <h2>Stage time breakdown</h2>
    <table>
      ${tableHead([columnHead('Stage / Metric'), ...[`${candidate.name} (s)`, `${baseline.name} baseline (s)`, 'Speedup', '95% CI', 'n'].map(numberHead)])}
      <tbody>${report.stages.map((row) => stageRow(row, 4))}${stageRow(report.total, 2, true)}</tbody>
    </table>
    <p class="note">${prose(
      html`Total is submit to completed as the gateway saw it; queue wait ${waits} on average is part of it.`,
      html`Speedup is baseline mean / ${candidate.name} mean; grey speedups have an interval that includes 1.00x.`,
      html`${coverageLine(report) ?? ''}`)}</p>
    ${chartFigure(stageTimesChart(report), prose(
      html`Mean time per stage, every row on one log axis (each grid line ten times the last), so microsecond stages and Denoising are both readable;`,
      html`the share of the baseline's Total says how much the stage matters.`))}
    ${chartFigure(speedupChart(report), prose(
      html`Speedup per stage on a log scale around 1.00x (right of the line: ${candidate.name} is faster).`,
      html`Whiskers: 95% interval. Grey: not significant or not enough samples.`))}
  </section>`
}

const memoryLabels: Record<string, string> = {
  model_load_peak: 'Model Load Peak',
  peak_gpu_memory: 'Peak GPU Memory',
  peak_allocated: 'Peak Allocated',
  memory_overhead: 'Memory Overhead',
  overhead_ratio: 'Overhead Ratio'
}

function memorySection (report: Report): SafeHtml {
  const perRequest = report.memory.find((row) => row.name === 'peak_gpu_memory')
  const rows = report.memory.map((row) => {
    const cells = row.unit === 'fraction'
      ? [percent(row.candidate), percent(row.baseline), row.delta === null ? dash : signed(row.delta * 100, 1, 'pp')]
      : [fixed(row.candidate, 2), fixed(row.baseline, 2), signed(row.delta, 2)]
    const label = memoryLabels[row.name] ?? row.name
    return html`<tr data-row="${row.name}"><th scope="row">${label}</th>${cells.map((cell, i) => numberCell(memoryColumns[i]!, cell))}</tr>`
  })
  const jobs = perRequest?.n
  return html`<section class="card" id="memory">
    <h2>Memory usage</h2>
    <table>
      ${tableHead([columnHead('Memory Metric'), ...[`${report.candidate.name} (GiB)`, `${report.baseline.name} baseline (GiB)`, 'Delta'].map(numberHead)])}
      <tbody>${rows}</tbody>
    </table>
    <p class="note">${prose(
      html`GiB (2^30 bytes, which the seed page writes GB) of the output rank's GPU; overhead is reserved minus allocated.`,
      html`Model Load Peak is the backend's while loading its model (the worst GPU: whether the model fits at all); the rest are each request's own.`,
      html`Means over ${jobs?.candidate ?? 0}/${jobs?.baseline ?? 0} jobs.`)}</p>
    ${chartFigure(memoryChart(report),
      html`Peak memory per side: the solid part is allocated, the light rest of each bar is overhead the allocator reserved.`)}
  </section>`
}

function sideTable (report: Report, head: string, rows: Array<[string, string, string, string]>): SafeHtml {
  const row = ([key, label, c, b]: typeof rows[number]) =>
    html`<tr data-row="${key}"><th scope="row">${label}</th>${numberCell('candidate', c)}${numberCell('baseline', b)}</tr>`
  return html`<table>
    ${tableHead([columnHead(head), numberHead(report.candidate.name), numberHead(`${report.baseline.name} baseline`)])}
    <tbody>${rows.map(row)}</tbody>
  </table>`
}

function costAndSteps (report: Report): SafeHtml {
  const { cost } = report
  const { candidate: sc, baseline: sb } = report.denoise_steps
  const slowest = (side: typeof sb) => side.slowest_step ? `#${side.slowest_step.index} (${side.slowest_step.mean_seconds.toFixed(4)} s)` : dash
  return html`<div class="columns">
    <section class="card" id="cost"><h2>Cost</h2>
      ${sideTable(report, 'Cost', [
        ['gpus', 'GPUs', String(cost.candidate.num_gpus), String(cost.baseline.num_gpus)],
        ['gpu_seconds_per_video', 'GPU-seconds per video', fixed(cost.candidate.gpu_seconds_per_video, 2), fixed(cost.baseline.gpu_seconds_per_video, 2)],
        ['videos_per_gpu_hour', 'Videos per GPU-hour', fixed(cost.candidate.videos_per_gpu_hour, 1), fixed(cost.baseline.videos_per_gpu_hour, 1)]
      ])}
      <p class="note">Parallel efficiency (speedup / GPU ratio): <strong data-field="parallel_efficiency">${percent(cost.parallel_efficiency)}</strong></p>
    </section>
    <section class="card" id="steps"><h2>Denoising steps</h2>
      ${sideTable(report, 'Denoising steps', [
        ['steps', 'Steps measured', String(sc.steps), String(sb.steps)],
        ['mean_seconds', 'Mean step (s)', fixed(sc.mean_seconds, 4), fixed(sb.mean_seconds, 4)],
        ['cv', 'Coefficient of variation', percent(sc.cv), percent(sb.cv)],
        ['slowest_step', 'Slowest step (mean)', slowest(sc), slowest(sb)]
      ])}
      <p class="note">Ring communication stalls show as step jitter: a high coefficient of variation.</p>
    </section>
  </div>`
}

/** What the tables cannot show: where in the loop the steps go, how the jobs spread, whether the speedup holds. */
function shapeSection (report: Report): SafeHtml {
  const windows = report.speedup_over_time.length
  return html`<section class="card" id="shape"><h2>Steps, jobs and time</h2>
    ${chartFigure(stepTimesChart(report), prose(
      html`Mean time of each denoising step by its index, over the jobs that ran it.`,
      html`A ring stall shows as a spike; a flat line at a lower level is the speedup of the loop.`))}
    ${chartFigure(totalCdfChart(report), prose(
      html`Share of jobs finished within each Total, from 21 quantiles per side: further left is faster, steeper is steadier.`))}
    ${chartFigure(speedupOverTimeChart(report), prose(
      html`Total speedup over ${windows} successive window${windows === 1 ? '' : 's'} of each side's jobs, oldest first (at most 10);`,
      html`above the dashed line ${report.candidate.name} is faster.`))}
  </section>`
}

function summarySection (report: Report): SafeHtml {
  return html`<section class="card summary" id="summary"><h2>Summary</h2><p>${report.verdict}</p></section>`
}

/** Everything a report has, as the seed page lays it out plus what it lacks. */
export function reportSections (report: Report): SafeHtml {
  return html`${keyFigures(report)}${summarySection(report)}${stageSection(report)}${memorySection(report)}${costAndSteps(report)}${shapeSection(report)}`
}

export function heading (names: { baseline: string, candidate: string }, lede: SafeHtml, report: Report | null): SafeHtml {
  return html`<h1>${names.candidate} <span class="vs">vs</span> ${names.baseline} <span class="vs">baseline</span></h1>
    <p class="lede">${lede}</p>
    ${report ? html`<dl class="configs">${config(report, 'candidate')}${config(report, 'baseline')}</dl>` : ''}`
}

/** An ISO timestamp as the pages print it, to the second. */
export const timestamp = (iso: string) => iso.replace('T', ' ').slice(0, 19)

function liveLede (report: Comparison): SafeHtml {
  const jobs = `${report.total.candidate.n}/${report.total.baseline.n}`
  const key = report.workload ?? 'other'
  // With nothing seen there are no others to link to
  const chosen = report.workload_choice === 'most samples' && report.workloads.length > 0
  const why = chosen ? html`, the one with the most samples on both sides (<a href="#workloads">others</a>)` : ''
  return prose(
    html`Live comparison of workload <strong data-field="workload">${key}</strong>${why}:`,
    html`the jobs of it this gateway completed since it started (${jobs}), generated ${timestamp(report.generated_at)} UTC.`,
    html`As <a href="${workloadHref(report, key, '/v1/compare')}">JSON</a> or <a href="${workloadHref(report, key, '/v1/compare.md')}">Markdown</a>.`)
}

/**
 * The live comparison of this gateway's completed jobs; with none on either side, the summary and
 * the commands that give it some. `origin` is the gateway as the browser reached it, for them;
 * `extra` goes last (the capacity plan's section).
 */
export function renderComparePage (report: Comparison, origin: string, extra?: SafeHtml): string {
  const names = { baseline: report.baseline.name, candidate: report.candidate.name }
  const { baseline, candidate } = report.total
  const empty = baseline.n === 0 && candidate.n === 0 && report.workloads.length === 0
  // One side without jobs: the report stands, the hint says how to fill the other
  const lacking = empty ? null : baseline.n === 0 ? names.baseline : candidate.n === 0 ? names.candidate : null
  const full = html`${lacking ? sideHint(origin, lacking) : ''}${reportSections(report)}${workloadSection(liveCard(report))}`
  return page({
    title: `${report.candidate.name} vs ${report.baseline.name} baseline · Ringside`,
    body: html`${heading(names, liveLede(report), report)}
    ${empty ? html`${summarySection(report)}${liveHint(origin, names)}` : full}
    ${extra}`
  })
}

const backToLive = html`<p><a href="/compare">Back to the live comparison</a></p>`

/** A page for a 4xx or 5xx: same look, the message that names the field or the run. */
export function renderErrorPage (statusCode: number, error: string, message: string): string {
  return page({
    title: `${statusCode} ${error} · Ringside`,
    body: html`<section class="card error-page"><h1>${statusCode} · ${error}</h1><p>${message}</p>${backToLive}</section>`
  })
}
