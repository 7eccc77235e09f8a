import { test } from 'tap'
import { createOutstandingWork, createServiceModel, fitPowerLaw, workAhead, workOf } from '../../src/routing/service-model.ts'

// Wan2.2-TI2V-5B shapes (tokens = latent frames x H/32 x W/32): the seed's request, the HTTP default, a short clip
const seed = { key: 't2v-1280x704-121f-50s', tokens: 31 * 22 * 40, steps: 50, outputs: 1 }
const standard = { key: 't2v-1280x704-97f-50s', tokens: 25 * 22 * 40, steps: 50, outputs: 1 }
const clip = { key: 't2v-832x480-49f-50s', tokens: 13 * 15 * 26, steps: 50, outputs: 1 }

const close = (t: { ok: (value: boolean, message: string) => void }, actual: number | null, expected: number, what: string) =>
  t.ok(actual !== null && Math.abs(actual - expected) < 1e-9 * Math.max(1, expected), `${what}: ${actual} vs ${expected}`)

test('the work of a workload is its tokens times steps times videos', async (t) => {
  t.equal(seed.tokens, 27_280)
  t.equal(workOf(seed), 1_364_000)
  t.equal(workOf({ tokens: 22_000, steps: 30, outputs: 2 }), 1_320_000)
})

test('the power law through two sizes is exact, and its exponent is held between 0 and 2', async (t) => {
  // 10 s at 100, 40 s at 400: linear, so 20 s at 200
  const linear = fitPowerLaw([{ work: 100, seconds: 10 }, { work: 400, seconds: 40 }])!
  close(t, linear.exponent, 1, 'linear exponent')
  close(t, linear.scale * 200, 20, 'linear at 200')
  // 10 s at 100, 40 s at 200: quadratic, 160 s at 400
  const square = fitPowerLaw([{ work: 100, seconds: 10 }, { work: 200, seconds: 40 }])!
  close(t, square.scale * 400 ** square.exponent, 160, 'quadratic at 400')
  // 10 s then 100 s at twice the work is log2(10) = 3.32: held at 2, through the centroid
  // (geometric means: work sqrt(100 x 200) = 141.42, seconds sqrt(10 x 100) = 31.62), so at 400 31.62 x (400 / 141.42)^2 = 31.62 x 8
  const steep = fitPowerLaw([{ work: 100, seconds: 10 }, { work: 200, seconds: 100 }])!
  t.equal(steep.exponent, 2)
  close(t, steep.scale * 400 ** 2, Math.sqrt(1000) * 8, 'held at 2')
  // faster for more work is noise: exponent 0, the geometric mean sqrt(20 x 10) everywhere
  const falling = fitPowerLaw([{ work: 100, seconds: 20 }, { work: 200, seconds: 10 }])!
  t.equal(falling.exponent, 0)
  close(t, falling.scale, Math.sqrt(200), 'held at 0')
})

test('no fit without two distinct sizes', async (t) => {
  t.equal(fitPowerLaw([]), null)
  t.equal(fitPowerLaw([{ work: 100, seconds: 10 }]), null)
  t.equal(fitPowerLaw([{ work: 100, seconds: 10 }, { work: 100, seconds: 12 }]), null)
  t.equal(fitPowerLaw([{ work: 100, seconds: 10 }, { work: 0, seconds: 12 }, { work: 50, seconds: -1 }]), null)
})

test('a workload seen is predicted by its own moving average, whatever else the backend ran', async (t) => {
  const model = createServiceModel({ alpha: 0.5 })
  t.equal(model.predict(seed), null, 'nothing learned')
  model.observe(seed, 60)
  model.observe(seed, 70)
  model.observe(clip, 17)
  // 60, then 0.5 x 70 + 0.5 x 60 = 65
  t.equal(model.predict(seed), 65)
  t.equal(model.predict(clip), 17)
  t.equal(model.seconds(seed.key), 65)
  t.equal(model.seconds(standard.key), null)
  // all jobs: 60, 65, 0.5 x 17 + 0.5 x 65 = 41
  t.equal(model.mean(), 41)
})

test('a shape not seen is priced by the fit across the shapes seen, then by the mean of all jobs', async (t) => {
  const model = createServiceModel()
  model.observe(seed, 90)
  // one size only: the mean
  t.equal(model.predict(standard), 90)
  model.observe(clip, 15)
  // ln(90 / 15) / ln(1,364,000 / 253,500) = 1.0637 < 2; through (253,500, 15) and (1,364,000, 90)
  const exponent = Math.log(90 / 15) / Math.log(1_364_000 / 253_500)
  close(t, model.fit()!.exponent, exponent, 'exponent')
  close(t, model.predict(standard), 15 * (workOf(standard) / 253_500) ** exponent, 'the default size')
  t.ok(model.predict(standard)! > 15 && model.predict(standard)! < 90)
  // `other` pools shapes: never a mean of its own, priced by its size
  model.observe({ ...standard, key: 'other' }, 1000)
  t.equal(model.seconds('other'), null)
  close(t, model.predict({ ...standard, key: 'other' }), 15 * (workOf(standard) / 253_500) ** exponent, 'other by the fit')
  t.equal(model.predict(null), model.mean(), 'a job of unknown work: the mean')
})

test('nonsense service times are not learned', async (t) => {
  const model = createServiceModel()
  model.observe(seed, Number.NaN)
  model.observe(seed, 0)
  model.observe(seed, -3)
  t.equal(model.mean(), null)
  t.equal(model.predict(seed), null)
})

test('outstanding work is priced with what the model knows when asked, and unknown work is counted apart', async (t) => {
  const model = createServiceModel()
  const work = createOutstandingWork()
  work.add(seed)
  work.add(seed)
  work.add(clip)
  work.add(null)
  t.equal(work.jobs(), 3)
  t.same(work.price(model), { seconds: 0, unpriced: 3 })
  model.observe(seed, 60)
  model.observe(clip, 20)
  t.same(work.price(model), { seconds: 2 * 60 + 20, unpriced: 0 })
  work.remove(seed)
  work.remove(clip)
  work.remove(clip)
  work.remove(null)
  t.same(work.price(model), { seconds: 60, unpriced: 0 })
  // a replica with 3 outstanding of which 1 priced: 2 adopted jobs ahead
  t.same(workAhead(model, [{ outstanding: 3, work }], clip), { aheadSeconds: 60, unpricedJobs: 2, ownServiceSeconds: 20 })
})

test('outstanding jobs of the pooled key are priced at their mean size', async (t) => {
  const model = createServiceModel()
  model.observe({ ...clip, key: 'a' }, 10)
  model.observe({ ...clip, key: 'b', steps: 200 }, 40)
  // exponent 1 (4x the work, 4x the seconds): 10 s per 253,500 token-steps
  const work = createOutstandingWork()
  work.add({ ...clip, key: 'other', steps: 100 })
  work.add({ ...clip, key: 'other', steps: 300 })
  // mean 200 steps: 40 s each, 80 s
  close(t, work.price(model).seconds, 80, 'two jobs of other')
})
