import { test } from 'tap'
import { speedupOverTime, totalQuantiles } from '../../src/compare/distribution.ts'

test('21 quantiles of Total, linear between closest ranks (numpy.quantile\'s default)', async (t) => {
  // Five values: rank h = 4q, so quantile i/20 is 10 + 10 * (4i/20) = 10 + 2i, from 10 to 50
  t.same(totalQuantiles([50, 10, 40, 20, 30]), Array.from({ length: 21 }, (_, i) => 10 + 2 * i))
  t.same(totalQuantiles([7]), Array(21).fill(7), 'one job is every quantile')
  t.same(totalQuantiles([]), [], 'none without jobs')
  const many = totalQuantiles(Array.from({ length: 10_000 }, (_, i) => i))
  t.equal(many.length, 21, 'bounded whatever the sample count')
  t.equal(many[1], 9999 * 0.05)
})

test('speedup over time cuts each side, oldest first, into as many windows as the smaller side allows', async (t) => {
  // 4 baseline jobs and 6 candidate jobs: 4 windows; candidate windows floor(6k/4): [0,1) [1,3) [3,4) [4,6)
  const windows = speedupOverTime([10, 10, 20, 20], [5, 5, 10, 10, 20, 20])
  t.same(windows.map((w) => w.n), [{ baseline: 1, candidate: 1 }, { baseline: 1, candidate: 2 }, { baseline: 1, candidate: 1 }, { baseline: 1, candidate: 2 }])
  // 10 / 5, 10 / mean(5, 10), 20 / 10, 20 / mean(20, 20)
  t.same(windows.map((w) => w.speedup), [2, 10 / 7.5, 2, 1])
  t.same(windows.map((w) => w.window), [0, 1, 2, 3])
  const long = speedupOverTime(Array(30).fill(6), Array(30).fill(3))
  t.equal(long.length, 10, 'at most 10 windows')
  t.ok(long.every((w) => w.speedup === 2 && w.n.baseline === 3 && w.n.candidate === 3))
  t.same(speedupOverTime([], [1, 2]), [], 'none while a side has no job')
})
