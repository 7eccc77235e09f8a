// The tracker's queue arithmetic on one long FIFO replica, in-process (no network, so far less
// noise than bench/jobs.ts): 10,000 jobs submitted, each paced as its poller does it (the
// jobs certainly ahead of it), then the queue drained from its head. With RINGSIDE_BENCH_BASELINE
// =<git revision> the same runs on that revision's src/jobs/queue.ts, interleaved round by round.
//   node bench/queue.ts [--jobs 10000] [--rounds 5]
import { parseArgs } from 'node:util'
import { checkoutBaseline } from './lib/baseline.ts'
import { fixed, markdownTable, median, preamble, publish, ratio } from './lib/report.ts'

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' } } })
const jobs = Number(values.jobs)
const rounds = Number(values.rounds)
for (const [flag, value] of [['jobs', jobs], ['rounds', rounds]] as const) {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${flag} must be a whole number > 0, got ${value}`)
}

// What both revisions export, called with their single-lane defaults: one generation at a time
interface QueueModule {
  enqueue (queue: object[], entry: object): void
  dequeue (queue: object[], entry: object, atMs: number): unknown
  jobsCertainlyAhead (queue: object[], entry: object): number
}

// A job as the queue reads it: its status, clock and the upstream status promote reads
function entry (index: number) {
  const job = { id: String(index), status: 'queued', submittedAtMs: index, startedAtMs: null, completedAtMs: null, upstream: { status: 'queued' } }
  return { job, answeredAtMs: index + 0.5, batchKey: null }
}

/** Milliseconds to submit and pace `jobs` jobs, then to drain them, on `queue`'s functions. */
function run (queue: QueueModule): { submitMs: number, drainMs: number } {
  const entries: object[] = []
  const started = performance.now()
  for (let i = 0; i < jobs; i++) {
    const queued = entry(i)
    queue.enqueue(entries, queued)
    queue.jobsCertainlyAhead(entries, queued)
  }
  const submitted = performance.now()
  for (let i = 0; entries.length > 0; i++) queue.dequeue(entries, entries[0]!, jobs + i)
  return { submitMs: submitted - started, drainMs: performance.now() - submitted }
}

const revision = process.env.RINGSIDE_BENCH_BASELINE
const checkout = revision ? await checkoutBaseline(revision) : undefined
try {
  const contenders: Array<{ name: string, queue: QueueModule }> = [
    { name: 'this checkout', queue: await import('../src/jobs/queue.ts') as unknown as QueueModule }
  ]
  if (checkout) {
    const path = new URL('../src/jobs/queue.ts', `file://${checkout.bin}`).href
    contenders.push({ name: `@${checkout.revision}`, queue: await import(path) as QueueModule })
  }
  // a warm-up round each, then interleaved rounds so a machine getting busier weighs on all alike
  for (const { queue } of contenders) run(queue)
  const results = new Map(contenders.map(({ name }) => [name, [] as Array<{ submitMs: number, drainMs: number }>]))
  for (let round = 0; round < rounds; round++) for (const { name, queue } of contenders) results.get(name)!.push(run(queue))
  const medians = contenders.map(({ name }) => {
    const runs = results.get(name)!
    return { name, submitMs: median(runs.map((r) => r.submitMs)), drainMs: median(runs.map((r) => r.drainMs)) }
  })
  const reference = medians[1]
  await publish('queue', [
    `## Queue: ${jobs} jobs on one replica`,
    '',
    preamble(`${revision ? `RINGSIDE_BENCH_BASELINE=${revision} ` : ''}node bench/queue.ts --jobs ${jobs} --rounds ${rounds}`),
    '',
    markdownTable(
      ['queue', 'submit and pace all (ms)', 'per job (us)', 'drain all (ms)', 'per job (us)', ...(reference ? ['submit vs before', 'drain vs before'] : [])],
      medians.map((m) => [
        m.name, fixed(m.submitMs, 1), fixed(m.submitMs / jobs * 1000, 2), fixed(m.drainMs, 1), fixed(m.drainMs / jobs * 1000, 2),
        ...(reference ? [ratio(m.submitMs, reference.submitMs), ratio(m.drainMs, reference.drainMs)] : [])
      ])),
    '',
    `Medians of ${rounds} interleaved rounds after a warm-up each. A ratio below 1.00x is faster than before.`
  ].join('\n'))
} finally {
  await checkout?.remove()
}
