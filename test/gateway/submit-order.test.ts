// Submits are sent side by side, so two POSTs to one backend can be answered in the other order
// than they arrived. The backend runs them in arrival order; the gateway must end up agreeing.
import { test } from 'tap'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { build, eventually } from '../helper.ts'

interface FakeJob { id: string, arrivedAtMs: number }

/**
 * A FIFO backend speaking SGLang's API, one generation at a time of `serviceMs` each, that holds
 * the answer to its first POST for `firstAnswerDelayMs`: the second POST is answered first.
 */
async function startReorderingBackend (t: { teardown (fn: () => unknown): void }, serviceMs: number, firstAnswerDelayMs: number) {
  const jobs: FakeJob[] = []
  function finishedAtMs (index: number): number {
    let end = 0
    for (let i = 0; i <= index; i++) end = Math.max(end, (jobs[i] as FakeJob).arrivedAtMs) + serviceMs
    return end
  }
  function view (index: number) {
    const job = jobs[index] as FakeJob
    const done = Date.now() >= finishedAtMs(index)
    return { id: job.id, object: 'video', status: done ? 'completed' : 'queued', progress: done ? 100 : 0, created_at: Math.floor(job.arrivedAtMs / 1000), error: null, peak_memory_mb: null, inference_time_s: null }
  }
  function send (res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume()
    req.on('end', () => {
      if (req.url === '/health') return send(res, 200, {})
      if (req.url === '/v1/models') return send(res, 200, { object: 'list', data: [{ id: 'fake', object: 'model', num_gpus: 1 }] })
      if (req.method === 'POST' && req.url === '/v1/videos') {
        const index = jobs.push({ id: `job-${jobs.length}`, arrivedAtMs: Date.now() }) - 1
        const delayMs = index === 0 ? firstAnswerDelayMs : 0
        return setTimeout(() => send(res, 200, view(index)), delayMs)
      }
      const index = jobs.findIndex((job) => req.url === `/v1/videos/${job.id}`)
      if (index === -1) return send(res, 404, { detail: 'Video not found' })
      send(res, 200, view(index))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

test('two submits answered in the reverse order of their arrival end up in the backend\'s order: each gets its own service time', async (t) => {
  const serviceMs = 400
  const url = await startReorderingBackend(t, serviceMs, 150)
  const app = await build(t, {
    backends: [{ name: 'u1r1', urls: [url], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }],
    pollMinMs: 5,
    pollMaxMs: 40
  })
  const submit = () => app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a fox', backend: 'u1r1' } })
  const first = submit()
  await sleep(20)
  const second = submit()
  const [a, b] = (await Promise.all([first, second])).map((res) => res.json() as { id: string })
  const settle = async (id: string) => {
    let job: Record<string, number | string | null> = {}
    await eventually(async () => {
      job = (await app.inject({ url: `/v1/video/jobs/${id}` })).json()
      return job.status === 'completed'
    }, { timeoutMs: 5000 })
    return job
  }
  const jobA = await settle(a!.id)
  const jobB = await settle(b!.id)
  const serviceA = (jobA.completed_at as number) - (jobA.started_at as number)
  const serviceB = (jobB.completed_at as number) - (jobB.started_at as number)
  t.ok(serviceA > 0.3 && serviceA < 0.4 + 0.2, `the first to arrive ran first, for its own ${serviceA} s`)
  t.ok(serviceB > 0.3 && serviceB < 0.4 + 0.2, `the second ran after it, for its own ${serviceB} s`)
  t.ok((jobB.queue_wait_seconds as number) > 0.3, `and waited for the first (${jobB.queue_wait_seconds} s)`)
  t.ok(typeof jobA.queue_wait_seconds === 'number' && jobA.queue_wait_seconds < 0.1, `the first barely waited (${jobA.queue_wait_seconds} s)`)
})
