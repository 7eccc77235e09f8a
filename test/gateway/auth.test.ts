import { test } from 'tap'
import OpenAI from 'openai'
import type { FastifyInstance } from 'fastify'
import { build, eventually, testSecret } from '../helper.ts'
import { buildServer } from '../../src/server.ts'
import { ConfigError, loadConfig, type ApiKey, type Config } from '../../src/config.ts'

const generateKey = 'gen-secret-0123456789abcdef'
const adminKey = 'adm-secret-0123456789abcdef'
const otherKey = 'oth-secret-0123456789abcdef'
const apiKeys: ApiKey[] = [
  { name: 'ci', scope: 'generate', key: generateKey },
  { name: 'ops', scope: 'admin', key: adminKey },
  { name: 'notebook', scope: 'generate', key: otherKey }
]
const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

/** The app with its pino output captured, one parsed object per line. */
async function buildLogged (t: Parameters<typeof build>[0], overrides: Partial<Config> = {}) {
  const lines: string[] = []
  const stream = { write (line: string) { lines.push(line) } }
  const config = loadConfig({}, { jobSecret: testSecret, healthIntervalMs: 200, maxEventLoopDelayMs: 0, ...overrides })
  const app = await buildServer(config, { level: 'info', stream })
  t.teardown(() => app.close())
  await app.ready()
  return { app, lines }
}

test('RINGSIDE_API_KEYS reads name:scope:key entries, and a bad entry is named without its secret', async (t) => {
  const config = loadConfig({ RINGSIDE_API_KEYS: `ci:generate:${generateKey}, ops:admin:${adminKey}:with:colons` })
  t.same(config.apiKeys, [{ name: 'ci', scope: 'generate', key: generateKey }, { name: 'ops', scope: 'admin', key: `${adminKey}:with:colons` }])
  const wrongScope = t.throws(() => loadConfig({ RINGSIDE_API_KEYS: `ci:root:${generateKey}` })) as Error
  t.ok(wrongScope instanceof ConfigError)
  t.match(wrongScope.message, /RINGSIDE_API_KEYS/)
  t.notMatch(wrongScope.message, generateKey)
  t.throws(() => loadConfig({ RINGSIDE_API_KEYS: 'just-a-secret-without-name' }), /RINGSIDE_API_KEYS is not valid/)
  t.throws(() => loadConfig({ RINGSIDE_PROTECT_METRICS: 'yes' }), /RINGSIDE_PROTECT_METRICS/)
  await t.rejects(build(t, { apiKeys: [apiKeys[0]!, { ...apiKeys[1]!, name: 'ci' }] }), /names key "ci" twice/)
  await t.rejects(build(t, { protectMetrics: true }), /RINGSIDE_PROTECT_METRICS needs/)
})

test('without keys the API is open and the start warns once', async (t) => {
  const { app, lines } = await buildLogged(t)
  t.equal((await app.inject('/v1/backends')).statusCode, 200)
  t.equal(lines.filter((line) => line.includes('no RINGSIDE_API_KEYS: the API is open')).length, 1)
})

test('with keys: no key and a wrong key are 401 with a Bearer challenge, a right key passes', async (t) => {
  const app = await build(t, { apiKeys })
  const missing = await app.inject('/v1/backends')
  t.equal(missing.statusCode, 401)
  t.equal(missing.headers['www-authenticate'], 'Bearer realm="ringside"')
  t.same(missing.json(), { statusCode: 401, code: 'RINGSIDE_API_KEY_MISSING', error: 'Unauthorized', message: 'An API key is required: send Authorization: Bearer <key>' })

  for (const authorization of [`Bearer ${generateKey}x`, `Basic ${generateKey}`, 'Bearer', `Bearer ${generateKey.slice(1)}`]) {
    const wrong = await app.inject({ url: '/v1/backends', headers: { authorization } })
    t.equal(wrong.statusCode, 401, authorization)
    t.match(wrong.headers['www-authenticate'], /^Bearer realm="ringside"/)
    t.match(wrong.json().code, /^RINGSIDE_API_KEY_(INVALID|MISSING)$/)
  }

  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/backends', headers: { authorization: `bearer ${adminKey}` } })).statusCode, 200, 'the scheme is case-insensitive')
  t.equal((await app.inject({ url: '/v1/no-such-route' })).statusCode, 401, 'unknown routes are not probed without a key')
  t.equal((await app.inject({ url: '/v1/no-such-route', headers: bearer(generateKey) })).statusCode, 404)
})

