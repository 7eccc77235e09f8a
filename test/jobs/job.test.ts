import { test } from 'tap'
import { completedSeen } from '../../src/jobs/job.ts'
import { completedJob } from '../jobs.ts'

// Submitted at 1 s, started at 3 s as the gateway's queue has it (test/jobs.ts)
const job = (startedAtMs: number | null, inference?: unknown) =>
  completedJob('a', { startedAtMs, completedAtMs: null, upstream: { id: 'u', status: 'completed', inference_time_s: inference as number } })

test('a job seen completed keeps the queue\'s start when the backend\'s forward time allows it', async (t) => {
  const seen = job(3000, 2.5)
  t.equal(completedSeen(seen, 7000), 7000)
  t.same([seen.startedAtMs, seen.completedAtMs], [3000, 7000], 'a 2.5 s forward fits in the 4 s since its start')
})

test('a start a poll\'s lag past the bound stands: the FIFO view keeps it at the previous job\'s end', async (t) => {
  // a 3.9 s forward puts the bound at 3.1 s; a start at 3.3 s leaves 3.7 s, above 80% of the forward (3.12 s)
  const lagged = job(3300, 3.9)
  completedSeen(lagged, 7000)
  t.equal(lagged.startedAtMs, 3300)
})

test('a start later than the forward allows moves back to the bound, never before the submit', async (t) => {
  // SGLang's 3.9 s forward ended by 7 s: it started by 3.1 s, though the queue had it start at 6.9 s (a batch it did not predict)
  const late = job(6900, 3.9)
  completedSeen(late, 7000)
  t.equal(late.startedAtMs, 3100)
  const waiting = job(null, 3.9)
  completedSeen(waiting, 7000)
  t.equal(waiting.startedAtMs, 3100, 'a job the gateway still had waiting gets the bound as its start')
  const long = job(6900, 60)
  completedSeen(long, 7000)
  t.equal(long.startedAtMs, 1000, 'a forward longer than the job\'s life: its submit')
})

test('without a usable forward time the queue\'s start stands', async (t) => {
  for (const inference of [undefined, null, 0, -1, 'soon', Number.NaN, Infinity]) {
    const seen = job(6900, inference)
    completedSeen(seen, 7000)
    t.equal(seen.startedAtMs, 6900, `inference_time_s ${String(inference)}`)
  }
  const never = job(null, undefined)
  t.equal(completedSeen(never, 7000), 7000)
  t.equal(never.startedAtMs, null, 'no start is made up')
})
