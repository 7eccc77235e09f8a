import type { RunView } from '../schemas/runs.ts'
import { progressBar } from './charts.ts'
import { dash, duration, fixed } from './format.ts'
import { heading, page, refreshSeconds, reportSections, timestamp, type Side } from './html.ts'
import { columnHead, html, numberHead, prose, raw, tableHead, type SafeHtml } from './markup.ts'
import { workloadSection } from './scaling-page.ts'
import { UnknownWorkloadError } from '../errors.ts'
import { isUnderWay } from './runs.ts'

// A paired run's page, apart from the compare page it shares its layout and report sections with:
// its progress, the pairs, and their frames side by side.

type Pair = RunView['pairs'][number]

function runSpecNote (run: RunView): SafeHtml {
  const { template, concurrency, parity } = run.spec
  const seed = typeof template.seed === 'number' ? `, first seed ${template.seed}` : ''
  return prose(
    html`Prompt “${String(template.prompt ?? '')}”${seed}; concurrency ${concurrency}; output parity ${parity ? 'checked' : 'off'}.`,
    html`Started ${timestamp(run.created_at)} UTC. As <a href="${run.links.self}">JSON</a> or <a href="${run.links.markdown}">Markdown</a>.`)
}

function runStatus (run: RunView): SafeHtml {
  const { progress: p } = run
  return html`<section class="card run-status" id="status">
    <div class="status-line">
      <span class="badge ${run.status}" data-field="status">${run.status}</span>
      <strong data-field="progress">${p.pairs_done} of ${p.pairs_total} pairs</strong>
      ${p.warmup_total > 0 ? html`<span>warmup ${p.warmup_done} of ${p.warmup_total}</span>` : ''}
      <span>elapsed ${duration(p.elapsed_seconds)}</span>
      ${isUnderWay(run.status) ? html`<span data-field="eta">ETA ${p.eta_seconds === null ? 'after the first pair' : duration(p.eta_seconds)}</span>` : ''}
    </div>
    ${progressBar(p.pairs_done, p.pairs_total)}
    ${run.error ? html`<p class="error" role="alert" data-field="error"><strong>Failed:</strong> ${run.error}. The pairs measured before are kept.</p>` : ''}
    ${isUnderWay(run.status) ? html`<p class="note">This page refreshes every ${refreshSeconds} s until the run ends.</p>` : ''}
    <p class="note">${runSpecNote(run)}</p>
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
  const image = (side: Side, name: string) => html`<img src="${pair.frames![side]}" alt="Middle frame of pair ${pair.index} from ${name}" data-side="${side}">`
  const frame = (side: Side, name: string) => html`<figure>${image(side, name)}<figcaption>${name}</figcaption></figure>`
  const ssim = html`<span class="badge ${flagged ? 'failed' : 'completed'}" data-field="ssim">SSIM ${fixed(pair.parity?.ssim ?? null, 4)}</span>`
  return html`<article class="pair${flagged ? ' flagged' : ''}" data-pair="${pair.index}">
    <header><h3>Pair ${pair.index}</h3>${ssim}<span class="muted">PSNR ${psnr} · seed ${pair.seed}</span></header>
    ${flagged ? html`<p class="error">Below the SSIM threshold: the outputs differ.</p>` : ''}
    <div class="frame-pair">${frame('candidate', run.candidate)}${frame('baseline', `${run.baseline} baseline`)}</div>
  </article>`
}

const maxFrameCards = 24

function pairRow (pair: Pair, sweep: boolean): SafeHtml {
  const flagged = pair.parity?.ok === false ? raw(' class="flagged"') : ''
  const workload = sweep ? html`<td data-col="workload">${pair.workload ?? dash}</td>` : ''
  const numbers = html`<td class="num">${pair.index}</td>${workload}<td class="num">${pair.seed}</td>`
  const ssim = html`<td class="num" data-col="ssim">${fixed(pair.parity?.ssim ?? null, 4)}</td>`
  return html`<tr data-row="${pair.index}"${flagged}>${numbers}${sideCell(pair.candidate)}${sideCell(pair.baseline)}${ssim}${parityCell(pair)}</tr>`
}

function parityNote (run: RunView): string {
  const parity = run.report?.parity
  if (!run.spec.parity) return 'Output parity is off for this run.'
  if (parity && !parity.measured) return `Output parity was not measured${parity.reason ? `: ${parity.reason}` : ''}.`
  return 'Each pair ran the same request with the same seed on both sides; their videos are compared with ffmpeg (SSIM, PSNR) ' +
    `and a pair below SSIM ${parity?.threshold_ssim ?? 0.98} is flagged.`
}

function pairsSection (run: RunView): SafeHtml {
  // Flagged pairs first: they are the ones to look at.
  const shown = run.pairs.filter((pair) => pair.frames).sort((a, b) => Number(a.parity?.ok !== false) - Number(b.parity?.ok !== false) || a.index - b.index)
  const sweep = run.spec.workloads.length > 0
  return html`<section class="card" id="pairs"><h2>Pairs and output parity</h2>
    <p class="note">${parityNote(run)}</p>
    <table>
      ${tableHead([numberHead('Pair'), ...(sweep ? [columnHead('Workload')] : []),
        ...['Seed', run.candidate, `${run.baseline} baseline`, 'SSIM'].map(numberHead), columnHead('Parity')])}
      <tbody>${run.pairs.map((pair) => pairRow(pair, sweep))}</tbody>
    </table>
    ${shown.length > 0 ? html`<div class="frames">${shown.slice(0, maxFrameCards).map((pair) => frameCard(run, pair))}</div>` : ''}
    ${shown.length > maxFrameCards ? html`<p class="note">Frames of ${maxFrameCards} of ${shown.length} pairs shown, flagged ones first.</p>` : ''}
  </section>`
}

/** The run's report of one workload: the one asked for (a 400 listing the run's when it has none of it), else the one with the most pairs. */
function reportFor (run: RunView, workload: string | undefined): RunView['report'] {
  if (workload === undefined) return run.report
  const found = run.reports.find((report) => report.workload === workload)
  if (!found) throw new UnknownWorkloadError(workload, run.reports.map((report) => report.workload).join(', ') || 'none measured yet', { param: 'workload' })
  return found
}

/** A sweep's workloads, each linked to this page showing its report, and its speedup against size. */
function sweepSection (run: RunView, report: NonNullable<RunView['report']>): SafeHtml {
  if (!run.scaling || run.workloads.length < 2) return html``
  const href = (key: string) => `/compare/runs/${encodeURIComponent(run.id)}?${new URLSearchParams({ workload: key }).toString()}`
  return workloadSection({ baseline: run.baseline, candidate: run.candidate, workload: report.workload, workloads: run.workloads, scaling: run.scaling, href })
}

/** A paired run: progress while it goes (the page refreshes itself), then its report (one workload's) and frames. */
export function renderRunPage (run: RunView, workload?: string): string {
  const names = { baseline: run.baseline, candidate: run.candidate }
  const { pairs, warmup, workloads } = run.spec
  const after = warmup > 0 ? `, after ${warmup} warmup` : ''
  const each = workloads.length > 0 ? ` of each of ${workloads.length} workloads` : ''
  const report = reportFor(run, workload)
  const shown = report?.workload ? html` This report is workload <strong data-field="workload">${report.workload}</strong>'s.` : ''
  const lede = html`Paired run <code>${run.id}</code>: ${pairs} pair${pairs === 1 ? '' : 's'}${each} of the same request on both sides${after}.${shown}`
  const results = report
    ? html`${reportSections(report)}${sweepSection(run, report)}`
    : html`<section class="card"><p>No pair measured yet.</p></section>`
  return page({
    title: `Run ${run.id} (${run.status}) · Ringside`,
    refresh: isUnderWay(run.status),
    body: html`${heading(names, lede, report)}${runStatus(run)}${results}${pairsSection(run)}`
  })
}
