// #15 items 1 and 13: a paired run's template.reference_url never met the SSRF guard, and the
// guard forwarded the string it was given rather than the URL it had checked.
import { test } from 'tap'
import { build, ready } from '../helper.ts'
import { startFakeBackend } from './helper.ts'
import { createReplicaClient } from '../../src/backends/client.ts'
import { checkReferenceUrl } from '../../src/security/reference-url.ts'

const strict = { allowHosts: [], allowPrivate: false }

test('a paired run naming an internal template.reference_url is a 400 before it starts, and no backend is sent it', async (t) => {
  const base = await startFakeBackend(t, 'base')
  const cand = await startFakeBackend(t, 'cand')
  const app = await build(t, { backends: [base.config, cand.config] })
  await ready(app)
  const res = await app.inject({
    method: 'POST',
    url: '/v1/compare/runs',
    payload: { template: { prompt: 'x', reference_url: 'http://169.254.169.254/latest/meta-data/' }, baseline: 'base', candidate: 'cand', pairs: 1, warmup: 0 }
  })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'RINGSIDE_REFERENCE_URL_REFUSED')
  t.match(res.json().message, /^template\.reference_url: host 169\.254\.169\.254 is an internal address/)
  t.same((await app.inject('/v1/compare/runs')).json().data, [], 'no run was started')
  t.same([...base.submitted, ...cand.submitted], [], 'no backend received it')
})

test('every submit to a backend passes the guard: a client call with an internal reference_url sends nothing', async (t) => {
  const fake = await startFakeBackend(t, 'direct')
  const client = createReplicaClient({ backend: 'direct', url: fake.config.urls[0]!, connectTimeoutMs: 1000, headersTimeoutMs: 1000, bodyTimeoutMs: 1000 })
  t.teardown(() => client.close())
  const err = await client.submit({ prompt: 'x', reference_url: 'http://127.0.0.1:8080/metrics' }).then(() => null, (e) => e)
  t.equal(err?.statusCode, 400)
  t.equal(err?.param, 'reference_url')
  t.same(fake.submitted, [])
})

test('the backend is sent the URL as the guard parsed it, so a backslash cannot smuggle another host', async (t) => {
  const fake = await startFakeBackend(t, 'direct')
  const client = createReplicaClient({ backend: 'direct', url: fake.config.urls[0]!, connectTimeoutMs: 1000, headersTimeoutMs: 1000, bodyTimeoutMs: 1000 })
  t.teardown(() => client.close())
  await client.submit({ prompt: 'x', reference_url: 'http://8.8.8.8\\@127.0.0.1:8080/metrics' })
  t.equal(JSON.parse(fake.submitted[0]!).reference_url, 'http://8.8.8.8/@127.0.0.1:8080/metrics')
})

test('IPv6 spellings of loopback and site-local addresses are refused', async (t) => {
  const spellings = [
    'http://[::127.0.0.1]/', 'http://[::ffff:0:127.0.0.1]/', 'http://[2002:7f00:1::]/', 'http://[fec0::1]/',
    'http://[::ffff:7f00:1]/', 'http://[2002:a00:1::]/'
  ]
  for (const url of spellings) {
    const err = await checkReferenceUrl(url, strict).then(() => null, (e) => e)
    t.match(err?.message, /^reference_url: host .* is an internal address/, url)
  }
  t.equal(await checkReferenceUrl('http://[2002:808:808::]/a.png', strict), 'http://[2002:808:808::]/a.png', '6to4 of a public address passes')
})