test('a generate key may read comparison runs but starting or cancelling one needs an admin key', async (t) => {
  const app = await build(t, { apiKeys })
  t.equal((await app.inject({ url: '/v1/compare/runs', headers: bearer(generateKey) })).statusCode, 200)

  const start = await app.inject({ method: 'POST', url: '/v1/compare/runs', headers: bearer(generateKey), payload: {} })
  t.equal(start.statusCode, 403)
  t.match(start.headers['www-authenticate'], /error="insufficient_scope"/)
  t.same(start.json(), { statusCode: 403, code: 'RINGSIDE_API_KEY_SCOPE', error: 'Forbidden', message: 'API key ci has scope "generate": POST /v1/compare/runs needs an admin key' })
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/compare/runs/run_x', headers: bearer(generateKey) })).statusCode, 403)

  // Past the gate: the body is then validated, the run looked up.
  t.equal((await app.inject({ method: 'POST', url: '/v1/compare/runs', headers: bearer(adminKey), payload: {} })).statusCode, 400)
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/compare/runs/run_x', headers: bearer(adminKey) })).statusCode, 404)
})

test('health and docs are always open; metrics are open unless RINGSIDE_PROTECT_METRICS asks for an admin key', async (t) => {
  const open = await build(t, { apiKeys })
  t.equal((await open.inject('/health/live')).statusCode, 200)
  t.not((await open.inject('/health/ready')).statusCode, 401, 'ready or not, it answers without a key')
  t.equal((await open.inject('/docs/json')).statusCode, 200)
  t.equal((await open.inject('/metrics')).statusCode, 200)

  const protectedMetrics = await build(t, { apiKeys, protectMetrics: true })
  t.equal((await protectedMetrics.inject('/health/live')).statusCode, 200)
  t.equal((await protectedMetrics.inject('/metrics')).statusCode, 401)
  t.equal((await protectedMetrics.inject({ url: '/metrics', headers: bearer(generateKey) })).statusCode, 403)
  const scraped = await protectedMetrics.inject({ url: '/metrics', headers: bearer(adminKey) })
  t.equal(scraped.statusCode, 200)
  t.match(scraped.body, /ringside_/)
})

async function openAIClient (t: Parameters<typeof build>[0], app: FastifyInstance, apiKey: string) {
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return new OpenAI({ apiKey, baseURL: `${url}/v1`, maxRetries: 0 })
}

test('the OpenAI SDK works with a key, and without one gets a 401 in OpenAI\'s error shape', async (t) => {
  const app = await build(t, { apiKeys })
  const withKey = await openAIClient(t, app, generateKey)
  const page = await withKey.videos.list({ limit: 5 })
  t.same(page.data, [])

  const withoutKey = new OpenAI({ apiKey: 'sk-not-a-ringside-key', baseURL: withKey.baseURL, maxRetries: 0 })
  const err = await withoutKey.videos.list().catch((err) => err)
  t.ok(err instanceof OpenAI.AuthenticationError, 'a 401 the SDK recognises')
  t.equal(err.error.code, 'RINGSIDE_API_KEY_INVALID')
  t.equal(err.error.type, 'invalid_request_error')

  const raw = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'a koi pond' } })
  t.equal(raw.statusCode, 401)
  t.equal(raw.headers['www-authenticate'], 'Bearer realm="ringside"')
  t.same(raw.json(), { error: { message: 'An API key is required: send Authorization: Bearer <key>', type: 'invalid_request_error', param: null, code: 'RINGSIDE_API_KEY_MISSING' } })
})

