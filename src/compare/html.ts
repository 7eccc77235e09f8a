import type { Comparison, Report, TimingRow } from '../schemas/compare.ts'
import type { RunView } from '../schemas/runs.ts'
import { memoryChart, progressBar, speedupChart, stageTimesChart } from './charts.ts'
import { html, raw, type SafeHtml } from './markup.ts'
import { dash, duration, fixed, percent, signed, times } from './format.ts'

// The compare page, server-rendered: the seed page's tables, charts and summary, readable with
// scripts off (it has none), every value escaped by the `html` tag.

type Side = 'baseline' | 'candidate'

export const stylesheetPath = '/compare/style.css'
const refreshSeconds = 2

interface PageOptions { title: string, refresh?: boolean, body: SafeHtml }

function page ({ title, refresh = false, body }: PageOptions): string {
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
<header class="masthead"><div class="wrap"><a class="brand" href="/compare">Ringside</a><span class="tagline">parallel configurations, compared</span></div></header>
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
  return html`<div><dt>${sideName(report, side)}</dt><dd>sp=${c.sp_degree}, ulysses=${c.ulysses_degree}, ring=${c.ring_degree} on ${c.num_gpus} GPU${c.num_gpus === 1 ? '' : 's'}</dd></div>`
}

const significance = (row: TimingRow) => row.significant !== true ? 'unclear' : row.speedup! > 1 ? 'faster' : 'slower'

function interval (row: TimingRow): string {
  if (row.speedup_ci95) return `${row.speedup_ci95.low.toFixed(2)}–${row.speedup_ci95.high.toFixed(2)}x`
  // The report's note is a sentence; a table cell wants its gist ("n < 3"), the title keeps the rest.
  return row.note?.match(/\((n < \d+)\)/)?.[1] ?? row.note ?? dash
}

function figure (label: string, value: string, detail: string, tone = ''): SafeHtml {
  return html`<div class="figure ${tone}"><div class="figure-label">${label}</div><div class="figure-value">${value}</div><div class="figure-detail">${detail}</div></div>`
}

/** The few numbers people look for first. */
function keyFigures (report: Report): SafeHtml {
  const { total, cost, parity } = report
  const reserved = report.memory.find((row) => row.name === 'peak_gpu_memory')
  return html`<section class="figures" aria-label="Key figures">
    ${figure('End-to-end speedup', times(total.speedup), total.speedup_ci95 ? `95% CI ${interval(total)}` : total.note ?? '', significance(total))}
    ${figure('Mean Total', `${fixed(total.candidate.mean_seconds, 2)} s`, `against ${fixed(total.baseline.mean_seconds, 2)} s · n ${total.candidate.n}/${total.baseline.n}`)}
    ${figure('Peak GPU memory', reserved?.delta == null ? dash : `${signed(reserved.delta, 2)} GB`, `${fixed(reserved?.candidate ?? null, 2)} against ${fixed(reserved?.baseline ?? null, 2)} GB`)}
    ${figure('Parallel efficiency', percent(cost.parallel_efficiency), `${cost.candidate.num_gpus} GPUs against ${cost.baseline.num_gpus}`)}
    ${parity?.measured ? figure('Output parity', parity.flagged > 0 ? `${parity.flagged} differ` : 'match', `lowest SSIM ${fixed(parity.min_ssim, 4)}`, parity.flagged > 0 ? 'slower' : 'faster') : ''}
  </section>`
}

function stageRow (row: TimingRow, digits: number, total = false): SafeHtml {
  return html`<tr data-row="${row.name}"${total ? raw(' class="total"') : ''}>
    <th scope="row">${row.name}</th>
    <td class="num" data-col="candidate" title="sd ${fixed(row.candidate.sd_seconds, 4)} s, p95 ${fixed(row.candidate.p95_seconds, 4)} s">${fixed(row.candidate.mean_seconds, digits)}</td>
    <td class="num" data-col="baseline" title="sd ${fixed(row.baseline.sd_seconds, 4)} s, p95 ${fixed(row.baseline.p95_seconds, 4)} s">${fixed(row.baseline.mean_seconds, digits)}</td>
    <td class="num speedup ${significance(row)}" data-col="speedup"${row.significant === false ? raw(' title="the interval includes 1.00x"') : ''}>${times(row.speedup)}</td>
    <td class="num muted" data-col="ci95"${row.note ? html` title="${row.note}"` : ''}>${interval(row)}</td>
    <td class="num muted" data-col="n">${row.candidate.n}/${row.baseline.n}</td>
  </tr>`
}

