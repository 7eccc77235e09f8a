import { test } from 'tap'
import { createWorkloadCatalog } from '../../src/workloads/catalog.ts'
import type { Workload } from '../../src/workloads/workload.ts'

const shape = (frames: number): Workload => ({ task: 't2v', width: 1280, height: 704, frames, steps: 50, outputs: 1, tokens: 0 })

test('presets always have their own key; then the first shapes seen; then `other`', async (t) => {
  const catalog = createWorkloadCatalog({ presets: [{ name: 'seed', key: 't2v-1280x704-121f-50s' }], maxSeen: 2 })
  t.equal(catalog.label(shape(49)).key, 't2v-1280x704-49f-50s')
  t.equal(catalog.label(shape(81)).key, 't2v-1280x704-81f-50s')
  t.equal(catalog.label(shape(17)).key, 'other', 'past the two free slots')
  t.equal(catalog.label(shape(121)).key, 't2v-1280x704-121f-50s', 'a preset needs no slot')
  t.equal(catalog.label(shape(49)).key, 't2v-1280x704-49f-50s', 'a shape seen keeps its key')
  t.same(catalog.known(), [
    { key: 't2v-1280x704-121f-50s', name: 'seed' },
    { key: 't2v-1280x704-49f-50s', name: null },
    { key: 't2v-1280x704-81f-50s', name: null }
  ])
  t.ok(catalog.has('other'))
  t.notOk(catalog.has('t2v-1280x704-17f-50s'), 'a shape that got no key is not one')
})

test('no free slots: every shape but the presets is `other`', async (t) => {
  const catalog = createWorkloadCatalog({ presets: [], maxSeen: 0 })
  t.equal(catalog.label(shape(97)).key, 'other')
  t.same(catalog.known(), [])
})
