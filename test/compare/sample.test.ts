import { test } from 'tap'
import { createSampleStore } from '../../src/compare/sample.ts'
import type { JobSample } from '../../src/compare/sample.ts'

const sample = (totalSeconds: number): JobSample => ({
  workload: 'other',
  tokens: null,
  completedAtMs: null,
  totalSeconds,
  queueWaitSeconds: null,
  serviceSeconds: null,
  stages: [],
  denoiseStepsSeconds: [],
  peakReservedBytes: null,
  peakAllocatedBytes: null,
  modelLoadPeakReservedBytes: null,
  record: 'not_read'
})

test('the sample store keeps the newest samples per backend, oldest first, once past its bound', async (t) => {
  const store = createSampleStore(3)
  t.same(store.get('u1r2'), [])
  for (let i = 1; i <= 2; i++) store.add('u1r2', sample(i))
  t.same(store.get('u1r2').map((s) => s.totalSeconds), [1, 2])
  for (let i = 3; i <= 7; i++) store.add('u1r2', sample(i))
  store.add('u1r1', sample(100))
  t.same(store.get('u1r2').map((s) => s.totalSeconds), [5, 6, 7])
  t.same(store.get('u1r1').map((s) => s.totalSeconds), [100])
  store.get('u1r2').pop()
  t.equal(store.get('u1r2').length, 3, 'callers get a copy')
})