function stageSection (report: Report): SafeHtml {
  const { queue_wait: wait } = report
  return html`<section class="card" id="stages">
    <h2>Stage time breakdown</h2>
    <table>
      <thead><tr><th scope="col">Stage / Metric</th><th scope="col" class="num">${report.candidate.name} (s)</th><th scope="col" class="num">${report.baseline.name} baseline (s)</th><th scope="col" class="num">Speedup</th><th scope="col" class="num">95% CI</th><th scope="col" class="num">n</th></tr></thead>
      <tbody>${report.stages.map((row) => stageRow(row, 4))}${stageRow(report.total, 2, true)}</tbody>
    </table>
    <p class="note">Total is submit to completed as the gateway saw it; queue wait ${fixed(wait.candidate.mean_seconds, 2)} s / ${fixed(wait.baseline.mean_seconds, 2)} s on average is part of it. Speedup is baseline mean / ${report.candidate.name} mean; grey speedups have an interval that includes 1.00x.</p>
    <figure>${stageTimesChart(report)}<figcaption>Mean time per stage. Denoising dwarfs the small stages, so each stage is drawn to its own scale: compare the two bars of a row; the share of the baseline's Total says how much the stage matters.</figcaption></figure>
    <figure>${speedupChart(report)}<figcaption>Speedup per stage on a log scale around 1.00x (right of the line: ${report.candidate.name} is faster). Whiskers: 95% interval. Grey: not significant or not enough samples.</figcaption></figure>
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
    return html`<tr data-row="${row.name}"><th scope="row">${memoryLabels[row.name] ?? row.name}</th>${cells.map((cell, i) => html`<td class="num" data-col="${['candidate', 'baseline', 'delta'][i]}">${cell}</td>`)}</tr>`
  })
  return html`<section class="card" id="memory">
    <h2>Memory usage</h2>
    <table>
      <thead><tr><th scope="col">Memory Metric</th><th scope="col" class="num">${report.candidate.name} (GB)</th><th scope="col" class="num">${report.baseline.name} baseline (GB)</th><th scope="col" class="num">Delta</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
    <p class="note">GB are GiB of the output rank's GPU; overhead is reserved minus allocated. Model Load Peak is the backend's while
      loading its model (the worst GPU, whether the model fits at all); the rest are each request's own,
      means over ${perRequest?.n.candidate ?? 0}/${perRequest?.n.baseline ?? 0} jobs.</p>
    <figure>${memoryChart(report)}<figcaption>Peak memory per side: the solid part is allocated, the light rest of each bar is overhead the allocator reserved.</figcaption></figure>
  </section>`
}

function sideTable (report: Report, head: string, rows: Array<[string, string, string, string]>): SafeHtml {
  return html`<table>
    <thead><tr><th scope="col">${head}</th><th scope="col" class="num">${report.candidate.name}</th><th scope="col" class="num">${report.baseline.name} baseline</th></tr></thead>
    <tbody>${rows.map(([key, label, c, b]) => html`<tr data-row="${key}"><th scope="row">${label}</th><td class="num" data-col="candidate">${c}</td><td class="num" data-col="baseline">${b}</td></tr>`)}</tbody>
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

function summarySection (report: Report): SafeHtml {
  return html`<section class="card summary" id="summary"><h2>Summary</h2><p>${report.verdict}</p></section>`
}

/** Everything a report has, as the seed page lays it out plus what it lacks. */
function reportSections (report: Report): SafeHtml {
  return html`${keyFigures(report)}${summarySection(report)}${stageSection(report)}${memorySection(report)}${costAndSteps(report)}`
}

function heading (names: { baseline: string, candidate: string }, lede: SafeHtml, report: Report | null): SafeHtml {
  return html`<h1>${names.candidate} <span class="vs">vs</span> ${names.baseline} <span class="vs">baseline</span></h1>
    <p class="lede">${lede}</p>
    ${report ? html`<dl class="configs">${config(report, 'candidate')}${config(report, 'baseline')}</dl>` : ''}`
}

/** The live comparison of this gateway's completed jobs. */
export function renderComparePage (report: Comparison): string {
  const jobs = `${report.total.candidate.n}/${report.total.baseline.n}`
  return page({
    title: `${report.candidate.name} vs ${report.baseline.name} baseline · Ringside`,
    body: html`${heading({ baseline: report.baseline.name, candidate: report.candidate.name }, html`Live comparison of the jobs this gateway completed since it started (${jobs}), generated ${report.generated_at.replace('T', ' ').slice(0, 19)} UTC. As <a href="/v1/compare?baseline=${report.baseline.name}&amp;candidate=${report.candidate.name}">JSON</a> or <a href="/v1/compare.md?baseline=${report.baseline.name}&amp;candidate=${report.candidate.name}">Markdown</a>.`, report)}
    ${reportSections(report)}`
  })
}

type Pair = RunView['pairs'][number]

function runStatus (run: RunView): SafeHtml {
  const { progress: p } = run
  const template = run.spec.template
  return html`<section class="card run-status" id="status">
    <div class="status-line">
      <span class="badge ${run.status}" data-field="status">${run.status}</span>
      <strong data-field="progress">${p.pairs_done} of ${p.pairs_total} pairs</strong>
      ${p.warmup_total > 0 ? html`<span>warmup ${p.warmup_done} of ${p.warmup_total}</span>` : ''}
      <span>elapsed ${duration(p.elapsed_seconds)}</span>
      ${run.status === 'running' ? html`<span data-field="eta">ETA ${p.eta_seconds === null ? 'after the first pair' : duration(p.eta_seconds)}</span>` : ''}
    </div>
    ${progressBar(p.pairs_done, p.pairs_total)}
    ${run.error ? html`<p class="error" role="alert" data-field="error"><strong>Failed:</strong> ${run.error}. The pairs measured before are kept.</p>` : ''}
    ${run.status === 'running' ? html`<p class="note">This page refreshes every ${refreshSeconds} s until the run ends.</p>` : ''}
    <p class="note">Prompt “${String(template.prompt ?? '')}”${typeof template.seed === 'number' ? `, first seed ${template.seed}` : ''}; concurrency ${run.spec.concurrency}; output parity ${run.spec.parity ? 'checked' : 'off'}. Started ${run.created_at.replace('T', ' ').slice(0, 19)} UTC. As <a href="${run.links.self}">JSON</a> or <a href="${run.links.markdown}">Markdown</a>.</p>
  </section>`
}

function sideCell (side: Pair['baseline']): SafeHtml {
  const detail = side.status === 'completed' && side.duration_seconds !== null ? `${fixed(side.duration_seconds, 2)} s` : side.status
  return html`<td class="num${side.status === 'failed' ? ' bad' : ''}"${side.error ? html` title="${side.error}"` : ''}>${detail}</td>`
}

function parityCell (pair: Pair): SafeHtml {
  const parity = pair.parity
  if (!parity) return html`<td>${dash}</td>`
  if (parity.error) return html`<td class="muted">not measured: ${parity.error}</td>`
  return parity.ok ? html`<td class="good">match</td>` : html`<td class="bad"><strong>differs</strong></td>`
}

function frameCard (run: RunView, pair: Pair): SafeHtml {
  const flagged = pair.parity?.ok === false
  const psnr = pair.parity?.psnr == null ? (pair.parity?.ssim === 1 ? 'identical' : dash) : `${pair.parity.psnr.toFixed(2)} dB`
  const frame = (side: Side, name: string) => html`<figure><img src="${pair.frames![side]}" alt="Middle frame of pair ${pair.index} from ${name}" data-side="${side}"><figcaption>${name}</figcaption></figure>`
  return html`<article class="pair${flagged ? ' flagged' : ''}" data-pair="${pair.index}">
    <header><h3>Pair ${pair.index}</h3><span class="badge ${flagged ? 'failed' : 'completed'}" data-field="ssim">SSIM ${fixed(pair.parity?.ssim ?? null, 4)}</span><span class="muted">PSNR ${psnr} · seed ${pair.seed}</span></header>
    ${flagged ? html`<p class="error">Below the SSIM threshold: the outputs differ.</p>` : ''}
    <div class="frame-pair">${frame('candidate', run.candidate)}${frame('baseline', `${run.baseline} baseline`)}</div>
  </article>`
}

const maxFrameCards = 24

function pairsSection (run: RunView): SafeHtml {
  const parity = run.report?.parity
  // Flagged pairs first: they are the ones to look at.
  const shown = run.pairs.filter((pair) => pair.frames).sort((a, b) => Number(a.parity?.ok !== false) - Number(b.parity?.ok !== false) || a.index - b.index)
  return html`<section class="card" id="pairs"><h2>Pairs and output parity</h2>
    <p class="note">${!run.spec.parity
      ? 'Output parity is off for this run.'
      : parity && !parity.measured
        ? `Output parity was not measured${parity.reason ? `: ${parity.reason}` : ''}.`
        : `Each pair ran the same request with the same seed on both sides; their videos are compared with ffmpeg (SSIM, PSNR) and a pair below SSIM ${parity?.threshold_ssim ?? 0.98} is flagged.`}</p>
    <table>
      <thead><tr><th scope="col" class="num">Pair</th><th scope="col" class="num">Seed</th><th scope="col" class="num">${run.candidate}</th><th scope="col" class="num">${run.baseline} baseline</th><th scope="col" class="num">SSIM</th><th scope="col">Parity</th></tr></thead>
      <tbody>${run.pairs.map((pair) => html`<tr data-row="${pair.index}"${pair.parity?.ok === false ? raw(' class="flagged"') : ''}><td class="num">${pair.index}</td><td class="num">${pair.seed}</td>${sideCell(pair.candidate)}${sideCell(pair.baseline)}<td class="num" data-col="ssim">${fixed(pair.parity?.ssim ?? null, 4)}</td>${parityCell(pair)}</tr>`)}</tbody>
    </table>
    ${shown.length > 0 ? html`<div class="frames">${shown.slice(0, maxFrameCards).map((pair) => frameCard(run, pair))}</div>` : ''}
    ${shown.length > maxFrameCards ? html`<p class="note">Frames of ${maxFrameCards} of ${shown.length} pairs shown, flagged ones first.</p>` : ''}
  </section>`
}

/** A paired run: progress while it goes (the page refreshes itself), then its report and frames. */
export function renderRunPage (run: RunView): string {
  const names = { baseline: run.baseline, candidate: run.candidate }
  const lede = html`Paired run <code>${run.id}</code>: ${run.spec.pairs} pair${run.spec.pairs === 1 ? '' : 's'} of the same request on both sides${run.spec.warmup > 0 ? `, after ${run.spec.warmup} warmup` : ''}.`
  return page({
    title: `Run ${run.id} (${run.status}) · Ringside`,
    refresh: run.status === 'running',
    body: html`${heading(names, lede, run.report)}${runStatus(run)}${run.report ? reportSections(run.report) : html`<section class="card"><p>No pair measured yet.</p></section>`}${pairsSection(run)}`
  })
}

/** A page for a 4xx or 5xx: same look, the message that names the field or the run. */
export function renderErrorPage (statusCode: number, error: string, message: string): string {
  return page({
    title: `${statusCode} ${error} · Ringside`,
    body: html`<section class="card error-page"><h1>${statusCode} · ${error}</h1><p>${message}</p><p><a href="/compare">Back to the live comparison</a></p></section>`
  })
}
