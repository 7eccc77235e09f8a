import { test } from 'tap'
import { decades, stageTimesChart, stageX } from '../../src/compare/charts.ts'
import { elements, reportOf, sample } from './chart-fixtures.ts'

// Three jobs a side, every stage the same in each, so the means are the figures written here.
const stages = (latent: number, denoising: number) => ({ LatentPreparationStage: latent, DenoisingStage: denoising })
const report = reportOf(
  [1, 2, 3].map(() => sample(60, stages(2e-6, 52))),
  [1, 2, 3].map(() => sample(35, stages(3e-6, 30)))
)

test('a 2 µs stage and a 52 s stage share one log axis from 1 µs to 100 s', async (t) => {
  t.same(decades([2e-6, 52, 3e-6, 30]), { lo: -6, hi: 2 }, 'eight decades around them')
  t.same(decades([1e-3, 1]), { lo: -3, hi: 0 }, 'an exact power of ten sits on its tick')
  t.same(decades([5, 5]), { lo: 0, hi: 1 }, 'one value still spans a decade')
  const svg = stageTimesChart(report).value
  const bar = (stage: string, side: string) => Number(elements(svg, 'rect', `data-stage="${stage}" data-side="${side}"`)[0]!.width)
  // 400 px over 8 decades is 50 px a decade, from 1 µs at the plot's left (208):
  // log10(2e-6 / 1e-6) * 50 = 0.30103 * 50 = 15.05; log10(52 / 1e-6) * 50 = 7.71600 * 50 = 385.80
  t.equal(bar('LatentPreparationStage', 'baseline'), 15.1)
  t.equal(bar('DenoisingStage', 'baseline'), 385.8)
  // log10(3) * 50 = 23.86; log10(3e7) * 50 = 7.47712 * 50 = 373.86
  t.equal(bar('LatentPreparationStage', 'candidate'), 23.9)
  t.equal(bar('DenoisingStage', 'candidate'), 373.9)
  t.equal(stageX(1e-6, { lo: -6, hi: 2 }), 208)
  t.equal(stageX(100, { lo: -6, hi: 2 }), 608)
})

test('the stage chart labels each decade of its axis', async (t) => {
  const svg = stageTimesChart(report).value
  const ticks = [...svg.matchAll(/<text class="axis"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text)
  t.same(ticks, ['1 µs', '10 µs', '100 µs', '1 ms', '10 ms', '100 ms', '1 s', '10 s', '100 s'])
  const xs = elements(svg, 'line', 'class="grid"').map((line) => Number(line.x1))
  t.same(xs, [208, 258, 308, 358, 408, 458, 508, 558, 608], 'a grid line every 50 px')
})

test('a stage with no samples on one side has no bar there and says so', async (t) => {
  const lopsided = reportOf([1, 2, 3].map(() => sample(60, { DenoisingStage: 52, DecodingStage: 4 })), [1, 2, 3].map(() => sample(35, { DenoisingStage: 30 })))
  const svg = stageTimesChart(lopsided).value
  t.equal(elements(svg, 'rect', 'data-stage="DecodingStage" data-side="candidate"')[0]!.width, '0.0')
  t.match(svg, 'no samples')
})
