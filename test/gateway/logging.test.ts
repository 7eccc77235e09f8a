import { test } from 'tap'
import { buildServer } from '../../src/server.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { startTestBackend, testSecret } from '../helper.ts'

async function buildLogged (t: { teardown (fn: () => unknown): void }, overrides: Partial<Config>) {
  const lines: Array<{ msg: string, req?: { url: string }, level: number }> = []
  const stream = { write (line: string) { lines.push(JSON.parse(line)) } }
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, ...overrides })
  const app = await buildServer(config, { level: config.logLevel, stream })
  t.teardown(() => app.close())
  await app.ready()
  return { app, lines }
}

test('at info a poll, a scrape and a health check write no request lines, a submit does; at debug they all do', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  for (const logLevel of ['info', 'debug'] as const) {
    const { app, lines } = await buildLogged(t, { logLevel, backends: [u1r2.config] })
    const created = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a heron at dawn', backend: 'u1r2' } })
    const { id } = created.json()
    for (const url of [`/v1/video/jobs/${id}`, `/v1/videos/${id}`, '/metrics', '/health/live']) {
      t.equal((await app.inject(url)).statusCode, 200, url)
    }
    const logged = (url: string) => lines.some((line) => line.msg === 'incoming request' && line.req?.url === url)
    t.ok(logged('/v1/video/generate'), `${logLevel}: the submit is logged`)
    for (const url of [`/v1/video/jobs/${id}`, `/v1/videos/${id}`, '/metrics', '/health/live']) {
      t.equal(logged(url), logLevel === 'debug', `${logLevel}: ${url.replace(id, '{id}')}`)
    }
    t.equal((await app.inject('/v1/video/jobs/video_forged.AAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404)
  }
})
