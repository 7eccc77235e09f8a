// #15 item 9: client mistakes answered without saying what was wrong. Multipart 413s carried
// `param: null`; a JSON body sent as text/plain got 400 "body must be object" instead of 415.
import { test } from 'tap'
import { buildServer } from '../../src/server.ts'
import { loadConfig } from '../../src/config.ts'
import { ready, testSecret } from '../helper.ts'
import { startScriptedBackend } from '../security/helper.ts'

interface Teardown { teardown (fn: () => unknown): void }

async function listening (t: Teardown) {
  const backend = await startScriptedBackend(t, 'plain', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"job-1","status":"queued"}')
  })
  const config = loadConfig({}, {
    jobSecret: testSecret, healthIntervalMs: 60_000, maxEventLoopDelayMs: 0, logLevel: 'silent', maxUploadBytes: 4096, backends: [backend.config]
  })
  const app = await buildServer(config)
  t.teardown(() => app.close())
  await app.ready()
  await ready(app)
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) }
}

// The smallest valid PNG header plus filler: the type is read from the bytes
const png = (bytes: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new Uint8Array(bytes)], { type: 'image/png' })

test('an upload over the size limit is a 413 whose param is input_reference', async (t) => {
  const { url } = await listening(t)
  const form = new FormData()
  form.append('prompt', 'x')
  form.append('input_reference', png(8192), 'big.png')
  const res = await fetch(`${url}/v1/videos`, { method: 'POST', body: form })
  t.equal(res.status, 413)
  t.match(await res.json(), { error: { param: 'input_reference', code: 'FST_REQ_FILE_TOO_LARGE' } })
})

test('two files where one is taken is a 413 whose param is input_reference', async (t) => {
  const { url } = await listening(t)
  const form = new FormData()
  form.append('prompt', 'x')
  form.append('input_reference', png(16), 'a.png')
  form.append('input_reference', png(16), 'b.png')
  const res = await fetch(`${url}/v1/videos`, { method: 'POST', body: form })
  t.equal(res.status, 413)
  t.match(await res.json(), { error: { param: 'input_reference', code: 'FST_FILES_LIMIT' } })
})

test('a JSON body sent as text/plain is a 415, not a 400 about the body\'s type', async (t) => {
  const { app } = await listening(t)
  for (const url of ['/v1/video/generate', '/v1/videos', '/v1/compare/runs']) {
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: '{"prompt":"x"}' })
    t.equal(res.statusCode, 415, url)
    const body = res.json()
    t.match(body.message ?? body.error?.message, /Unsupported Media Type/, url)
  }
})
