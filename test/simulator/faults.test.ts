// Every fault mode, seen from the client.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { build, getJson, postJson, settled, waitFor } from './helper.ts'

async function reachable (url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) })
    await res.arrayBuffer()
    return true
  } catch {
    return false
  }
}

test('refuseConnections refuses connections until cleared, then the same port answers again', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ refuseConnections: true })
  await waitFor(async () => (await reachable(`${sim.url}/liveness`)) ? undefined : true)
  const err = await fetch(`${sim.url}/liveness`).then(() => undefined, (e: Error & { cause?: { code?: string } }) => e)
  t.equal(err?.cause?.code, 'ECONNREFUSED')
  sim.clearFaults()
  await waitFor(async () => (await reachable(`${sim.url}/liveness`)) ? true : undefined)
  t.pass('listening again')
})

test('hang accepts requests and never answers them', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ hang: true })
  const err = await fetch(`${sim.url}/v1/models`, { signal: AbortSignal.timeout(100) }).then(() => undefined, (e: Error) => e)
  t.equal(err?.name, 'TimeoutError')
  sim.setFaults({ hang: false })
  t.equal((await getJson(`${sim.url}/v1/models`)).status, 200)
})

test('slowHeadersMs delays the response headers', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ slowHeadersMs: 120 })
  const started = Date.now()
  const res = await fetch(`${sim.url}/liveness`)
  t.ok(Date.now() - started >= 110, 'the headers came late')
  t.equal(res.status, 200)
  await res.arrayBuffer()
})

test('errorStatus with errorCount answers the next N requests with that status', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ errorStatus: 503, errorCount: 2 })
  const statuses = []
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${sim.url}/v1/models`)
    await res.arrayBuffer()
    statuses.push(res.status)
  }
  t.same(statuses, [503, 503, 200])
})

test('errorStatus without a count lasts until cleared', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ errorStatus: 500 })
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${sim.url}/v1/videos`, { method: 'POST', body: '{"prompt":"x"}' })
    t.equal(res.status, 500)
    t.equal(await res.text(), 'Internal Server Error')
  }
  sim.setFaults({})
  t.equal((await fetch(`${sim.url}/liveness`)).status, 500, 'setFaults({}) keeps the faults')
  sim.clearFaults()
  t.equal((await getJson(`${sim.url}/liveness`)).status, 200)
})

test('malformedJson sends JSON bodies that do not parse', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ malformedJson: true })
  const res = await fetch(`${sim.url}/v1/models`)
  t.equal(res.status, 200)
  await t.rejects(res.json())
})

test('failJobs makes new jobs end failed with an error message', async (t) => {
  const { sim } = await build(t)
  sim.setFaults({ failJobs: 'simulated OOM' })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'doomed' })
  t.equal(created.status, 200, 'a job failure is never an HTTP error')
  const job = await settled(sim, created.body.id)
  t.equal(job.status, 'failed')
  t.equal(job.progress, 0)
  t.same(job.error, { message: 'simulated OOM' })
  t.equal(job.completed_at, null)
  t.equal((await getJson(`${sim.url}/v1/videos/${job.id}/content`)).status, 404)
})

// the first request after a death may still try a pooled connection the dead server closed
async function healthStatus (url: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${url}/health`)
    await res.arrayBuffer()
    return res.status
  } catch {
    return undefined
  }
}

test('die loses every job, drops the generation and restarts with a warmup', async (t) => {
  const { sim } = await build(t, { warmupMs: 300, timeScale: 1 })
  await waitFor(async () => (await healthStatus(sim.url)) === 200 ? true : undefined)
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'lost' })
  sim.setFaults({ die: true })
  await waitFor(async () => (await healthStatus(sim.url)) === 503 ? true : undefined)
  t.pass('warming up again')
  const started = Date.now()
  t.same(await getJson(`${sim.url}/v1/videos/${created.body.id}`), { status: 404, body: { detail: 'Video not found' } })
  t.ok(Date.now() - started >= 150, 'job requests were held by the new warmup')
  t.equal(await healthStatus(sim.url), 200)
  t.same((await getJson(`${sim.url}/v1/videos`)).body.data, [])
})

test('perfRecordMissing completes the job without a performance.log line', async (t) => {
  const { sim, perfLogDir } = await build(t)
  const first = await postJson(`${sim.url}/v1/videos`, { prompt: 'recorded' })
  await settled(sim, first.body.id)
  sim.setFaults({ perfRecordMissing: true })
  const second = await postJson(`${sim.url}/v1/videos`, { prompt: 'unrecorded' })
  t.equal((await settled(sim, second.body.id)).status, 'completed')
  const text = await readFile(join(perfLogDir, 'performance.log'), 'utf8')
  t.ok(text.includes(first.body.id))
  t.notOk(text.includes(second.body.id))
})

test('perfRecordCorrupt writes a line that is not JSON', async (t) => {
  const { sim, perfLogDir } = await build(t)
  sim.setFaults({ perfRecordCorrupt: true })
  const created = await postJson(`${sim.url}/v1/videos`, { prompt: 'garbled' })
  t.equal((await settled(sim, created.body.id)).status, 'completed')
  const lines = (await readFile(join(perfLogDir, 'performance.log'), 'utf8')).trim().split('\n')
  t.equal(lines.length, 1)
  t.throws(() => JSON.parse(lines[0] ?? ''))
})