test('each key has its own rate limit: one exhausted key gets 429 with Retry-After, another is unaffected', async (t) => {
  const app = await build(t, { apiKeys, rateLimitMax: 3, rateLimitWindowMs: 60_000 })
  for (let i = 0; i < 3; i++) t.equal((await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })).statusCode, 200)
  const limited = await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })
  t.equal(limited.statusCode, 429)
  t.ok(Number(limited.headers['retry-after']) >= 1 && Number(limited.headers['retry-after']) <= 60, `retry-after ${limited.headers['retry-after']}`)
  t.same(limited.json(), { statusCode: 429, code: 'RINGSIDE_RATE_LIMITED', error: 'Too Many Requests', message: 'Rate limit of 3 requests per 60 s exceeded: retry later' })

  const openAI = await app.inject({ url: '/v1/videos', headers: bearer(generateKey) })
  t.equal(openAI.statusCode, 429)
  t.equal(openAI.json().error.code, 'RINGSIDE_RATE_LIMITED', 'in OpenAI\'s shape on /v1/videos')
  t.ok(openAI.headers['retry-after'])

  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(otherKey) })).statusCode, 200, 'another key of the same scope still passes')
  for (let i = 0; i < 5; i++) {
    t.equal((await app.inject('/health/live')).statusCode, 200)
    t.equal((await app.inject('/metrics')).statusCode, 200)
  }
})

test('without keys the rate limit is per client address, and the gateway\'s own host is not limited', async (t) => {
  const app = await build(t, { rateLimitMax: 2 })
  for (let i = 0; i < 4; i++) t.equal((await app.inject({ url: '/v1/backends', remoteAddress: '127.0.0.1' })).statusCode, 200)
  for (let i = 0; i < 2; i++) t.equal((await app.inject({ url: '/v1/backends', remoteAddress: '10.0.0.1' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/backends', remoteAddress: '10.0.0.1' })).statusCode, 429)
  t.equal((await app.inject({ url: '/v1/backends', remoteAddress: '10.0.0.2' })).statusCode, 200)
})

/** Holds the event loop, as a CPU-bound handler or a GC storm would. */
function busyWait (ms: number): void {
  const until = Date.now() + ms
  while (Date.now() < until) { /* spin */ }
}

test('a blocked event loop sheds requests with 503 and Retry-After, while /health/live still answers', async (t) => {
  const app = await build(t, { apiKeys, maxEventLoopDelayMs: 20 })
  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })).statusCode, 200)

  // under-pressure samples the mean delay once a second: block for most of each window until it notices.
  const shed = await eventually(async () => {
    busyWait(150)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const res = await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })
    if (res.statusCode !== 503) return false
    const live = await app.inject('/health/live')
    return { res, live }
  }, { timeoutMs: 15_000, intervalMs: 1 })
  t.equal(shed.res.headers['retry-after'], '5')
  t.equal(shed.res.json().code, 'RINGSIDE_OVERLOADED')
  t.match(shed.res.json().message, /overloaded \(eventLoopDelay \d+\)/)
  t.equal(shed.live.statusCode, 200, 'liveness is never shed')

  await eventually(async () => (await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })).statusCode === 200, { timeoutMs: 5000, intervalMs: 50 })
  t.pass('recovers once the loop is free')
})

test('the key\'s name is in the request\'s log lines and neither its secret nor the Authorization header ever is', async (t) => {
  const { app, lines } = await buildLogged(t, { apiKeys })
  await app.inject({ url: '/v1/backends', headers: bearer(generateKey) })
  await app.inject({ url: '/v1/backends', headers: bearer(`${adminKey}-wrong`) })
  await app.inject({ method: 'POST', url: '/v1/compare/runs', headers: bearer(generateKey), payload: {} })
  const logs = lines.join('')
  t.notMatch(logs, generateKey)
  t.notMatch(logs, adminKey)
  t.notMatch(logs, /Bearer /)
  const completed = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request completed')
  t.equal(completed.length, 3)
  t.same(completed.map((entry) => entry.apiKey), ['ci', undefined, 'ci'])
  t.same(completed.map((entry) => entry.res.statusCode), [200, 401, 403])
})
