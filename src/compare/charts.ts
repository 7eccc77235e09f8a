import type { Report, TimingRow } from '../schemas/compare.ts'
import { html, type SafeHtml } from './markup.ts'
import { fixed, times } from './format.ts'

// Inline SVG bar charts for the compare page: no script, no external request, colours from the
// page's stylesheet (classes, not style attributes, which the Content-Security-Policy forbids).

const width = 720
const labelRight = 196
const plotLeft = 208

const sides = ['candidate', 'baseline'] as const
type SideKey = typeof sides[number]

const px = (value: number) => value.toFixed(1)

/** A bar's place and size, with the rounded corners every bar has; the caller formats the numbers. */
const box = (x: number | string, y: number, width: number | string, height: number) =>
  html`x="${x}" y="${y}" width="${width}" height="${height}" rx="2"`
const swatch = (kind: string, x: number, y: number) => html`<rect class="swatch ${kind}" x="${x}" y="${y}" width="12" height="12" rx="2"/>`

function sideLabel (report: Report, side: SideKey): string {
  return side === 'baseline' ? `${report.baseline.name} baseline` : report.candidate.name
}

function frame (id: string, label: string, height: number, body: SafeHtml[]): SafeHtml {
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${width} ${px(height)}" role="group" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`
}

function legend (report: Report, y: number): SafeHtml {
  return html`<g class="legend">${sides.map((side, i) => html`
    <rect class="swatch ${side}" x="${plotLeft + i * 170}" y="${y - 10}" width="12" height="12" rx="2"/>
    <text x="${plotLeft + i * 170 + 18}" y="${y}">${sideLabel(report, side)}</text>`)}</g>`
}

function share (value: number | null, total: number | null): string {
  if (value === null || !total) return ''
  const ratio = value / total
  return ratio < 0.001 ? '<0.1%' : `${(ratio * 100).toFixed(1)}%`
}

/**
 * Stage times, two bars a stage. Denoising is about ten thousand times LatentPreparation, so each
 * stage is scaled to its own longer bar: the chart compares the sides within a stage, and the
 * stage's share of the baseline Total says how much that stage matters.
 */
export function stageTimesChart (report: Report): SafeHtml {
  const rowHeight = 50
  const top = 34
  const plotWidth = 400
  const rows = report.stages.map((row, i) => {
    const y = top + i * rowHeight
    const longest = Math.max(row.baseline.mean_seconds ?? 0, row.candidate.mean_seconds ?? 0)
    const part = share(row.baseline.mean_seconds, report.total.baseline.mean_seconds)
    const bars = sides.map((side, j) => {
      const mean = row[side].mean_seconds
      const barY = y + 6 + j * 18
      const barWidth = mean === null || longest === 0 ? 0 : Math.max(1.5, (mean / longest) * plotWidth)
      const text = `${row.name} on ${sideLabel(report, side)}: ${fixed(mean, 4)} s mean of ${row[side].n}`
      return html`
      <rect class="bar ${side}" data-stage="${row.name}" data-side="${side}" ${box(plotLeft, barY, px(barWidth), 14)}><title>${text}</title></rect>
      <text class="value" x="${px(plotLeft + barWidth + 6)}" y="${barY + 11}">${mean === null ? 'no samples' : `${fixed(mean, 4)} s`}</text>`
    })
    return html`<g class="row">
      <text class="label" x="${labelRight}" y="${y + 18}" text-anchor="end">${row.name}</text>
      ${part ? html`<text class="note" x="${labelRight}" y="${y + 34}" text-anchor="end">${part} of baseline Total</text>` : ''}
      ${bars}
    </g>`
  })
  const height = top + report.stages.length * rowHeight + 4
  return frame('stage-times', 'Mean stage times, both sides, each stage scaled to its longer bar', height, [legend(report, 16), ...rows])
}

/** Ticks of a log2 axis centred on 1.00x, spanning at least 0.5x to 2x. */
function speedupDomain (rows: TimingRow[]): { span: number, ticks: number[] } {
  const values = rows.flatMap((row) => [row.speedup, row.speedup_ci95?.low, row.speedup_ci95?.high]).filter((v): v is number => typeof v === 'number' && v > 0)
  const span = Math.min(4, Math.max(1, ...values.map((v) => Math.abs(Math.log2(v)) * 1.08)))
  // Past 0.5x..2x the in-between ticks would collide: powers of two only.
  const candidates = span <= 1.25 ? [0.5, 0.75, 1, 1.5, 2] : [0.0625, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16]
  const ticks = candidates.filter((v) => Math.abs(Math.log2(v)) <= span + 1e-9)
  return { span, ticks }
}

function verdictClass (row: TimingRow): string {
  if (row.significant === null || row.speedup === null) return 'unclear'
  if (!row.significant) return 'unclear'
  return row.speedup > 1 ? 'faster' : 'slower'
}

/**
 * Speedup per stage on a log scale around 1.00x, so 0.5x and 2x are equally far from "no change";
 * whiskers are the 95% interval, grey bars are differences the interval does not support.
 */
