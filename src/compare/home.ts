import { html, prose } from './markup.ts'
import { page } from './html.ts'
import { parallelLabel } from './format.ts'
import type { BackendState } from '../backends/state.ts'

// GET /: what a new user opening the gateway in a browser should see first — what runs behind
// it and where the comparison, the API and the metrics are — instead of a JSON 404.

/** What the page shows of a backend: part of what GET /v1/backends shows. */
export type HomeBackend = Pick<BackendState, 'name' | 'up' | 'num_gpus' | 'sp_degree' | 'ulysses_degree' | 'ring_degree' | 'kv_gather_degree' | 'model'>

export interface HomeView {
  version: string
  backends: HomeBackend[]
  pair: { baseline: string, candidate: string }
}

const links: Array<[string, string]> = [
  ['/v1/compare.md', 'the same comparison as Markdown, to paste into a pull request'],
  ['/v1/compare/runs', 'paired runs: the same request and seed on both backends (POST to start one)'],
  ['/v1/backends', 'each backend\'s health, circuit, queue and replicas'],
  ['/docs', 'the API: every route, its schema and its errors (OpenAPI)'],
  ['/metrics', 'the Prometheus metrics the dashboard reads'],
  ['/health/ready', 'readiness: ready when at least one backend is up']
]

function backendRow (backend: HomeBackend) {
  const config = parallelLabel(backend)
  const cells = html`<td class="num">${backend.num_gpus}</td><td>${config}</td><td>${backend.model ?? '—'}</td>`
  return html`<tr><td><code>${backend.name}</code></td><td>${backend.up ? 'up' : 'down'}</td>${cells}</tr>`
}

const backendHead = html`<tr><th>Backend</th><th>State</th><th class="num">GPUs</th><th>Parallel configuration</th><th>Model</th></tr>`

export function renderHomePage (view: HomeView): string {
  const { baseline, candidate } = view.pair
  const compare = `/compare?baseline=${encodeURIComponent(baseline)}&candidate=${encodeURIComponent(candidate)}`
  const lede = prose(
    html`A gateway in front of SGLang diffusion servers that measures every video it proxies:`,
    html`stage times, denoising steps and GPU memory, compared live between parallel configurations.`
  )
  const about = html`<section class="card"><h1>Ringside ${view.version}</h1><p>${lede}</p>
<p><a href="${compare}">The live comparison: ${candidate} against ${baseline}</a></p></section>`
  const backends = html`<section class="card"><h2>Backends</h2>
<table><thead>${backendHead}</thead><tbody>${view.backends.map(backendRow)}</tbody></table></section>`
  const where = html`<section class="card"><h2>Where things are</h2>
<ul>${links.map(([href, text]) => html`<li><a href="${href}"><code>${href}</code></a> — ${text}</li>`)}</ul></section>`
  return page({ title: 'Ringside', body: html`${about}${backends}${where}` })
}
