import type { Report } from '../schemas/compare.ts'
import { html, type SafeHtml } from './markup.ts'

// What every chart of the pages shares: the frame, the left column of labels, the two sides'
// colours and legend, and the axes' ticks. Inline SVG, classes rather than style attributes
// (the Content-Security-Policy forbids those), every text escaped by `html`.

export const width = 720
export const labelRight = 196
export const plotLeft = 208

export const sides = ['candidate', 'baseline'] as const
export type SideKey = typeof sides[number]

export const px = (value: number) => value.toFixed(1)

/** A bar's place and size, with the rounded corners every bar has; the caller formats the numbers. */
export const box = (x: number | string, y: number, width: number | string, height: number) =>
  html`x="${x}" y="${y}" width="${width}" height="${height}" rx="2"`
export const swatch = (kind: string, x: number, y: number) => html`<rect class="swatch ${kind}" x="${x}" y="${y}" width="12" height="12" rx="2"/>`

export function sideLabel (report: Pick<Report, 'baseline' | 'candidate'>, side: SideKey): string {
  return side === 'baseline' ? `${report.baseline.name} baseline` : report.candidate.name
}

export function frame (id: string, label: string, height: number, body: SafeHtml[]): SafeHtml {
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${width} ${px(height)}" role="group" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`
}

export function legend (report: Pick<Report, 'baseline' | 'candidate'>, y: number, left = plotLeft): SafeHtml {
  return html`<g class="legend">${sides.map((side, i) => html`
    <rect class="swatch ${side}" x="${left + i * 170}" y="${y - 10}" width="12" height="12" rx="2"/>
    <text x="${left + i * 170 + 18}" y="${y}">${sideLabel(report, side)}</text>`)}</g>`
}

/** A chart with nothing to draw says why in its place, rather than showing a bare axis. */
export function emptyChart (id: string, label: string, why: string): SafeHtml {
  return frame(id, label, 40, [html`<text class="note empty" x="${width / 2}" y="24" text-anchor="middle">${why}</text>`])
}

/** The 1-2-5 step that cuts 0..span into at most `most` intervals. */
export function niceStep (span: number, most = 6): number {
  if (!(span > 0)) return 1
  const magnitude = 10 ** Math.floor(Math.log10(span / most))
  for (const factor of [1, 2, 5, 10]) if (span / (factor * magnitude) <= most) return factor * magnitude
  return 10 * magnitude
}

/** Linear ticks on a 1-2-5 step spanning lo..hi, with the domain widened to the outer ticks. */
export function linearTicks (lo: number, hi: number, most = 6): { lo: number, hi: number, ticks: number[] } {
  const step = niceStep(hi - lo || Math.abs(hi) || 1, most)
  const first = Math.floor(lo / step + 1e-9) * step
  const last = Math.max(first + step, Math.ceil(hi / step - 1e-9) * step)
  const count = Math.round((last - first) / step)
  // Rounded to the step's digits so 0.30000000000000004 prints as 0.3
  const digits = Math.max(0, -Math.floor(Math.log10(step)))
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((first + i * step).toFixed(digits)))
  return { lo: first, hi: last, ticks }
}

const secondUnits: Array<[number, string]> = [[1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns']]

/** A time a tick or a title prints: 20 µs, 1 ms, 52 s; three significant digits at most. */
export function secondsLabel (seconds: number): string {
  if (seconds === 0) return '0 s'
  const [scale, unit] = secondUnits.find(([scale]) => Math.abs(seconds) >= scale * 0.9995) ?? secondUnits[secondUnits.length - 1]!
  return `${Number((seconds / scale).toPrecision(3))} ${unit}`
}
