import type { Report } from '../schemas/compare.ts'
import { html, type SafeHtml } from './markup.ts'
import { times } from './format.ts'
import { emptyChart, frame, legend, linearTicks, px, secondsLabel, sideLabel, sides, width, type SideKey } from './charts-base.ts'

// Line charts of the report's bounded series: step time against step index, the CDF of per-job
// Totals, and the Total speedup over successive windows. Server-side SVG like charts.ts.

export const plot = { left: 72, right: width - 24, top: 34, height: 200 }
const bottom = plot.top + plot.height

export interface Axis { lo: number, hi: number, ticks: number[], label: (value: number) => string }

/** Where a value lands across the plot, and where up it. */
export const xAt = (value: number, axis: Axis) => plot.left + ((value - axis.lo) / (axis.hi - axis.lo || 1)) * (plot.right - plot.left)
export const yAt = (value: number, axis: Axis) => bottom - ((value - axis.lo) / (axis.hi - axis.lo || 1)) * plot.height

interface Series { side: SideKey, points: Array<[number, number]>, title: string }

function axes (x: Axis, y: Axis): SafeHtml[] {
  const vertical = x.ticks.map((tick) => html`<line class="grid" x1="${px(xAt(tick, x))}" x2="${px(xAt(tick, x))}" y1="${plot.top}" y2="${bottom}"/>
    <text class="axis" x="${px(xAt(tick, x))}" y="${bottom + 16}" text-anchor="middle">${x.label(tick)}</text>`)
  const horizontal = y.ticks.map((tick) => html`<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${px(yAt(tick, y))}" y2="${px(yAt(tick, y))}"/>
    <text class="axis" x="${plot.left - 6}" y="${px(yAt(tick, y) + 4)}" text-anchor="end">${y.label(tick)}</text>`)
  return [...vertical, ...horizontal]
}

const pointsOf = (series: Series, x: Axis, y: Axis) => series.points.map(([a, b]) => `${px(xAt(a, x))},${px(yAt(b, y))}`).join(' ')

function line (series: Series, x: Axis, y: Axis): SafeHtml {
  return html`<polyline class="line ${series.side}" data-side="${series.side}" points="${pointsOf(series, x, y)}"><title>${series.title}</title></polyline>`
}

/** An axis of indices from 0, widened to its last tick like the others (49 steps end on #50), integer ticks only. */
function indexAxis (last: number, label: (value: number) => string): Axis {
  const { hi, ticks } = linearTicks(0, Math.max(1, last), 8)
  return { lo: 0, hi, ticks: ticks.filter(Number.isInteger), label }
}

/** Mean step time against step index, both sides: a ring stall shows as a spike, warm-up as a slow first step. */
export function stepTimesChart (report: Report): SafeHtml {
  const label = 'Mean denoising step time against step index, both sides'
  const series = sides.map((side) => ({ side, means: report.denoise_steps[side].per_step_mean_seconds }))
  const longest = Math.max(...series.map((s) => s.means.length))
  if (longest === 0) return emptyChart('step-times', label, 'no per-step times yet (Prometheus keeps no per-step series: use source=gateway or a paired run)')
  const x = indexAxis(longest - 1, (v) => `#${v}`)
  const yTicks = linearTicks(0, Math.max(...series.flatMap((s) => s.means)), 5)
  const y: Axis = { ...yTicks, label: secondsLabel }
  const lines = series.filter((s) => s.means.length > 0).map(({ side, means }) => line({
    side, points: means.map((mean, i) => [i, mean]), title: `${sideLabel(report, side)}: ${means.length} steps`
  }, x, y))
  return frame('step-times', label, bottom + 28, [legend(report, 16, plot.left), ...axes(x, y), ...lines])
}

const percentLabel = (fraction: number) => `${Math.round(fraction * 100)}%`

/** The share of jobs done within each Total, both sides: further left is faster, steeper is steadier. */
export function totalCdfChart (report: Report): SafeHtml {
  const label = 'Distribution of per-job Total, both sides (cumulative)'
  const { total_distribution: distribution } = report
  const all = sides.flatMap((side) => distribution[side])
  if (all.length === 0) return emptyChart('total-cdf', label, 'no completed jobs on either side yet')
  const xTicks = linearTicks(Math.min(...all), Math.max(...all), 6)
  const x: Axis = { ...xTicks, label: secondsLabel }
  const y: Axis = { lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1], label: percentLabel }
  const lines = sides.filter((side) => distribution[side].length > 0).map((side) => {
    const quantiles = distribution[side]
    const step = 1 / (quantiles.length - 1)
    const median = quantiles[Math.floor(quantiles.length / 2)]!
    return line({ side, points: quantiles.map((q, i) => [q, i * step]), title: `${sideLabel(report, side)}: median ${secondsLabel(median)}` }, x, y)
  })
  return frame('total-cdf', label, bottom + 28, [legend(report, 16, plot.left), ...axes(x, y), ...lines])
}

/** Total speedup window by window, oldest first, around the 1.00x line: does the gain hold as traffic goes on? */
export function speedupOverTimeChart (report: Report): SafeHtml {
  const label = `Total speedup of ${report.candidate.name} over ${report.baseline.name}, window by window, oldest first`
  const windows = report.speedup_over_time.filter((w): w is typeof w & { speedup: number } => w.speedup !== null)
  if (windows.length === 0) return emptyChart('speedup-time', label, 'needs completed jobs on both sides')
  const values = windows.map((w) => w.speedup)
  const yTicks = linearTicks(Math.min(1, ...values), Math.max(1, ...values), 5)
  const y: Axis = { ...yTicks, label: (v) => `${v.toFixed(2)}x` }
  // At most 10 windows: one tick each, numbered from 1, and no tick past the last
  const count = report.speedup_over_time.length
  const x: Axis = { lo: 0, hi: Math.max(1, count - 1), ticks: Array.from({ length: count }, (_, k) => k), label: (v) => `${v + 1}` }
  const reference = html`<line class="reference" x1="${plot.left}" x2="${plot.right}" y1="${px(yAt(1, y))}" y2="${px(yAt(1, y))}"/>`
  const trend = html`<polyline class="line total" points="${windows.map((w) => `${px(xAt(w.window, x))},${px(yAt(w.speedup, y))}`).join(' ')}"/>`
  const marks = windows.map((w) => html`<circle class="point total" data-window="${w.window}" cx="${px(xAt(w.window, x))}" cy="${px(yAt(w.speedup, y))}" r="4">\
<title>window ${w.window + 1}: ${times(w.speedup)} over ${w.n.candidate}/${w.n.baseline} jobs</title></circle>`)
  return frame('speedup-time', label, bottom + 28, [...axes(x, y), reference, trend, ...marks])
}
