// #15 items 4 and 6: a backend that hangs, answers 5xx or sends huge bodies. Its jobs looked
// healthy for an hour (running, error null, polled at full pace against an open circuit) and its
// bodies were read whole (a 400 MB poll answer took the gateway to 1.5 GB; a 50 MB `detail` was
// relayed and logged whole).
import { test } from 'tap'
import type { ServerResponse } from 'node:http'
import { buildServer } from '../../src/server.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { createJobIdCodec } from '../../src/jobs/job-id.ts'
import { build, eventually, ready, testSecret } from '../helper.ts'
import { sendHugeBody, startScriptedBackend } from './helper.ts'

interface Teardown { teardown (fn: () => unknown): void }
interface LogLine { level: number, msg: string, [key: string]: unknown }

async function gateway (t: Teardown, overrides: Partial<Config>) {
  const lines: LogLine[] = []
  const raw: string[] = []
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, logLevel: 'info', ...overrides })
  const app = await buildServer(config, { level: 'info', stream: { write (line: string) { raw.push(line); lines.push(JSON.parse(line)) } } })
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  return { app, lines, raw }
}

const queued = JSON.stringify({ id: 'job-1', status: 'queued' })

test('a backend answering every poll with a 500 fails the job as unreachable past the bound, showing it failing until then', async (t) => {
  const failing = await startScriptedBackend(t, 'failing', (req, res) => {
    if (req.method === 'POST') return res.writeHead(200, { 'content-type': 'application/json' }).end(queued)
    res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error')
  })
  const { app, lines } = await gateway(t, {
    backends: [failing.config], pollMaxMs: 100, breakerFailureThreshold: 2, breakerCoolDownMs: 500, backendUnreachableSeconds: 1.5
  })
  const submittedAt = Date.now()
  const created = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'failing' } })
  t.equal(created.statusCode, 202)
  const id = created.json().id

  const failingView = await eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return job.backend_failing && job.status !== 'failed' ? job : null
  })
  t.equal(failingView.error, null, 'not failed yet')
  t.match(failingView.backend_failing, { error: 'Backend failing answered with status 500', failed_polls: Number })
  t.ok(failingView.backend_failing.since * 1000 >= submittedAt - 1, 'failing since a poll after the submit')
  const replica = (await app.inject('/v1/backends')).json().data[0].replicas[0]
  t.equal(replica.last_error, 'Backend failing answered with status 500', '/v1/backends shows the last error although /health passes')
  t.ok(Date.parse(replica.last_error_at) >= submittedAt - 1)
  t.equal(replica.up, true, 'its health checks still pass')

  const failed = await eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return job.status === 'failed' ? job : null
  }, { timeoutMs: 5000 })
  const failedAfterMs = Date.now() - submittedAt
  t.equal(failed.error.code, 'backend_unreachable')
  t.match(failed.error.message, /^backend failing could not be polled for \d+ s \(since .+\): Backend failing answered with status 500$/)
  t.ok(failedAfterMs >= 1500, `failed after the 1.5 s bound (${failedAfterMs} ms)`)

  // Backing off: 100, 200, 400 ms, then no sooner than the circuit's 500 ms cool-down; at the 5%
  // of elapsed time of a healthy job's pace, 1.5 s would have cost about 60 polls
  const polls = failing.calls.filter((call) => call.startsWith('GET /v1/videos/')).length
  t.ok(polls <= 8, `${polls} polls in the 1.5 s before the job was failed`)
  const warned = lines.filter((line) => line.msg === 'poll failed: the job\'s backend is failing')
  t.equal(warned.length, 1, 'the first failed poll is warned once, the others at debug')
  t.equal(warned[0]?.level, 40)
  const metrics = (await app.inject('/metrics')).body
  t.match(metrics, 'ringside_jobs_total{backend="failing",outcome="unreachable"} 1')
})

test('a job whose backend answers again after failed polls no longer shows it failing', async (t) => {
  let broken = true
  const flaky = await startScriptedBackend(t, 'flaky', (req, res) => {
    if (req.method === 'POST') return res.writeHead(200, { 'content-type': 'application/json' }).end(queued)
    if (broken) return res.writeHead(503).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(queued)
  })
  const { app } = await gateway(t, { backends: [flaky.config], pollMaxMs: 50, backendUnreachableSeconds: 60 })
  const id = (await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'flaky' } })).json().id
  await eventually(async () => (await app.inject(`/v1/video/jobs/${id}`)).json().backend_failing)
  broken = false
  const healed = await eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return job.backend_failing === null ? job : null
  })
  t.not(healed.status, 'failed', 'still followed')
  t.equal(healed.error, null)
  t.equal((await app.inject('/v1/backends')).json().data[0].replicas[0].last_error, null, 'a call that succeeded clears the call error')
})

test('a backend answering a poll with 100 MB of JSON is a 502 naming it, read no further than the bound', async (t) => {
  let sent: Promise<number> | undefined
  const huge = await startScriptedBackend(t, 'huge', (_req, res) => { sent = sendHugeBody(res, 100 * 1024 * 1024) })
  const { app } = await gateway(t, { backends: [huge.config], maxUpstreamBodyBytes: 64 * 1024 })
  // A signed id the gateway never saw: it asks the backend (adoption), and reads its answer
  const id = createJobIdCodec(testSecret).encode({ backend: 'huge', replica: 0, upstreamId: 'job-1' })
  const res = await app.inject(`/v1/video/jobs/${id}`)
  t.equal(res.statusCode, 502)
  t.match(res.json(), { code: 'RINGSIDE_UPSTREAM_MALFORMED', backend: 'huge', message: 'Backend huge sent a malformed response' })
  const written = await sent!
  // What the sockets' buffers held when the gateway let go: a few MB at most, not the 100 MB
  t.ok(written < 16 * 1024 * 1024, `the backend got ${Math.round(written / 1024)} KiB out before the gateway hung up`)
})

