import { test } from 'tap'
import { createEwma, pollIntervalMs } from '../../src/jobs/poll-interval.ts'

test('a known service time polls at 2% of it', async (t) => {
  t.equal(pollIntervalMs({ expectedServiceMs: 63_740, elapsedMs: 0 }), 1274.8)
  t.equal(pollIntervalMs({ expectedServiceMs: 300, elapsedMs: 10_000 }), 6)
  t.equal(pollIntervalMs({ expectedServiceMs: 1000, elapsedMs: 0, fraction: 0.1 }), 100)
})

test('without a service time the interval is 5% of the elapsed time', async (t) => {
  t.equal(pollIntervalMs({ elapsedMs: 10_000 }), 500)
  t.equal(pollIntervalMs({ expectedServiceMs: null, elapsedMs: 1000 }), 50)
  t.equal(pollIntervalMs({ expectedServiceMs: 0, elapsedMs: 1000 }), 50)
  t.equal(pollIntervalMs({ expectedServiceMs: Number.NaN, elapsedMs: 1000 }), 50)
})

test('the interval is clamped to its bounds', async (t) => {
  t.equal(pollIntervalMs({ elapsedMs: 0 }), 2)
  t.equal(pollIntervalMs({ elapsedMs: -50 }), 2)
  t.equal(pollIntervalMs({ expectedServiceMs: 3_600_000, elapsedMs: 0 }), 2000)
  t.equal(pollIntervalMs({ elapsedMs: 1e9, maxMs: 500 }), 500)
  t.equal(pollIntervalMs({ elapsedMs: 10, minMs: 20 }), 20)
  t.equal(pollIntervalMs({ elapsedMs: Number.POSITIVE_INFINITY }), 2000)
})

test('polling at the interval measures a 90 s job and a 0.3 s job to within a few percent', async (t) => {
  for (const durationMs of [90_630, 300]) {
    for (const expectedServiceMs of [durationMs, null]) {
      let elapsedMs = 0
      while (elapsedMs < durationMs) elapsedMs += pollIntervalMs({ expectedServiceMs, elapsedMs })
      t.ok((elapsedMs - durationMs) / durationMs <= 0.05, `${durationMs} ms, expected ${expectedServiceMs}`)
    }
  }
})

test('an EWMA starts at its first sample and then moves by alpha', async (t) => {
  const ewma = createEwma()
  t.equal(ewma.value(), null)
  t.equal(ewma.update(10), 10)
  t.equal(ewma.update(20), 13)
  t.equal(ewma.value(), 13)
  const fast = createEwma(1)
  fast.update(5)
  t.equal(fast.update(7), 7)
})

test('an EWMA refuses a bad alpha or a non-finite sample', async (t) => {
  t.throws(() => createEwma(0), RangeError)
  t.throws(() => createEwma(1.5), RangeError)
  t.throws(() => createEwma(Number.NaN), RangeError)
  const ewma = createEwma()
  ewma.update(4)
  t.throws(() => ewma.update(Number.NaN), RangeError)
  t.equal(ewma.value(), 4)
})
