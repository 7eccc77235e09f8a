import type { Comparison, Scaling, ScalingPoint, SpeedupPoint, WorkloadEntry } from '../schemas/compare.ts'
import { crossoverSentence } from './markdown.ts'
import { columnHead, html, numberHead, prose, tableHead, type SafeHtml } from './markup.ts'
import { dash, times } from './format.ts'

// The compare page's workload card: every workload seen with a link to its own comparison, and
// "where ring SP pays", each workload's speedup against its size with the crossover marked.

const width = 720
const left = 64
const right = 700
const top = 28
const bottom = 250
const px = (value: number) => value.toFixed(1)
const tokenLabel = (tokens: number) => tokens >= 1000 ? `${Number((tokens / 1000).toPrecision(3))}k` : String(Math.round(tokens))
const metrics = [['denoising', 'Denoising'], ['total', 'Total']] as const

/** The page's own address for another workload, keeping the pair. */
export function workloadHref (report: Pick<Comparison, 'baseline' | 'candidate'>, key: string, path = '/compare'): string {
  const query = new URLSearchParams({ baseline: report.baseline.name, candidate: report.candidate.name, workload: key })
  return `${path}?${query.toString()}`
}

function ticks125 (low: number, high: number): number[] {
  const out: number[] = []
  for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high; decade *= 10) {
    for (const m of [1, 2, 5]) if (m * decade >= low && m * decade <= high) out.push(m * decade)
  }
  return out
}

function domains (points: ScalingPoint[], crossovers: number[]) {
  const tokens = [...points.map((p) => p.tokens!), ...crossovers]
  const lowT = Math.min(...tokens) / 1.6
  const highT = Math.max(...tokens) * 1.6
  const values = points.flatMap((p) => metrics.flatMap(([m]) => [p[m].speedup, p[m].ci95?.low, p[m].ci95?.high]))
    .filter((v): v is number => typeof v === 'number' && v > 0)
  const span = Math.min(3, Math.max(1, ...values.map((v) => Math.abs(Math.log2(v)) * 1.1)))
  const x = (t: number) => left + (Math.log(t / lowT) / Math.log(highT / lowT)) * (right - left)
  const y = (s: number) => (top + bottom) / 2 - (Math.log2(Math.min(Math.max(s, 2 ** -span), 2 ** span)) / span) * (bottom - top) / 2
  const speedTicks = [0.125, 0.25, 0.5, 0.75, 1, 1.5, 2, 4, 8].filter((v) => Math.abs(Math.log2(v)) <= span + 1e-9)
  return { x, y, tokenTicks: ticks125(lowT, highT), speedTicks }
}

function marker (point: ScalingPoint, metric: typeof metrics[number], x: number, y: (s: number) => number): SafeHtml {
  const [key, label] = metric
  const value: SpeedupPoint = point[key]
  if (value.speedup === null) return html``
  const ci = value.ci95
  const interval = ci ? `, 95% CI ${ci.low.toFixed(2)}–${ci.high.toFixed(2)}x` : ''
  const title = `${point.workload} (${tokenLabel(point.tokens!)} tokens), ${label}: ${times(value.speedup)}${interval}`
  const [low, high] = ci ? [px(y(ci.low)), px(y(ci.high))] : ['', '']
  const whisker = ci ? html`<path class="whisker" d="M${px(x)} ${low}V${high}M${px(x - 4)} ${low}h8M${px(x - 4)} ${high}h8"/>` : ''
  const place = html`cx="${px(x)}" cy="${px(y(value.speedup))}" r="5"`
  return html`${whisker}<circle class="point ${key}" data-workload="${point.workload}" data-metric="${key}" ${place}><title>${title}</title></circle>`
}

/** What the workload card shows: the live comparison's or a paired run's workloads, and where each links. */
export interface WorkloadCard {
  baseline: string
  candidate: string
  /** The workload the rest of the page shows. */
  workload: string | null
  workloads: WorkloadEntry[]
  scaling: Scaling
  href (key: string): string
}

/** The live comparison's card: each workload links to its own live comparison, same pair. */
export const liveCard = (report: Comparison): WorkloadCard => ({
  baseline: report.baseline.name,
  candidate: report.candidate.name,
  workload: report.workload,
  workloads: report.workloads,
  scaling: report.scaling,
  href: (key) => workloadHref(report, key)
})

