import { test } from 'tap'
import { speedupOverTimeChart, stepTimesChart, totalCdfChart } from '../../src/compare/charts-time.ts'
import { reportOf, elements, sample } from './chart-fixtures.ts'

// The line charts' plot spans x 72..696 and y 234 (bottom) up to 34 (top): 624 by 200 px.

test('step time against step index: a point per step, both sides on one time axis', async (t) => {
  // Candidate steps 1, 0.5, 0.5 s; baseline 2, 1, 1 s. Axes: index 0..2, time 0..2 s (ticks every 0.5 s)
  const report = reportOf([sample(60, {}, [2, 1, 1])], [sample(30, {}, [1, 0.5, 0.5])])
  t.same(report.denoise_steps.candidate.per_step_mean_seconds, [1, 0.5, 0.5])
  const svg = stepTimesChart(report).value
  const line = (side: string) => elements(svg, 'polyline', `data-side="${side}"`)[0]!.points
  // x = 72 + i / 2 * 624; y = 234 - seconds / 2 * 200
  t.equal(line('candidate'), '72.0,134.0 384.0,184.0 696.0,184.0')
  t.equal(line('baseline'), '72.0,34.0 384.0,134.0 696.0,134.0')
  const labels = [...svg.matchAll(/<text class="axis"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text)
  t.same(labels, ['#0', '#1', '#2', '0 s', '500 ms', '1 s', '1.5 s', '2 s'])
})

test('the per-step means are over the jobs that ran each step', async (t) => {
  const report = reportOf([sample(60, {}, [1, 2]), sample(60, {}, [3])], [])
  t.same(report.denoise_steps.baseline.per_step_mean_seconds, [2, 2], '(1 + 3) / 2, then 2 alone')
  t.same(report.denoise_steps.baseline.slowest_step, { index: 0, mean_seconds: 2 }, 'the first of equals')
})

test('the CDF of per-job Totals draws each side\'s 21 quantiles from 0% to 100%', async (t) => {
  // Baseline Totals 10..50 s: quantiles 10, 12, ..., 50. Candidate 5..25 s: 5, 6, ..., 25. Axis 0..50 s (ticks every 10 s)
  const report = reportOf([10, 20, 30, 40, 50].map((total) => sample(total, {})), [5, 10, 15, 20, 25].map((total) => sample(total, {})))
  const svg = totalCdfChart(report).value
  const points = (side: string) => elements(svg, 'polyline', `data-side="${side}"`)[0]!.points!.split(' ')
  const baseline = points('baseline')
  t.equal(baseline.length, 21)
  // x = 72 + seconds / 50 * 624, y = 234 - share * 200
  t.equal(baseline[0], '196.8,234.0', '10 s: no job done before it')
  t.equal(baseline[10], '446.4,134.0', '30 s: half the jobs')
  t.equal(baseline[20], '696.0,34.0', '50 s: all of them')
  t.equal(points('candidate')[20], '384.0,34.0', '25 s: all the candidate\'s')
  t.match(svg, 'median 30 s')
})

test('speedup over time: a point per window around the 1.00x line', async (t) => {
  // Windows as in distribution.test.ts: speedups 2, 1.333, 2, 1. Axis 1.0..2.0x (ticks every 0.2x), windows 0..3
  const report = reportOf([10, 10, 20, 20].map((total) => sample(total, {})), [5, 5, 10, 10, 20, 20].map((total) => sample(total, {})))
  const svg = speedupOverTimeChart(report).value
  const marks = elements(svg, 'circle', 'data-window')
  // x = 72 + k / 3 * 624; y = 234 - (speedup - 1) / 1 * 200
  t.same(marks.map((m) => [m.cx, m.cy]), [['72.0', '34.0'], ['280.0', '167.3'], ['488.0', '34.0'], ['696.0', '234.0']])
  t.equal(elements(svg, 'line', 'class="reference"')[0]!.y1, '234.0', 'the 1.00x line')
  t.match(svg, 'window 2: 1.33x over 2/1 jobs')
})

test('charts with nothing to draw say why instead of a bare axis', async (t) => {
  const empty = reportOf([], [])
  for (const [chart, why] of [[stepTimesChart, 'no per-step times yet'], [totalCdfChart, 'no completed jobs'], [speedupOverTimeChart, 'needs completed jobs on both sides']] as const) {
    const svg = chart(empty).value
    t.match(svg, why)
    t.notMatch(svg, 'class="grid"', 'no axis')
  }
})
