import { test } from 'tap'
import { linearTicks, niceStep, secondsLabel } from '../../src/compare/charts-base.ts'

test('times print in the unit that keeps them short', async (t) => {
  t.same([1e-6, 2e-5, 1e-3, 0.5, 1, 52, 100, 0].map(secondsLabel), ['1 µs', '20 µs', '1 ms', '500 ms', '1 s', '52 s', '100 s', '0 s'])
  t.equal(secondsLabel(0.0014256), '1.43 ms', 'three significant digits')
})

test('axes step by 1, 2 or 5 times a power of ten and end on a tick', async (t) => {
  t.equal(niceStep(45, 6), 10, '45 / 5 = 9 intervals is too many, 45 / 10 = 4.5 is not')
  t.equal(niceStep(2, 5), 0.5)
  t.same(linearTicks(5, 50, 6), { lo: 0, hi: 50, ticks: [0, 10, 20, 30, 40, 50] })
  t.same(linearTicks(0.1, 0.35, 6).ticks, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35], 'no 0.30000000000000004')
  t.same(linearTicks(1, 1, 5), { lo: 1, hi: 1.2, ticks: [1, 1.2] }, 'a single value still spans a step')
})
