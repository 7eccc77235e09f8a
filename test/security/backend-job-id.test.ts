// #15 item 3: a backend's job id outside the id alphabet made the submit a 500 and left the job
// orphaned upstream with no trace of its id.
import { test } from 'tap'
import { buildServer } from '../../src/server.ts'
import { loadConfig } from '../../src/config.ts'
import { ready, testSecret } from '../helper.ts'
import { startFakeBackend } from './helper.ts'

test('a backend answering the job id ../../etc/passwd is a 502 naming it, and the orphan is logged with the id', async (t) => {
  const liar = await startFakeBackend(t, 'liar', { id: '../../etc/passwd', status: 'queued' })
  const lines: Array<{ level: number, msg: string, upstreamId?: string, backend?: string }> = []
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, logLevel: 'warn', backends: [liar.config] })
  const app = await buildServer(config, { level: 'warn', stream: { write (line: string) { lines.push(JSON.parse(line)) } } })
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  for (const url of ['/v1/video/generate', '/v1/videos']) {
    const res = await app.inject({ method: 'POST', url, payload: { prompt: 'x', backend: 'liar' } })
    t.equal(res.statusCode, 502, url)
    const body = res.json()
    t.match(body.code ?? body.error?.code, 'RINGSIDE_UPSTREAM_MALFORMED', url)
    t.match(body.message ?? body.error?.message, 'Backend liar sent a malformed response', url)
  }
  const orphan = lines.find((line) => line.upstreamId === '../../etc/passwd')
  t.ok(orphan, 'the orphaned job is logged with its upstream id')
  t.equal(orphan?.level, 40, 'at warn')
  t.equal(orphan?.backend, 'liar')
})