/** Speedup against work size: log tokens across, log speedup up, 95% intervals, the crossover as a vertical line. */
export function scalingChart (report: WorkloadCard): SafeHtml {
  const points = report.scaling.points.filter((p) => p.tokens !== null)
  const label = `Speedup of ${report.candidate} over ${report.baseline} against work size (tokens, log scale), with 95% intervals and the crossover`
  if (points.length === 0) {
    return html`<svg class="chart" id="scaling" viewBox="0 0 ${width} 40" role="group" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
      <text class="note" x="${left}" y="24">no workload completed on both sides yet</text></svg>`
  }
  const crossings = metrics.map(([m]) => report.scaling.crossover[m]).flatMap((c) => c.tokens === null ? [] : [c.tokens])
  const { x, y, tokenTicks, speedTicks } = domains(points, crossings)
  const grid = [
    ...tokenTicks.map((t) => html`<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${top}" y2="${bottom}"/>
      <text class="axis" x="${px(x(t))}" y="${bottom + 16}" text-anchor="middle">${tokenLabel(t)}</text>`),
    ...speedTicks.map((s) => html`<line class="${s === 1 ? 'reference' : 'grid'}" x1="${left}" x2="${right}" y1="${px(y(s))}" y2="${px(y(s))}"/>
      <text class="axis" x="${left - 6}" y="${px(y(s) + 4)}" text-anchor="end">${s === 1 ? '1.00x' : `${s}x`}</text>`)
  ]
  const lines = metrics.map(([m, name]) => {
    const c = report.scaling.crossover[m]
    if (c.tokens === null) return html``
    const at = x(c.tokens)
    return html`<g class="crossover ${m}" data-metric="${m}"><line class="crossover" x1="${px(at)}" x2="${px(at)}" y1="${top}" y2="${bottom}"/>
      <text class="note" x="${px(at + 4)}" y="${m === 'denoising' ? top + 10 : top + 24}">${name} crossover ≈ ${tokenLabel(c.tokens)} tokens</text></g>`
  })
  // The two metrics of one workload sit side by side, not on top of each other
  const marks = points.flatMap((p) => metrics.map((metric, i) => marker(p, metric, x(p.tokens!) + (i === 0 ? -5 : 5), y)))
  const key = html`<g class="legend"><circle class="point denoising" cx="${left + 8}" cy="12" r="5"/><text x="${left + 18}" y="16">Denoising</text>
    <circle class="point total" cx="${left + 108}" cy="12" r="5"/><text x="${left + 118}" y="16">Total</text></g>`
  const axis = html`<text class="axis" x="${(left + right) / 2}" y="${bottom + 32}" text-anchor="middle">work size (DiT tokens per video)</text>`
  return html`<svg class="chart" id="scaling" viewBox="0 0 ${width} ${bottom + 40}" role="group" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">
    ${key}${grid}${lines}${marks}${axis}</svg>`
}

const cell = (column: string, value: string) => html`<td class="num" data-col="${column}">${value}</td>`

/** Every workload seen, linked to its own comparison, the compared one marked; then speedup against size. */
export function workloadSection (report: WorkloadCard): SafeHtml {
  const points = new Map(report.scaling.points.map((p) => [p.workload, p]))
  const rows = report.workloads.map((entry) => {
    const point = points.get(entry.key)
    const current = entry.key === report.workload
    return html`<tr data-row="${entry.key}"${current ? html` class="current" aria-current="true"` : ''}>
      <th scope="row"><a href="${report.href(entry.key)}">${entry.key}</a></th>
      <td data-col="name">${entry.name ?? dash}</td>
      ${cell('tokens', entry.tokens === null ? dash : entry.tokens.toLocaleString('en-US'))}
      ${cell('n', `${entry.n.candidate}/${entry.n.baseline}`)}
      ${cell('denoising', times(point?.denoising.speedup ?? null))}
      ${cell('total', times(point?.total.speedup ?? null))}
    </tr>`
  })
  const { denoising, total } = report.scaling.crossover
  return html`<section class="card" id="workloads">
    <h2>By workload</h2>
    <table>
      ${tableHead([columnHead('Workload'), columnHead('Preset'), ...['Tokens', 'n', 'Denoising speedup', 'Total speedup'].map(numberHead)])}
      <tbody>${rows}</tbody>
    </table>
    <p class="note">${prose(
      html`Each workload is compared on its own; the tables above are ${report.workload ?? dash}'s.`,
      html`n is ${report.candidate}/${report.baseline} completed jobs; other pools shapes past the label cap and is never like with like.`)}</p>
    <h3>Where ${report.candidate} pays</h3>
    <figure>${scalingChart(report)}<figcaption>${prose(
      html`Speedup of each workload against its size in tokens (log scales; whiskers: 95% interval).`,
      html`A dashed vertical line marks a crossover, where the speedup crosses 1.00x.`)}</figcaption></figure>
    <ul class="crossovers">
      <li data-metric="denoising">${crossoverSentence('Denoising', denoising)}</li>
      <li data-metric="total">${crossoverSentence('Total', total)}</li>
    </ul>
  </section>`
}
