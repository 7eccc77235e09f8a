import { test } from 'tap'
import { chooseWorkload, mixesDiffer, mixOfSamples, workloadEntries } from '../../src/compare/workloads.ts'
import { createWorkloadCatalog } from '../../src/workloads/catalog.ts'
import type { JobSample } from '../../src/compare/sample.ts'
import type { WorkloadEntry } from '../../src/schemas/compare.ts'

const catalog = () => createWorkloadCatalog({ presets: [{ name: 'default', key: 't2v-1280x704-97f-50s' }, { name: 'seed', key: 't2v-1280x704-121f-50s' }], maxSeen: 4 })

function samples (counts: Record<string, number>): JobSample[] {
  return Object.entries(counts).flatMap(([workload, n]) => Array.from({ length: n }, () => ({
    workload,
    tokens: workload === 'other' ? null : 1000,
    completedAtMs: null,
    totalSeconds: 1,
    queueWaitSeconds: 0,
    serviceSeconds: 1,
    stages: [],
    denoiseStepsSeconds: [],
    peakReservedBytes: null,
    peakAllocatedBytes: null,
    modelLoadPeakReservedBytes: null,
    record: 'not_read'
  })))
}

const entry = (key: string, baseline: number, candidate: number): WorkloadEntry => ({ key, name: null, tokens: null, n: { baseline, candidate } })

test('without a workload the one with the most samples on both sides is compared, not the busiest one side', async (t) => {
  const names = catalog()
  // 60 default jobs on the baseline only, 10/12 of the seed's: min(60, 0) = 0 < min(10, 12) = 10
  const entries = workloadEntries(mixOfSamples(samples({ 't2v-1280x704-97f-50s': 60, 't2v-1280x704-121f-50s': 10 })),
    mixOfSamples(samples({ 't2v-1280x704-121f-50s': 12, other: 40 })), names)
  t.same(chooseWorkload(undefined, entries, names), { key: 't2v-1280x704-121f-50s', chosen: 'most samples' })
  t.same(entries.map((e) => e.key), ['t2v-1280x704-121f-50s', 't2v-1280x704-97f-50s', 'other'], 'other last: it pools unlike shapes')
  t.same(entries[0], { key: 't2v-1280x704-121f-50s', name: 'seed', tokens: 1000, n: { baseline: 10, candidate: 12 } })
})

test('equal counts on both sides are broken by the total', async (t) => {
  const entries = workloadEntries(mixOfSamples(samples({ 't2v-640x352-25f-50s': 5, 't2v-1280x704-97f-50s': 5 })),
    mixOfSamples(samples({ 't2v-640x352-25f-50s': 5, 't2v-1280x704-97f-50s': 9 })), catalog())
  t.same(entries.map((e) => [e.key, e.n.baseline + e.n.candidate]), [['t2v-1280x704-97f-50s', 14], ['t2v-640x352-25f-50s', 10]])
})

test('nothing run yet compares the first preset', async (t) => {
  t.same(chooseWorkload(undefined, [], catalog()), { key: 't2v-1280x704-97f-50s', chosen: 'most samples' })
})

test('a workload no measure carries is a 400 on `workload` that lists the known keys', async (t) => {
  const names = catalog()
  const err = (() => { try { chooseWorkload('t2v-1x1-1f-1s', [entry('i2v-1280x704-97f-50s', 1, 0)], names) } catch (e) { return e as Error & { statusCode: number, param: string } } })()!
  t.equal(err.statusCode, 400)
  t.equal(err.param, 'workload')
  t.equal(err.message, 'workload: unknown workload "t2v-1x1-1f-1s" (known: t2v-1280x704-97f-50s, t2v-1280x704-121f-50s, i2v-1280x704-97f-50s, other)')
  t.same(chooseWorkload('other', [], names), { key: 'other', chosen: 'requested' })
  t.same(chooseWorkload('i2v-1280x704-97f-50s', [entry('i2v-1280x704-97f-50s', 1, 0)], names).chosen, 'requested', 'a key seen in the samples is known')
})

test('mixes differ when a workload is on one side only, or its shares are more than 10 points apart', async (t) => {
  t.equal(mixesDiffer([entry('a', 30, 30), entry('b', 10, 10)]), false, 'the same shares')
  t.equal(mixesDiffer([entry('a', 30, 31), entry('b', 10, 9)]), false, '75% against 77.5%')
  t.equal(mixesDiffer([entry('a', 60, 60), entry('b', 0, 1)]), true, 'b on the candidate only')
  // 50% against 75%
  t.equal(mixesDiffer([entry('a', 10, 30), entry('b', 10, 10)]), true)
  t.equal(mixesDiffer([entry('a', 0, 5)]), false, 'one side has nothing: there is no mix to compare')
})
