import { test } from 'tap'
import { build, ready } from '../helper.ts'
import { startFakeBackend } from './helper.ts'
import type { ApiKey } from '../../src/config.ts'

const rightKey = 'right-secret-0123456789abcdef'
const apiKeys: ApiKey[] = [{ name: 'ci', scope: 'generate', key: rightKey }]
const bearer = (key: string) => ({ authorization: `Bearer ${key}` })
const wrongKey = (i: number) => `wrong-secret-${String(i).padStart(16, '0')}`

// A form post as a browser sends it for <form enctype="multipart/form-data" method="post">
const boundary = '----formboundary7MA4YWxk'
const formPost = `--${boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\nx\r\n--${boundary}--\r\n`
const formHeaders = { 'content-type': `multipart/form-data; boundary=${boundary}` }

test('guessing keys: past RINGSIDE_AUTH_FAILURE_MAX wrong keys from one address, every key from it is 429 with Retry-After, the right one too', async (t) => {
  const app = await build(t, { apiKeys, authFailureMax: 5, authFailureWindowMs: 60_000 })
  const attacker = '203.0.113.7'
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ url: '/v1/backends', headers: bearer(wrongKey(i)), remoteAddress: attacker })
    t.equal(res.statusCode, 401, `wrong key ${i + 1} is still a 401`)
  }
  for (const key of [wrongKey(5), rightKey]) {
    const res = await app.inject({ url: '/v1/backends', headers: bearer(key), remoteAddress: attacker })
    t.equal(res.statusCode, 429, key === rightKey ? 'the right key tells the guesser nothing' : 'the next guess')
    t.equal(res.json().code, 'RINGSIDE_AUTH_THROTTLED')
    const retryAfter = Number(res.headers['retry-after'])
    t.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter} s is within the window`)
  }
  const elsewhere = await app.inject({ url: '/v1/backends', headers: bearer(rightKey), remoteAddress: '198.51.100.2' })
  t.equal(elsewhere.statusCode, 200, 'the right key from another address is unaffected')
})

test('guessing keys: once the failed-key window has passed, the right key from that address works again', async (t) => {
  const app = await build(t, { apiKeys, authFailureMax: 3, authFailureWindowMs: 400 })
  const address = '203.0.113.8'
  for (let i = 0; i < 4; i++) await app.inject({ url: '/v1/backends', headers: bearer(wrongKey(i)), remoteAddress: address })
  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(rightKey), remoteAddress: address })).statusCode, 429)
  await new Promise((resolve) => setTimeout(resolve, 450))
  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(rightKey), remoteAddress: address })).statusCode, 200)
})

test('guessing keys: a right key\'s requests never count as failures, and no key at all is not a guess', async (t) => {
  const app = await build(t, { apiKeys, authFailureMax: 3, authFailureWindowMs: 60_000 })
  const address = '203.0.113.9'
  for (let i = 0; i < 10; i++) t.equal((await app.inject({ url: '/v1/backends', headers: bearer(rightKey), remoteAddress: address })).statusCode, 200)
  for (let i = 0; i < 10; i++) t.equal((await app.inject({ url: '/v1/backends', remoteAddress: address })).statusCode, 401)
  for (let i = 0; i < 3; i++) t.equal((await app.inject({ url: '/v1/backends', headers: bearer(wrongKey(i)), remoteAddress: address })).statusCode, 401)
  t.equal((await app.inject({ url: '/v1/backends', headers: bearer(wrongKey(3)), remoteAddress: address })).statusCode, 429)
})

test('cross-site form post: a page on another origin cannot create a job on a gateway without keys', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  await ready(app)
  const res = await app.inject({
    method: 'POST', url: '/v1/videos', payload: formPost, headers: { ...formHeaders, host: '127.0.0.1:8080', origin: 'https://evil.example' }
  })
  t.equal(res.statusCode, 403)
  t.equal(res.json().error.code, 'RINGSIDE_CROSS_SITE', 'in OpenAI\'s error shape, as the route answers')
  t.match(res.json().error.message, /Origin "https:\/\/evil\.example" is not this gateway's/)
  t.notOk(res.headers['access-control-allow-origin'], 'no CORS header invites a read')
  t.same(backend.submitted, [], 'nothing reached the backend')

  const marked = await app.inject({
    method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x' }, headers: { host: '127.0.0.1:8080', 'sec-fetch-site': 'cross-site' }
  })
  t.equal(marked.statusCode, 403, 'a request the browser marks cross-site, whatever its Origin')
  t.match(marked.json().message, /Sec-Fetch-Site: cross-site/)
  const sameSite = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x' }, headers: { 'sec-fetch-site': 'same-site' } })
  t.equal(sameSite.statusCode, 403, 'a sibling subdomain is another origin too')
  const sandboxed = await app.inject({ method: 'DELETE', url: '/v1/videos/video_x', headers: { host: '127.0.0.1:8080', origin: 'null' } })
  t.equal(sandboxed.statusCode, 403, 'a sandboxed frame (Origin: null) cannot delete a job')
  t.same(backend.submitted, [])
})

test('cross-site form post: the gateway\'s own page, curl, an allowed origin and reads still work', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config], allowedOrigins: ['https://portal.example.com'] })
  await ready(app)
  const own = await app.inject({
    method: 'POST', url: '/v1/videos', payload: formPost, headers: { ...formHeaders, host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' }
  })
  t.equal(own.statusCode, 200, 'a page the gateway serves')
  t.equal((await app.inject({ method: 'POST', url: '/v1/videos', payload: formPost, headers: formHeaders })).statusCode, 200, 'curl sends no Origin')
  const allowed = await app.inject({
    method: 'POST', url: '/v1/videos', payload: formPost, headers: { ...formHeaders, origin: 'https://portal.example.com', 'sec-fetch-site': 'cross-site' }
  })
  t.equal(allowed.statusCode, 200, 'an origin in RINGSIDE_ALLOWED_ORIGINS')
  const read = await app.inject({ url: '/v1/backends', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })
  t.equal(read.statusCode, 200, 'a GET changes nothing: without CORS headers the page cannot read it anyway')
  t.notOk(read.headers['access-control-allow-origin'])
  t.equal(backend.submitted.length, 3)
})

test('cross-site request with keys: without a key it is the 401, with a valid key it passes', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config], apiKeys })
  await ready(app)
  const headers = { ...formHeaders, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }
  t.equal((await app.inject({ method: 'POST', url: '/v1/videos', payload: formPost, headers })).statusCode, 401)
  t.equal((await app.inject({ method: 'POST', url: '/v1/videos', payload: formPost, headers: { ...headers, ...bearer(rightKey) } })).statusCode, 200)
  t.equal(backend.submitted.length, 1)
})

test('a CORS preflight from another origin is granted nothing', async (t) => {
  const app = await build(t)
  const res = await app.inject({
    method: 'OPTIONS', url: '/v1/videos', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' }
  })
  t.ok(res.statusCode >= 400 && res.statusCode < 500, `answered ${res.statusCode}`)
  t.notOk(res.headers['access-control-allow-origin'])
  t.notOk(res.headers['access-control-allow-headers'])
})