export function speedupChart (report: Report): SafeHtml {
  const rows = [...report.stages, report.total]
  const rowHeight = 30
  const top = 12
  const plotWidth = 400
  const { span, ticks } = speedupDomain(rows)
  const x = (value: number) => plotLeft + plotWidth / 2 + (Math.log2(Math.min(Math.max(value, 2 ** -span), 2 ** span)) / span) * (plotWidth / 2)
  const bottom = top + rows.length * rowHeight
  const grid = ticks.map((tick) => html`
    <line class="${tick === 1 ? 'reference' : 'grid'}" x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 4}" y2="${bottom}"/>
    <text class="axis" x="${px(x(tick))}" y="${bottom + 16}" text-anchor="middle">${tick === 1 ? '1.00x' : `${tick}x`}</text>`)
  const bars = rows.map((row, i) => {
    const y = top + i * rowHeight
    const mid = y + rowHeight / 2
    const ci = row.speedup_ci95
    const title = `${row.name}: ${times(row.speedup)}${ci ? `, 95% CI ${ci.low.toFixed(2)}–${ci.high.toFixed(2)}x` : ''}`
    const start = x(1)
    const end = row.speedup === null ? start : x(row.speedup)
    const place = box(px(Math.min(start, end)), mid - 7, px(Math.max(1.5, Math.abs(end - start))), 14)
    return html`<g class="row${row === report.total ? ' total' : ''}">
      <text class="label" x="${labelRight}" y="${mid + 4}" text-anchor="end">${row.name}</text>
      ${row.speedup === null
        ? html`<text class="note" x="${plotLeft}" y="${mid + 4}">not enough samples</text>`
        : html`<rect class="bar ${verdictClass(row)}" data-stage="${row.name}" data-metric="speedup" ${place}><title>${title}</title></rect>`}
      ${ci ? html`<path class="whisker" d="M${px(x(ci.low))} ${mid}H${px(x(ci.high))}M${px(x(ci.low))} ${mid - 5}v10M${px(x(ci.high))} ${mid - 5}v10"/>` : ''}
      <text class="value" x="${width - 8}" y="${mid + 4}" text-anchor="end">${times(row.speedup)}</text>
    </g>`
  })
  const totalRule = html`<line class="rule" x1="8" x2="${width - 8}" y1="${bottom - rowHeight}" y2="${bottom - rowHeight}"/>`
  const label = `Speedup of ${report.candidate.name} over ${report.baseline.name} per stage, log scale, with 95% intervals`
  return frame('speedups', label, bottom + 24, [...grid, totalRule, ...bars])
}

function niceStep (max: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100]) if (max / step <= 8) return step
  return 10 ** Math.ceil(Math.log10(max / 8))
}

/** Peak memory per side: the solid part is allocated, the light rest of the bar is overhead. */
export function memoryChart (report: Report): SafeHtml {
  const byName = Object.fromEntries(report.memory.map((row) => [row.name, row]))
  const reserved = byName.peak_gpu_memory
  const allocated = byName.peak_allocated
  const top = 30
  const rowHeight = 40
  const plotWidth = 360
  const max = Math.max(reserved?.baseline ?? 0, reserved?.candidate ?? 0, allocated?.baseline ?? 0, allocated?.candidate ?? 0)
  const step = niceStep(max || 1)
  const axisMax = Math.max(step, Math.ceil(max / step) * step)
  const x = (gib: number) => plotLeft + (gib / axisMax) * plotWidth
  const bottom = top + sides.length * rowHeight
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => i * step).map((tick) => html`
    <line class="grid" x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 4}" y2="${bottom}"/>
    <text class="axis" x="${px(x(tick))}" y="${bottom + 16}" text-anchor="middle">${tick} GiB</text>`)
  const rows = sides.map((side, i) => {
    const y = top + i * rowHeight + 8
    const r = reserved?.[side] ?? null
    const a = allocated?.[side] ?? null
    const bar = (metric: string, value: number | null, kind: string, name: string) => {
      if (value === null) return ''
      const title = `${name} on ${sideLabel(report, side)}: ${fixed(value, 2)} GiB`
      const place = box(plotLeft, y, px(Math.max(1.5, x(value) - plotLeft)), 20)
      return html`<rect class="bar ${side} ${kind}" data-side="${side}" data-metric="${metric}" ${place}><title>${title}</title></rect>`
    }
    return html`<g class="row">
      <text class="label" x="${labelRight}" y="${y + 15}" text-anchor="end">${sideLabel(report, side)}</text>
      ${bar('peak_gpu_memory', r, 'reserved', 'Peak GPU Memory (reserved)')}
      ${bar('peak_allocated', a, 'allocated', 'Peak Allocated')}
      <text class="value" x="${width - 8}" y="${y + 15}" text-anchor="end">${r === null ? 'no samples' : `${fixed(a, 2)} of ${fixed(r, 2)} GiB`}</text>
    </g>`
  })
  const key = html`<g class="legend">
    ${swatch('candidate', plotLeft, 6)}${swatch('baseline', plotLeft + 12, 6)}
    <text x="${plotLeft + 30}" y="16">solid: Peak Allocated</text>
    ${swatch('candidate-light', plotLeft + 170, 6)}${swatch('baseline-light', plotLeft + 182, 6)}
    <text x="${plotLeft + 200}" y="16">light: overhead, up to Peak GPU Memory</text>
  </g>`
  return frame('memory', 'Peak GPU memory per side: allocated and reserved', bottom + 24, [key, ...ticks, ...rows])
}

/** Pairs done out of the total, as a bar (an inline style width would break the CSP). */
export function progressBar (done: number, total: number): SafeHtml {
  const fraction = total > 0 ? Math.min(1, done / total) : 0
  return html`<svg class="progress" viewBox="0 0 ${width} 12" preserveAspectRatio="none" role="img" aria-label="${done} of ${total} pairs done" xmlns="http://www.w3.org/2000/svg">
    <rect class="track" x="0" y="0" width="${width}" height="12" rx="6"/>
    ${fraction > 0 ? html`<rect class="fill" x="0" y="0" width="${px(Math.max(12, fraction * width))}" height="12" rx="6"/>` : ''}
  </svg>`
}
