import { test } from 'tap'
import { enumerateFleets } from '../../src/plan/fleets.ts'

test('in 2 GPUs the seed\'s configurations make two maximal fleets: 1 x u1r2 or 2 x u1r1', async (t) => {
  // configurations in order [u1r2 on 2 GPUs, u1r1 on 1]; 0 x u1r2 + 1 x u1r1 leaves a GPU idle
  t.same(enumerateFleets([2, 1], 2), { fleets: [[1, 0], [0, 2]], truncated: false })
})

test('in 8 GPUs every split of the seed\'s configurations is listed once and none leaves a GPU idle', async (t) => {
  const { fleets } = enumerateFleets([2, 1], 8)
  t.same(fleets, [[4, 0], [3, 2], [2, 4], [1, 6], [0, 8]])
})

test('a fleet that leaves room for another backend is not maximal', async (t) => {
  // 3 GPUs of a 2-GPU configuration only: one backend, one GPU left that nothing fits
  t.same(enumerateFleets([2], 3).fleets, [[1]])
  // 5 GPUs of 2- and 3-GPU configurations: 1 x 2 + 1 x 3 and 2 x 2 (one left, nothing fits); 0 x 2 + 1 x 3 leaves 2
  t.same(enumerateFleets([2, 3], 5).fleets, [[2, 0], [1, 1]])
})

test('past the bound the enumeration stops and says it was cut', async (t) => {
  const { fleets, truncated } = enumerateFleets([2, 1], 1000, 200)
  t.equal(fleets.length, 200)
  t.equal(truncated, true)
  t.same(enumerateFleets([2, 1], 398, 200).truncated, false, '398 GPUs make exactly 200 fleets: 0..199 x u1r2')
})

test('no fleet when no configuration fits', async (t) => {
  t.same(enumerateFleets([2, 4], 1).fleets, [])
  t.same(enumerateFleets([], 8).fleets, [])
})
