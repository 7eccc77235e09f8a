import { test } from 'tap'
import { gatherInputs, momentsOf, observedWindow } from '../../src/plan/inputs.ts'

test('moments are the mean and the n - 1 sample variance, worked by hand', async (t) => {
  // 60, 64, 68: mean 64, squared deviations 16 + 0 + 16 over 2 = 16
  t.same(momentsOf([60, 64, 68]), { count: 3, meanSeconds: 64, varianceSeconds2: 16 })
  t.same(momentsOf([5]), { count: 1, meanSeconds: 5, varianceSeconds2: 0 })
})

test('the window spans the completions, and its rate counts the gaps between them', async (t) => {
  // 5 completions over 2 minutes: 4 gaps in 120 s = 120 per hour
  t.same(observedWindow([0, 30_000, 60_000, 90_000, 120_000]), { fromMs: 0, toMs: 120_000, seconds: 120, completed: 5, ratePerHour: 120 })
  t.equal(observedWindow([1000])!.ratePerHour, null)
  t.equal(observedWindow([]), null)
})

test('inputs keep each backend\'s moments by workload and the mix over all backends', async (t) => {
  const samples: Record<string, Array<{ workload: string, serviceSeconds: number | null }>> = {
    a: [{ workload: 'w1', serviceSeconds: 10 }, { workload: 'w1', serviceSeconds: 12 }, { workload: 'w2', serviceSeconds: null }],
    b: [{ workload: 'w2', serviceSeconds: 30 }]
  }
  const inputs = gatherInputs({
    configs: [{ name: 'a', gpus: 1, parallel: 'x' }, { name: 'b', gpus: 2, parallel: 'y' }],
    samples: (name) => samples[name] ?? [],
    completedAtMs: []
  })
  t.same(inputs.moments, { a: { w1: { count: 2, meanSeconds: 11, varianceSeconds2: 2 } }, b: { w2: { count: 1, meanSeconds: 30, varianceSeconds2: 0 } } })
  // every completed job counts in the mix, a missing service time too: 2 of w1, 2 of w2
  t.same(inputs.mix, [{ workload: 'w1', completed: 2, share: 0.5 }, { workload: 'w2', completed: 2, share: 0.5 }])
})

test('a window over more completions than a call takes arguments (20 backends x 10,000) is still found', async (t) => {
  const times = Array.from({ length: 200_000 }, (_, i) => 1000 + i)
  const window = observedWindow(times)!
  t.same([window.fromMs, window.toMs, window.completed], [1000, 200_999, 200_000])
})
