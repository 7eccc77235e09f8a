import { test } from 'tap'
import { buildServer } from '../../src/server.ts'
import { loadConfig } from '../../src/config.ts'
import { apiPolicy } from '../../src/route-policy.ts'
import { build, startTestBackend, testSecret } from '../helper.ts'

const unreachable = { name: 'b', urls: ['http://127.0.0.1:9'], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }
const config = () => loadConfig({}, { logLevel: 'silent', jobSecret: testSecret, maxEventLoopDelayMs: 0, backends: [unreachable] })

test('a route that declares no policy stops the start, naming its method, URL and the missing fields', async (t) => {
  const app = await buildServer(config())
  t.teardown(() => app.close())
  app.get('/v1/undeclared', async () => 'no policy')
  await t.rejects(async () => { await app.ready() }, /route GET \/v1\/undeclared declares no access, rateLimited, shed, frequent, errorShape/)
})

test('a route that leaves one field out stops the start too', async (t) => {
  const app = await buildServer(config())
  t.teardown(() => app.close())
  const { errorShape: _left, ...partial } = apiPolicy()
  app.post('/v1/partial', { config: partial }, async () => 'partly declared')
  await t.rejects(async () => { await app.ready() }, /route POST \/v1\/partial declares no errorShape/)
})

test('the routes plugins add are declared deliberately: the docs are open, an unknown URL is as guarded as the API', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config], apiKeys: [{ name: 'ops', key: 'k-ops-0123456789abcdef', scope: 'generate' }] })
  for (const url of ['/docs', '/docs/json', '/docs/static/swagger-ui.css']) {
    t.equal((await app.inject(url)).statusCode, 200, `${url} needs no key`)
  }
  const stranger = await app.inject('/v1/nothing-here')
  t.equal(stranger.statusCode, 401, 'an unknown URL without a key learns nothing')
  const known = await app.inject({ url: '/v1/nothing-here', headers: { authorization: 'Bearer k-ops-0123456789abcdef' } })
  t.equal(known.statusCode, 404)
  t.equal(known.json().code, 'RINGSIDE_ROUTE_NOT_FOUND')
})
