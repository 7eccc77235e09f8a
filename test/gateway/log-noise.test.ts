// #15 item 9: routine events logged as failures. 200 client-aborted downloads made 322 warn lines
// with a `Premature close` stack although the README says "download ended early" at info; each
// circuit-open 503 was logged at error with a stack.
import { test } from 'tap'
import { request } from 'undici'
import { buildServer } from '../../src/server.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { eventually, ready, testSecret } from '../helper.ts'
import { startScriptedBackend } from '../security/helper.ts'

interface Teardown { teardown (fn: () => unknown): void }
interface LogLine { level: number, msg: string, err?: { stack?: string }, [key: string]: unknown }

async function gateway (t: Teardown, overrides: Partial<Config>) {
  const lines: LogLine[] = []
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, perfRecordWaitMs: 0, logLevel: 'info', ...overrides })
  const app = await buildServer(config, { level: 'info', stream: { write (line: string) { lines.push(JSON.parse(line)) } } })
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  return { app, lines }
}

const completed = JSON.stringify({ id: 'job-1', status: 'completed' })
const atWarnOrAbove = (lines: LogLine[]) => lines.filter((line) => line.level >= 40)

test('a client that aborts a download is logged at info as "download ended early", without a stack', async (t) => {
  const backend = await startScriptedBackend(t, 'slow', (req, res) => {
    if (!req.url?.endsWith('/content')) return res.writeHead(200, { 'content-type': 'application/json' }).end(completed)
    // An mp4 that trickles: the client leaves after the first chunk
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(64 * 1024 * 20) })
    let sent = 0
    const timer = setInterval(() => {
      res.write(Buffer.alloc(64 * 1024, 1))
      if (++sent === 20) { clearInterval(timer); res.end() }
    }, 20)
    res.on('close', () => clearInterval(timer))
  })
  const { app, lines } = await gateway(t, { backends: [backend.config] })
  const created = await app.inject({ method: 'POST', url: '/v1/video/generate?wait=5', payload: { prompt: 'x', backend: 'slow' } })
  t.equal(created.json().status, 'completed')
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const warnedBefore = atWarnOrAbove(lines).length
  const download = await request(`${url}/v1/video/jobs/${created.json().id}/content`)
  t.equal(download.statusCode, 200)
  // The first chunk arrives, then the client leaves
  await new Promise((resolve) => download.body.once('data', resolve))
  download.body.destroy()
  const ended = await eventually(() => lines.find((line) => line.msg === 'download ended early'))
  t.equal(ended.level, 30, 'at info')
  t.equal(ended.err, undefined, 'no error object, so no stack')
  t.type(ended.error, 'string', 'what ended it, in a few words')
  // Let the gateway notice the closed socket everywhere it would (undici, the response) before counting
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.same(atWarnOrAbove(lines).slice(warnedBefore), [], 'nothing at warn or above')
})

test('a request to a backend whose circuit is open is a 503 logged at warn, without a stack', async (t) => {
  const broken = await startScriptedBackend(t, 'broken', (_req, res) => { res.writeHead(500).end() })
  const { app, lines } = await gateway(t, { backends: [broken.config], breakerFailureThreshold: 1, breakerCoolDownMs: 60_000 })
  const generate = () => app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', backend: 'broken' } })
  t.equal((await generate()).statusCode, 502)
  const refused = await generate()
  t.equal(refused.statusCode, 503)
  t.equal(refused.json().code, 'RINGSIDE_BACKEND_CIRCUIT_OPEN')
  const logged = lines.find((line) => line.code === 'RINGSIDE_BACKEND_CIRCUIT_OPEN')
  t.equal(logged?.level, 40, 'at warn')
  t.equal(logged?.backend, 'broken')
  t.equal(logged?.err, undefined, 'no stack')
  t.notOk(lines.some((line) => line.level >= 50 && JSON.stringify(line).includes('CIRCUIT_OPEN')), 'never at error')
})
