import { test } from 'tap'
import { liveHint, runHint, sideHint } from '../../src/compare/hints.ts'
import { renderComparePage } from '../../src/compare/html.ts'
import { scalingOf } from '../../src/compare/scaling.ts'
import { reportOf, sample } from './chart-fixtures.ts'

const names = { baseline: 'u1r1', candidate: 'u1r2' }
const origin = 'http://gateway.test:8080'

test('the empty live page\'s hint gives commands for this gateway and both backends', async (t) => {
  const hint = liveHint(origin, names).value
  t.match(hint, `curl -X POST ${origin}/v1/video/generate -H &#39;content-type: application/json&#39;`)
  t.match(hint, '&quot;backend&quot;:&quot;u1r2&quot;')
  t.match(hint, '&quot;backend&quot;:&quot;u1r1&quot;')
  t.match(hint, `npx ringside compare --gateway ${origin} --baseline u1r1 --candidate u1r2 --pairs 5`)
  t.match(hint, `curl -X POST ${origin}/v1/compare/runs`)
  t.match(hint, 'RINGSIDE_API_KEYS')
})

test('a hint escapes the origin the browser sent', async (t) => {
  const hint = sideHint('http://<b>evil</b>', 'u1r1').value
  t.notMatch(hint, '<b>evil')
  t.match(hint, 'http://&lt;b&gt;evil&lt;/b&gt;/v1/video/generate')
})

test('a run page\'s hint says what to expect while the run goes, and how to start another once it ended', async (t) => {
  t.match(runHint(origin, names, true).value, 'this page refreshes itself')
  t.match(runHint(origin, names, false).value, 'This run ended before a pair completed')
})

test('the live page with jobs on one side only names the other and how to fill it', async (t) => {
  const report = reportOf([], [1, 2, 3].map(() => sample(30, { DenoisingStage: 25 })))
  const workloads = [{ key: 't2v-1280x704-121f-50s', name: 'seed', tokens: 27_280, n: { baseline: 0, candidate: 3 } }]
  const page = renderComparePage({
    ...report, workload_choice: 'most samples', workloads, scaling: scalingOf([]), generated_at: '2026-12-04T02:00:00Z', source: 'gateway', source_note: null
  }, origin)
  t.match(page, 'No completed jobs on <strong>u1r1</strong> yet')
  t.match(page, '&quot;backend&quot;:&quot;u1r1&quot;')
  t.match(page, 'id="stage-times"', 'the report is still drawn')
})
