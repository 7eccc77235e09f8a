import { test } from 'tap'
import fc from 'fast-check'
import { build, ready, startTestBackend } from '../helper.ts'

// Generated input against the real app: never a 5xx, never a crash, and every 4xx says what
// is wrong. A fixed seed keeps CI reproducible; a failure prints the shrunk counterexample.
const seed = 20261128

type App = Awaited<ReturnType<typeof build>>

function checkAnswer (res: { statusCode: number, body: string, headers: Record<string, unknown> }, what: string): void {
  if (res.statusCode >= 500) throw new Error(`${what} answered ${res.statusCode}: ${res.body.slice(0, 300)}`)
  if (res.statusCode >= 400) {
    const body = JSON.parse(res.body)
    const message: unknown = body.message ?? body.error?.message
    if (typeof message !== 'string' || message.length < 8) throw new Error(`${what} answered ${res.statusCode} without a message: ${res.body.slice(0, 300)}`)
  }
}

const field = fc.constantFrom('prompt', 'size', 'seconds', 'fps', 'num_frames', 'num_inference_steps', 'guidance_scale', 'seed', 'negative_prompt', 'reference_url', 'backend', 'model')
const weird = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.double(),
  fc.bigInt().map(String),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.constantFrom('1280x704', '0x0', '99999x99999', 'x', '', 'auto', 'u1r2', 'u1r1', '../../etc/passwd', 'http://127.0.0.1/a.png', 'data:image/png;base64,AAAA', '\u0000', '🦊'.repeat(100))
)
const body = fc.oneof(
  fc.dictionary(field, weird, { maxKeys: 6 }),
  fc.dictionary(fc.string({ maxLength: 12 }), weird, { maxKeys: 4 }),
  fc.record({ prompt: fc.string({ minLength: 1, maxLength: 40 }) }, { requiredKeys: ['prompt'] }),
  fc.anything({ maxDepth: 6 })
)

test('generated bodies and headers on POST /v1/video/generate never give a 5xx', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.00001 })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  await fc.assert(fc.asyncProperty(body, fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'), fc.option(fc.string({ maxLength: 30 })), async (payload, contentType, prefer) => {
    const raw = contentType.startsWith('application/json') ? JSON.stringify(payload) ?? 'null' : String(JSON.stringify(payload))
    const headers: Record<string, string> = { 'content-type': contentType }
    if (prefer !== null) headers.prefer = prefer.replace(/[\r\n]/g, '')
    const res = await app.inject({ method: 'POST', url: '/v1/video/generate', headers, payload: raw })
    checkAnswer(res, `POST ${raw.slice(0, 200)} as ${contentType}`)
  }), { numRuns: 3000, seed })
})

test('generated bodies on the OpenAI-compatible POST /v1/videos never give a 5xx', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.00001 })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  await fc.assert(fc.asyncProperty(body, async (payload) => {
    const res = await app.inject({ method: 'POST', url: '/v1/videos', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) ?? 'null' })
    checkAnswer(res, `POST /v1/videos ${JSON.stringify(payload)?.slice(0, 200)}`)
  }), { numRuns: 2000, seed })
})

async function checkPaths (app: App, paths: fc.Arbitrary<string>, numRuns: number) {
  await fc.assert(fc.asyncProperty(paths, fc.constantFrom('GET', 'DELETE', 'POST'), async (path, method) => {
    const res = await app.inject({ method, url: path })
    checkAnswer(res, `${method} ${path.slice(0, 200)}`)
  }), { numRuns, seed })
}

test('forged, truncated and hostile job ids and paths are 4xx, never 5xx', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.00001 })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  const created = (await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=5' }, payload: { prompt: 'a real one' } })).json()
  const id: string = created.id
  const mutatedId = fc.oneof(
    fc.nat({ max: id.length - 1 }).chain((i) => fc.string({ minLength: 1, maxLength: 1 }).map((c) => id.slice(0, i) + c + id.slice(i + 1))),
    fc.nat({ max: id.length }).map((i) => id.slice(0, i)),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constantFrom('..', '../..', '%2e%2e%2f', '%00', 'video_', `${id}/../../x`, id.repeat(4), '.' + id)
  ).filter((candidate) => candidate !== id) // a DELETE of the real id would rightly remove it
  const segment = mutatedId.map((s) => encodeURIComponent(s))
  const paths = fc.oneof(
    segment.map((s) => `/v1/video/jobs/${s}`),
    segment.map((s) => `/v1/video/jobs/${s}/content`),
    segment.map((s) => `/v1/videos/${s}`),
    segment.map((s) => `/v1/videos/${s}/content?variant=${s}`),
    segment.map((s) => `/v1/compare/runs/${s}`),
    segment.map((s) => `/v1/compare/runs/${s}/pairs/${s}/frames/baseline.png`),
    fc.string({ maxLength: 80 }).map((s) => `/v1/compare?baseline=${encodeURIComponent(s)}&candidate=u1r2&format=${encodeURIComponent(s)}`),
    fc.string({ maxLength: 80 }).map((s) => `/v1/videos?limit=${encodeURIComponent(s)}&order=${encodeURIComponent(s)}&after=${encodeURIComponent(s)}`),
    fc.webPath().map((p) => `/v1${p}`)
  )
  await checkPaths(app, paths, 5000)
  const res = await app.inject(`/v1/video/jobs/${id}`)
  t.equal(res.statusCode, 200, 'the real job is still served')
})
