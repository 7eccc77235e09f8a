// Submits are sent side by side, so two POSTs to one backend can be answered in the other order
// than they arrived. The backend runs them in arrival order; the gateway must end up agreeing.
import { test } from 'tap'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { build, eventually } from '../helper.ts'

interface FakeJob { id: string, prompt: string, finished: boolean }

/**
 * A FIFO backend speaking SGLang's API that holds the answer to its first POST for
 * `firstAnswerDelayMs` (so the second POST is answered first), and runs its jobs one at a time
 * in arrival order: job i completes only when the test calls `finish(i)`, which takes them in
 * that order. The test, not the machine's load, decides when each job ends.
 */
async function startReorderingBackend (t: { teardown (fn: () => unknown): void }, firstAnswerDelayMs: number) {
  const jobs: FakeJob[] = []
  function view (job: FakeJob) {
    return { id: job.id, object: 'video', status: job.finished ? 'completed' : 'queued', progress: job.finished ? 100 : 0, created_at: 0, error: null, peak_memory_mb: null, inference_time_s: null }
  }
  function send (res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.url === '/health') return send(res, 200, {})
      if (req.url === '/v1/models') return send(res, 200, { object: 'list', data: [{ id: 'fake', object: 'model', num_gpus: 1 }] })
      if (req.method === 'POST' && req.url === '/v1/videos') {
        const { prompt } = JSON.parse(Buffer.concat(chunks).toString()) as { prompt: string }
        const job = { id: `job-${jobs.length}`, prompt, finished: false }
        const delayMs = jobs.push(job) === 1 ? firstAnswerDelayMs : 0
        return setTimeout(() => send(res, 200, view(job)), delayMs)
      }
      const job = jobs.find((candidate) => req.url === `/v1/videos/${candidate.id}`)
      if (job === undefined) return send(res, 404, { detail: 'Video not found' })
      send(res, 200, view(job))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Prompts in the order the POSTs reached the backend. */
    arrivals: () => jobs.map((job) => job.prompt),
    finish (index: number) {
      if (jobs.slice(0, index).some((job) => !job.finished)) throw new Error('FIFO: the jobs before it finish first')
      jobs[index]!.finished = true
    }
  }
}

type JobView = Record<string, number | string | null>

// The gateway's own clock (tracker.ts's default: monotonic, sub-millisecond), so that the test's
// brackets and the gateway's timestamps are read off the same clock.
const clock = () => performance.timeOrigin + performance.now()
/** Whether `value` lies in [from, to]; 0.01 ms of slack for seconds x 1000 in floating point. */
const within = (value: number, from: number, to: number) => value >= from - 0.01 && value <= to + 0.01

test('two submits answered in the reverse order of their arrival end up in the backend\'s order: each gets its own service time', async (t) => {
  const backend = await startReorderingBackend(t, 150)
  const app = await build(t, {
    backends: [{ name: 'u1r1', urls: [backend.url], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }],
    pollMinMs: 5,
    pollMaxMs: 40
  })
  const submit = (prompt: string) => app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt, backend: 'u1r1' } })
  const submittedFromMs = clock()
  const first = submit('a fox 1')
  await sleep(20)
  const second = submit('a fox 2')
  const ids = Object.fromEntries((await Promise.all([first, second])).map((res, i) => [`a fox ${i + 1}`, (res.json() as { id: string }).id]))
  const answeredByMs = clock()
  // Sent 20 ms apart, they normally arrive in that order; what matters is that the backend's
  // first arrival had its answer held, so the gateway heard of the other first.
  const [firstIn, secondIn] = backend.arrivals()
  const [idA, idB] = [ids[firstIn!]!, ids[secondIn!]!]

  const jobOf = async (id: string): Promise<JobView> => (await app.inject({ url: `/v1/video/jobs/${id}` })).json()
  // Each job's end is bracketed by the test's clock: it cannot be seen completed before the
  // backend completed it, and it was seen by the time the gateway reports it.
  async function finish (index: number, id: string) {
    await sleep(400)
    const fromMs = clock()
    backend.finish(index)
    const job = await eventually(async () => { const view = await jobOf(id); return view.status === 'completed' && view }, { timeoutMs: 20_000 })
    return { job, fromMs, byMs: clock() }
  }
  const a = await finish(0, idA)
  t.equal((await jobOf(idB)).status, 'running', 'the second runs once the first completed')
  const b = await finish(1, idB)
  const { job: jobA } = a
  const { job: jobB } = b
  const ms = (seconds: unknown) => (seconds as number) * 1000

  // The first to arrive ran first: it started no later than both submits were answered (a job
  // queued behind the other would have started only when that one completed, after a.fromMs)
  t.ok(within(ms(jobA.started_at), submittedFromMs, answeredByMs), 'the first to arrive started when it was submitted')
  t.ok(within(ms(jobA.completed_at), a.fromMs, a.byMs), 'and completed when the backend completed it')
  const serviceA = ms(jobA.completed_at) - ms(jobA.started_at)
  t.ok(within(serviceA, a.fromMs - answeredByMs, a.byMs - submittedFromMs), `the first to arrive ran first, for its own ${serviceA} ms`)

  t.equal(jobB.started_at, jobA.completed_at, 'the second started when the first completed')
  t.ok(within(ms(jobB.completed_at), b.fromMs, b.byMs), 'and completed when the backend completed it')
  const serviceB = ms(jobB.completed_at) - ms(jobB.started_at)
  t.ok(within(serviceB, b.fromMs - a.byMs, b.byMs - a.fromMs), `the second ran after it, for its own ${serviceB} ms`)
  // It waited from its submit to the first's end: at least the 400 ms the test held the first
  const waitB = ms(jobB.queue_wait_seconds)
  t.ok(within(waitB, a.fromMs - answeredByMs, a.byMs - submittedFromMs) && waitB > 300, `and waited for the first (${jobB.queue_wait_seconds} s)`)
  t.ok(typeof jobA.queue_wait_seconds === 'number' && within(ms(jobA.queue_wait_seconds), 0, answeredByMs - submittedFromMs) && ms(jobA.queue_wait_seconds) < waitB,
    `the first barely waited (${jobA.queue_wait_seconds} s): no longer than the submits took`)
})
