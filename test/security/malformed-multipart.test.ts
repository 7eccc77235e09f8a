// #15 item 2: `curl /v1/videos -H 'content-type: multipart/form-data' --data-binary x` answered
// 500, busboy's "Boundary not found" taken for the gateway's own failure.
import { test } from 'tap'
import { build, startTestBackend } from '../helper.ts'

const part = (headers: string, body: string) => `--abc\r\n${headers}\r\n\r\n${body}`
const prompt = part('Content-Disposition: form-data; name="prompt"', 'a fox')
const pngHeaders = 'Content-Disposition: form-data; name="input_reference"; filename="a.png"\r\nContent-Type: image/png'

test('a malformed multipart body is a 400 that says what is wrong, never a 500', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  const malformed: Array<[string, string, RegExp]> = [
    ['multipart/form-data', 'x', /names no boundary/],
    ['multipart/form-data; boundary=', 'x', /names no boundary/],
    [`multipart/form-data; boundary=${'b'.repeat(300)}`, 'x', /the boundary has 300 characters/],
    ['multipart/form-data; boundary=abc', `${prompt}\r\n${part(pngHeaders, '\x89PNG')}`, /ended inside a file part/]
  ]
  for (const [contentType, payload, why] of malformed) {
    const res = await app.inject({ method: 'POST', url: '/v1/videos', headers: { 'content-type': contentType }, payload })
    t.equal(res.statusCode, 400, contentType.slice(0, 60))
    t.equal(res.json().error.code, 'RINGSIDE_MALFORMED_MULTIPART')
    t.match(res.json().error.message, /^multipart\/form-data: /)
    t.match(res.json().error.message, why)
  }
  const quoted = await app.inject({
    method: 'POST',
    url: '/v1/videos',
    headers: { 'content-type': 'multipart/form-data; boundary="abc"' },
    payload: `${prompt}\r\n--abc--\r\n`
  })
  t.equal(quoted.statusCode, 200, 'a well-formed form with a quoted boundary still goes through')
})