test('a backend 400 whose detail is 10,000 characters reaches the client and the log cut to 500', async (t) => {
  const detail = 'd'.repeat(10_000)
  const rude = await startScriptedBackend(t, 'rude', (_req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ detail }))
  })
  const { app, raw } = await gateway(t, { backends: [rude.config] })
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'rude' } })
  t.equal(res.statusCode, 400)
  const { message } = res.json()
  t.equal(message, `Backend rude rejected the request: ${'d'.repeat(500)}… (9500 more characters)`)
  t.ok(raw.every((line) => line.length < 4096), 'no log line carries the detail whole')
  t.equal((await app.inject('/v1/backends')).json().data[0].replicas[0].last_error, null, 'a refused request is the client\'s, not the replica\'s error')
})

test('a backend 400 of 50 MB is not read: the client is told it was rejected and its size', async (t) => {
  const rude = await startScriptedBackend(t, 'rude', (_req, res) => {
    res.writeHead(400, { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) })
    res.write(`{"detail":"${'d'.repeat(1024)}`)
  })
  const { app, raw } = await gateway(t, { backends: [rude.config] })
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'rude' } })
  t.equal(res.statusCode, 400)
  t.equal(res.json().message, 'Backend rude rejected the request: rejected, with an answer over 65536 bytes (not read)')
  t.ok(raw.every((line) => line.length < 4096))
})

// The adversarial run's fakes, one by one: each keeps /health passing while its polls fail
const misbehaviours: Array<{ attack: string, error: RegExp, answer: (res: ServerResponse) => void }> = [
  { attack: 'hangs', error: /^Backend bad timed out: /, answer: () => {} },
  { attack: 'answers garbage', error: /^Backend bad sent a malformed response: /, answer: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>') },
  { attack: 'redirects', error: /^Backend bad answered with status 302$/, answer: (res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end() },
  { attack: 'drops the connection', error: /^Backend bad closed the connection: /, answer: (res) => res.socket?.destroy() }
]

for (const { attack, error, answer } of misbehaviours) {
  test(`a job on a backend that ${attack} at every poll shows it failing, then is failed as unreachable`, async (t) => {
    const bad = await startScriptedBackend(t, 'bad', (req, res) => {
      if (req.method === 'POST') return res.writeHead(200, { 'content-type': 'application/json' }).end(queued)
      answer(res)
    })
    const { app } = await gateway(t, { backends: [bad.config], pollMaxMs: 100, headersTimeoutMs: 200, backendUnreachableSeconds: 1 })
    const id = (await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'bad' } })).json().id
    const failing = await eventually(async () => (await app.inject(`/v1/video/jobs/${id}`)).json().backend_failing)
    t.match(failing.error, error)
    t.match((await app.inject('/v1/backends')).json().data[0].replicas[0].last_error, error)
    const failed = await eventually(async () => {
      const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
      return job.status === 'failed' ? job : null
    }, { timeoutMs: 5000 })
    t.equal(failed.error.code, 'backend_unreachable')
  })
}

test('a backend reporting a job failed with a 100,000-character reason shows and logs it cut to 2000', async (t) => {
  const reason = 'r'.repeat(100_000)
  const verbose = await startScriptedBackend(t, 'verbose', (req, res) => {
    const body = req.method === 'POST' ? queued : JSON.stringify({ id: 'job-1', status: 'failed', error: { message: reason } })
    res.writeHead(200, { 'content-type': 'application/json' }).end(body)
  })
  const { app, raw } = await gateway(t, { backends: [verbose.config] })
  const id = (await app.inject({ method: 'POST', url: '/v1/video/generate?wait=5', payload: { prompt: 'x', backend: 'verbose' } })).json().id
  const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
  t.equal(job.status, 'failed')
  t.equal(job.error.message, `${'r'.repeat(2000)}… (98000 more characters)`)
  t.ok(raw.every((line) => line.length < 8192), 'no log line carries the reason whole')
})

test('a backend whose completed job names a cloud url that is not http(s) is a 502 naming it, and the client is sent nowhere', async (t) => {
  const job = { id: 'job-1', status: 'completed', url: 'file:///etc/passwd', file_path: null, file_paths: null, num_outputs: 1 }
  const backend = await startScriptedBackend(t, 'liar', (req, res) => {
    const body = JSON.stringify(req.method === 'POST' || req.url === '/v1/videos/job-1' ? job : req.url?.startsWith('/v1/videos?') ? { data: [] } : { detail: 'Not Found' })
    res.writeHead(body.includes('Not Found') ? 404 : 200, { 'content-type': 'application/json' }).end(body)
  })
  const app = await build(t, { backends: [backend.config] })
  await ready(app)
  const id = (await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x' } })).json().id
  const view = await eventually(async () => {
    const found = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return found.status === 'completed' && found
  })
  t.same(view.storage, { location: 'cloud', url: null }, 'uploaded, to nowhere a client can go')
  const content = await app.inject(`/v1/video/jobs/${id}/content`)
  t.equal(content.statusCode, 502)
  t.match(content.json(), { code: 'RINGSIDE_CLOUD_URL_INVALID', backend: 'liar', message: 'Backend liar says the video was uploaded to cloud storage, but its url is not an http(s) URL' })
  t.equal(content.headers.location, undefined)
})
