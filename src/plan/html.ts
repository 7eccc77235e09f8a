// The plan as a section of the /compare page: "is ring SP worth its second GPU?" answered for the
// GPUs the pair's larger configuration takes, with the fleet table and links to the full plan.
import { columnHead, html, numberHead, prose, tableHead, type SafeHtml } from '../compare/markup.ts'
import { fixed } from '../compare/format.ts'
import type { PlannedAnswer } from './planner.ts'

const goals = { throughput: 'Most throughput', latency: 'Lowest p95 at the rate', cost: 'Fewest GPU-seconds per video' } as const

function fleetTable (plan: PlannedAnswer): SafeHtml {
  const heads = ['Fleet', 'GPUs', 'Capacity (videos/h)', 'Load', 'p50 (s)', 'p95 (s)', 'GPU-s / video']
  return html`<table>
    ${tableHead(heads.map((label, i) => i === 0 ? columnHead(label) : numberHead(label)))}
    <tbody>${plan.fleets.map((row) => html`<tr data-fleet="${row.fleet}"><th scope="row">${row.fleet}</th>
      <td class="num">${row.gpus}</td><td class="num">${fixed(row.capacityPerHour, 1)}</td>
      <td class="num">${`${(row.load * 100).toFixed(0)}%`}</td><td class="num">${fixed(row.p50Seconds, 1)}</td>
      <td class="num">${fixed(row.p95Seconds, 1)}</td><td class="num">${fixed(row.gpuSecondsPerVideo, 1)}</td></tr>`)}</tbody>
  </table>`
}

const recommendation = (r: PlannedAnswer['recommendations'][number]) =>
  html`<li data-goal="${r.goal}"><strong>${goals[r.goal]}</strong>: ${r.fleet ?? 'none'} — ${r.reason}</li>`

export function planSection (plan: PlannedAnswer): SafeHtml {
  const query = `gpus=${plan.gpus}`
  const links = html`As <a href="/v1/plan?${query}">JSON</a> or <a href="/v1/plan.md?${query}">Markdown</a>;
    other GPU counts, rates and SLOs with <code>?gpus=</code>, <code>rate=</code> and <code>slo_p95_seconds=</code>.`
  const at = plan.rateSource === 'none' ? 'for a lone request' : `at ${fixed(plan.ratePerHour, 1)} videos/h (${plan.rateSource})`
  const body = plan.needs.length > 0
    ? html`<p>Not enough to plan yet: needs ${plan.needs.join('; ')}.</p>`
    : html`<ul>${plan.recommendations.map(recommendation)}</ul>${fleetTable(plan)}`
  return html`<section class="card" id="plan"><h2>How to split ${plan.gpus} GPUs</h2>
    <p class="note">${prose(html`Every fleet of the configurations in ${plan.gpus} GPUs, predicted ${at}.`, links)}</p>
    ${body}
  </section>`
}
