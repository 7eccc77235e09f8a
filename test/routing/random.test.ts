import { test } from 'tap'
import { createRandom, drawIndex, exponentialSeconds, lognormalFactor } from '../../src/routing/random.ts'

test('Poisson inter-arrival times have the expected mean within 4 standard errors', async (t) => {
  const random = createRandom(11)
  const n = 100_000
  const rate = 0.0267
  let sum = 0
  for (let i = 0; i < n; i++) sum += exponentialSeconds(random, rate)
  // an exponential's sd equals its mean
  const standardError = (1 / rate) / Math.sqrt(n)
  t.ok(Math.abs(sum / n - 1 / rate) < 4 * standardError, `mean ${sum / n} vs ${1 / rate}`)
})

test('the service-time jitter keeps the mean and has the requested coefficient of variation', async (t) => {
  const random = createRandom(5)
  const n = 100_000
  const samples = Array.from({ length: n }, () => lognormalFactor(random, 0.05))
  const average = samples.reduce((sum, x) => sum + x, 0) / n
  const sd = Math.sqrt(samples.reduce((sum, x) => sum + (x - average) ** 2, 0) / (n - 1))
  t.ok(Math.abs(average - 1) < 4 * 0.05 / Math.sqrt(n), `mean ${average}`)
  t.ok(Math.abs(sd - 0.05) < 0.001, `sd ${sd}`)
  t.ok(samples.every((x) => x > 0))
  t.equal(lognormalFactor(random, 0), 1)
})

test('an index is drawn at its weight', async (t) => {
  const random = createRandom(9)
  const n = 100_000
  const counts = [0, 0, 0]
  for (let i = 0; i < n; i++) counts[drawIndex(random, [0.5, 0.3, 0.2])]!++
  // binomial sd sqrt(n p (1 - p)): at most 158 for p = 0.5; within 4 of them
  counts.forEach((count, i) => t.ok(Math.abs(count - n * [0.5, 0.3, 0.2][i]!) < 4 * 158, `${i}: ${count}`))
})
