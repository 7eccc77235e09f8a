import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import type { ApiKey } from '../../src/config.ts'
import { build, eventually, metric, startTestBackend } from '../helper.ts'
import { probeRoutes } from '../../dashboards/slo.ts'

// The gateway's own RED metrics (issue #16 §2): every answer counted by route template, method
// and status, the ones hooks give before any handler included.

const generateKey = 'gen-secret-0123456789abcdef'
const adminKey = 'adm-secret-0123456789abcdef'
const apiKeys: ApiKey[] = [{ name: 'ci', scope: 'generate', key: generateKey }, { name: 'ops', scope: 'admin', key: adminKey }]
const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

const answers = (app: FastifyInstance, route: string, method: string, status: number) =>
  metric(app, `ringside_http_requests_total{route="${route}",method="${method}",status="${status}"}`)

test('answers are counted by route template, never by the URL asked, and unknown URLs share one label', async (t) => {
  const backend = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  for (const id of ['abc', 'def', 'ghi']) t.equal((await app.inject(`/v1/video/jobs/${id}`)).statusCode, 404, `job ${id} is unknown`)
  for (const url of ['/nothing/here', '/wp-login.php?x=1']) t.equal((await app.inject(url)).statusCode, 404)
  t.equal((await app.inject({ method: 'PROPFIND', url: '/dav' })).statusCode, 404)
  t.equal((await app.inject('/v1/backends')).statusCode, 200)

  t.equal(await answers(app, '/v1/video/jobs/:id', 'GET', 404), 3, 'three ids, one series')
  t.equal(await answers(app, 'unmatched', 'GET', 404), 2)
  t.equal(await answers(app, 'unmatched', 'other', 404), 1, 'a method no route declares is `other`')
  t.equal(await answers(app, '/v1/backends', 'GET', 200), 1)
  const exposition = (await app.inject('/metrics')).body
  t.notMatch(exposition, /route="\/v1\/video\/jobs\/abc"|wp-login|\/nothing/, 'no raw URL in any label')
  t.match(exposition, /ringside_http_request_duration_seconds_count\{route="\/v1\/video\/jobs\/:id",method="GET"\} 3/)
  // A scrape is counted once it is sent, so each shows the ones before it: four read by metric() above, one by inject
  t.equal(await answers(app, '/metrics', 'GET', 200), 5)
})

test('401, 403 and 429 from the auth and rate-limit hooks are counted on the route they refused', async (t) => {
  const app = await build(t, { apiKeys, rateLimitMax: 2, rateLimitWindowMs: 60_000 })
  t.equal((await app.inject('/v1/backends')).statusCode, 401, 'no key')
  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(`${generateKey}-wrong`) })).statusCode, 401, 'a wrong key')
  t.equal((await app.inject({ method: 'POST', url: '/v1/compare/runs', headers: bearer(generateKey), payload: {} })).statusCode, 403, 'an admin route')
  for (const expected of [200, 200, 429]) {
    t.equal((await app.inject({ url: '/v1/compare', headers: bearer(generateKey) })).statusCode === expected, true, `GET /v1/compare answers ${expected}`)
  }
  t.equal(await answers(app, '/v1/backends', 'GET', 401), 2)
  t.equal(await answers(app, '/v1/compare/runs', 'POST', 403), 1)
  t.equal(await answers(app, '/v1/compare', 'GET', 429), 1)
  t.equal(await answers(app, '/v1/compare', 'GET', 200), 2)
  // An unknown URL needs a key too (route-policy): its 401 is unmatched, not a route
  t.equal((await app.inject('/no/such/route')).statusCode, 401)
  t.equal(await answers(app, 'unmatched', 'GET', 401), 1)
})

/** Holds the event loop, as a CPU-bound handler or a GC storm would. */
function busyWait (ms: number): void {
  const until = Date.now() + ms
  while (Date.now() < until) { /* spin */ }
}

test('a request shed with 503 under pressure is counted as a 503 of its route', async (t) => {
  const app = await build(t, { apiKeys, maxEventLoopDelayMs: 20 })
  // under-pressure samples the mean delay once a second: block for most of each window until it notices.
  await eventually(async () => {
    busyWait(150)
    await new Promise((resolve) => setTimeout(resolve, 20))
    return (await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })).statusCode === 503
  }, { timeoutMs: 15_000, intervalMs: 1 })
  t.ok((await answers(app, '/v1/backends', 'GET', 503) ?? 0) >= 1, 'the shed answer is counted')
})

test('every route the SLO leaves out as a probe is a route the gateway serves, so a renamed probe cannot slip into the SLO', async (t) => {
  const app = await build(t)
  for (const url of probeRoutes) t.ok(app.hasRoute({ method: 'GET', url }), `GET ${url} is served`)
  t.notOk(app.hasRoute({ method: 'GET', url: '/health/nothing' }), 'the check sees a route that is not there')
})
