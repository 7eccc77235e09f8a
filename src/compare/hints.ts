import { html, prose, type SafeHtml } from './markup.ts'

// What an empty page says instead of "— s" and a bare axis: the commands that give it data,
// written for the gateway the page was opened on, ready to paste.

export interface HintNames { baseline: string, candidate: string }

const json = (value: object) => JSON.stringify(value)

function command (text: string): SafeHtml {
  return html`<pre class="command"><code>${text}</code></pre>`
}

function generate (origin: string, backend: string): string {
  return `curl -X POST ${origin}/v1/video/generate -H 'content-type: application/json' -d '${json({ prompt: 'a kite over a beach', backend })}'`
}

function pairedRun (origin: string, names: HintNames): SafeHtml {
  const body = json({ template: { prompt: 'a kite over a beach' }, baseline: names.baseline, candidate: names.candidate, pairs: 5 })
  return html`${command(`npx ringside compare --gateway ${origin} --baseline ${names.baseline} --candidate ${names.candidate} --pairs 5`)}
    <p class="note">or, without the command line:</p>
    ${command(`curl -X POST ${origin}/v1/compare/runs -H 'content-type: application/json' -d '${body}'`)}`
}

const keyNote = html`<p class="note">${prose(
  html`When <code>RINGSIDE_API_KEYS</code> is set, add <code>-H 'authorization: Bearer KEY'</code>;`,
  html`a paired run needs an admin key.`)}</p>`

/** The live comparison with no completed job on either side. */
export function liveHint (origin: string, names: HintNames): SafeHtml {
  return html`<section class="card hint" id="hint"><h2>No completed jobs to compare yet</h2>
    <p>${prose(
      html`This page compares the jobs this gateway completes on <strong>${names.candidate}</strong> and <strong>${names.baseline}</strong>.`,
      html`Send a generation to each backend, then reload:`)}</p>
    ${command(generate(origin, names.candidate))}
    ${command(generate(origin, names.baseline))}
    <p>${prose(html`Or start a paired run: the same request with the same seed on both sides, five times,`,
      html`with its own page, its report and each pair's frames:`)}</p>
    ${pairedRun(origin, names)}
    ${keyNote}
  </section>`
}

/** The live comparison with jobs on one side only: the other side's figures are "—" until it has some. */
export function sideHint (origin: string, backend: string): SafeHtml {
  return html`<section class="card hint" id="hint"><p>${prose(
    html`No completed jobs on <strong>${backend}</strong> yet, so its figures below are "—".`,
    html`Send it a generation, then reload:`)}</p>
    ${command(generate(origin, backend))}
  </section>`
}

/** A paired run with no pair measured: the report comes with the first, or another run may be wanted. */
export function runHint (origin: string, names: HintNames, underWay: boolean): SafeHtml {
  const lead = underWay
    ? html`<p>The report appears here when the first pair completes on both sides; this page refreshes itself until then.</p>`
    : html`<p>This run ended before a pair completed on both sides. To measure, start another paired run:</p>`
  return html`<section class="card hint" id="hint"><h2>No pair measured yet</h2>
    ${lead}
    ${underWay ? html`<p class="note">To start another run:</p>` : ''}
    ${pairedRun(origin, names)}
    ${keyNote}
  </section>`
}
