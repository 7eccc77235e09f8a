import { test } from 'tap'
import { readFileSync } from 'node:fs'
import { build, startTestBackend } from './helper.ts'
import { environment } from '../src/config.ts'
import { metricNames } from '../src/metrics/names.ts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('the README starts with the start command and the test command', async (t) => {
  const commands = readme.split('\n').filter((line) => line.startsWith('    ')).slice(0, 2).map((line) => line.trim().split('#')[0]!.trim())
  t.same(commands, ['npm ci && npm start', 'npm test'])
})

test('the README documents every setting and every metric', async (t) => {
  for (const [variable] of Object.values(environment)) t.match(readme, `\`${variable}\``, variable)
  for (const name of Object.values(metricNames)) t.match(readme, `\`${name}\``, name)
})

test('the OpenAPI document at /docs/json describes every route, and /docs serves its UI', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  const res = await app.inject('/docs/json')
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.equal(doc.info.title, 'Ringside')
  t.matchSnapshot(Object.keys(doc.paths).sort(), 'documented paths')
  t.matchSnapshot(doc, 'the whole OpenAPI document')
  const ui = await app.inject('/docs/')
  t.equal(ui.statusCode, 200)
  t.match(ui.headers['content-type'], /text\/html/)
})

test('with API keys the OpenAPI document has the bearer scheme, and each route the 401, 403, 429 and 503 it can answer, in its own error shape', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const keyed = await build(t, {
    backends: [u1r2.config],
    apiKeys: [{ name: 'ops', scope: 'admin', key: 'an-admin-key-of-some-length' }],
    protectMetrics: true
  })
  const doc = (await keyed.inject('/docs/json')).json()
  t.same(doc.components.securitySchemes.apiKey, { type: 'http', scheme: 'bearer', description: doc.components.securitySchemes.apiKey.description })
  const op = (path: string, method: string) => doc.paths[path][method]
  const statuses = (path: string, method: string) => Object.keys(op(path, method).responses)

  const has = (path: string, method: string, expected: string[], message: string) =>
    t.same(expected.filter((status) => !statuses(path, method).includes(status)), [], message)

  t.same(op('/v1/video/generate', 'post').security, [{ apiKey: [] }])
  has('/v1/video/generate', 'post', ['401', '429', '503'], 'a submit: no key, rate limit, shedding')
  has('/v1/compare/runs', 'post', ['401', '403', '429'], 'starting a run needs an admin key')
  t.notOk(statuses('/v1/compare/runs', 'get').includes('403'), 'reading runs needs any key')
  has('/metrics', 'get', ['401', '403'], 'protected /metrics')
  t.notOk(statuses('/metrics', 'get').includes('429'), 'scrapes are never rate-limited')
  t.notOk(op('/health/live', 'get').security, 'probes need no key')
  t.same(statuses('/health/live', 'get'), ['200'])

  const schemaOf = (path: string, method: string, status: string) => op(path, method).responses[status].content['application/json'].schema
  t.ok(schemaOf('/v1/videos/{id}', 'get', '401').properties.error, 'the OpenAI routes answer 401 in OpenAI\'s error shape')
  t.same(schemaOf('/v1/video/jobs/{id}', 'get', '401'), { $ref: '#/components/schemas/ErrorResponse' }, 'the native routes in the gateway\'s')

  const open = await build(t, { backends: [u1r2.config] })
  const openDoc = (await open.inject('/docs/json')).json()
  t.notOk(openDoc.components?.securitySchemes, 'without keys, no scheme')
  t.notOk(openDoc.paths['/v1/video/jobs/{id}'].get.security, 'nor a key asked for')
  t.notOk(Object.keys(openDoc.paths['/v1/video/jobs/{id}'].get.responses).includes('401'), 'nor a 401 documented where none can come')
  t.ok(Object.keys(openDoc.paths['/v1/video/jobs/{id}'].get.responses).includes('429'), 'rate limits still apply')
})
