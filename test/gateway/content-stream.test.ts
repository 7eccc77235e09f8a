// The mp4 goes from the backend's socket to the client's without a stream in between: what the
// client sees of headers, and what happens upstream when the client leaves halfway. Once whole,
// the gateway keeps it: later downloads are answered without the backend, even after it forgot
// the job.
import { test } from 'tap'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { build, eventually } from '../helper.ts'

const CHUNK = Buffer.alloc(64 * 1024, 1)
const CHUNKS = 40
const secret = 'content-stream-test-key'
const headers = { authorization: `Bearer ${secret}` }

/**
 * A backend whose one job is done at once and whose mp4 trickles out in 64 KiB chunks every
 * 25 ms (chunk i is filled with the byte i); after `forget()` it answers 404 for it, as SGLang
 * after a restart.
 */
async function startTricklingBackend (t: { teardown (fn: () => unknown): void }) {
  const downloads: Array<{ finished: boolean, closedEarly: boolean }> = []
  let forgotten = false
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    req.resume()
    if (req.url === '/health') return json({})
    if (req.url === '/v1/models') return json({ object: 'list', data: [{ id: 'fake', object: 'model', num_gpus: 1 }] })
    if (forgotten && req.url?.startsWith('/v1/videos/job-0')) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Video not found"}')
    if (req.url === '/v1/videos/job-0/content') {
      const download = { finished: false, closedEarly: false }
      downloads.push(download)
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(CHUNK.length * CHUNKS) })
      let sent = 0
      const timer = setInterval(() => {
        res.write(chunkNumber(sent))
        if (++sent === CHUNKS) {
          clearInterval(timer)
          res.end(() => { download.finished = true })
        }
      }, 25)
      res.on('close', () => {
        clearInterval(timer)
        if (!download.finished) download.closedEarly = true
      })
      return
    }
    if (req.method === 'POST' || req.url === '/v1/videos/job-0') {
      return json({ id: 'job-0', object: 'video', status: req.method === 'POST' ? 'queued' : 'completed', created_at: Math.floor(Date.now() / 1000), error: null })
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, downloads, forget () { forgotten = true } }
}

function chunkNumber (i: number): Buffer {
  return Buffer.alloc(CHUNK.length, i)
}
const WHOLE = Buffer.concat(Array.from({ length: CHUNKS }, (_, i) => chunkNumber(i)))

/** The gateway in front of a trickling backend, listening, with one completed job. */
async function gatewayWithCompletedJob (t: Parameters<typeof startTricklingBackend>[0], overrides: Parameters<typeof build>[1] = {}) {
  const backend = await startTricklingBackend(t)
  const app = await build(t, {
    backends: [{ name: 'u1r1', urls: [backend.url], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }],
    pollMinMs: 5,
    pollMaxMs: 20,
    // with a key, requests are rate-limited and the limit's headers are on every answer
    apiKeys: [{ name: 'viewer', scope: 'generate', key: secret }],
    ...overrides
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const gateway = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const created = (await app.inject({ method: 'POST', url: '/v1/video/generate', headers, payload: { prompt: 'a fox', backend: 'u1r1' } })).json()
  await eventually(async () => (await app.inject({ url: `/v1/video/jobs/${created.id}`, headers })).json().status === 'completed')
  return { backend, app, gateway, id: created.id as string }
}

async function metricValue (app: Awaited<ReturnType<typeof build>>, series: string): Promise<number | undefined> {
  const text = (await app.inject({ url: '/metrics', headers })).body
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

test('a client that leaves halfway through a download aborts it upstream; the next download is whole and keeps the hooks\' headers', async (t) => {
  const { backend, app, gateway, id } = await gatewayWithCompletedJob(t)
  const partial = await request(`${gateway}/v1/video/jobs/${id}/content`, { headers })
  t.equal(partial.statusCode, 200)
  const [chunk] = await once(partial.body, 'data') as [Buffer]
  t.ok(chunk.length > 0, 'the first bytes arrive while the backend is still sending')
  partial.body.destroy()
  await eventually(() => backend.downloads[0]?.closedEarly, { timeoutMs: 3000 })
  t.ok(backend.downloads[0]?.closedEarly, 'the backend saw its download closed before the end')

  const whole = await request(`${gateway}/v1/video/jobs/${id}/content`, { headers })
  const bytes = Buffer.from(await whole.body.arrayBuffer())
  t.equal(bytes.length, CHUNK.length * CHUNKS, 'the whole mp4')
  t.equal(whole.headers['content-type'], 'video/mp4')
  t.equal(whole.headers['content-length'], String(CHUNK.length * CHUNKS))
  t.equal(whole.headers['content-disposition'], `attachment; filename="${id}.mp4"`)
  t.ok(whole.headers['x-ratelimit-limit'], 'headers set by the rate-limit hook are kept')
  t.equal((await app.inject('/health/ready')).statusCode, 200, 'and the gateway is fine')
})

test('a whole download is kept: the next ones come from the gateway, byte for byte, with the same headers', async (t) => {
  const { backend, app, gateway, id } = await gatewayWithCompletedJob(t)
  const first = await request(`${gateway}/v1/video/jobs/${id}/content`, { headers })
  t.ok(Buffer.from(await first.body.arrayBuffer()).equals(WHOLE), 'the first download, streamed from the backend')
  await eventually(() => backend.downloads[0]?.finished)

  const again = await Promise.all([
    request(`${gateway}/v1/video/jobs/${id}/content`, { headers }),
    request(`${gateway}/v1/videos/${id}/content`, { headers })
  ])
  for (const answer of again) {
    t.equal(answer.statusCode, 200)
    t.ok(Buffer.from(await answer.body.arrayBuffer()).equals(WHOLE), 'the same bytes')
    t.equal(answer.headers['content-type'], 'video/mp4')
    t.equal(answer.headers['content-length'], String(WHOLE.length))
    t.equal(answer.headers['content-disposition'], `attachment; filename="${id}.mp4"`)
    t.ok(answer.headers['x-ratelimit-limit'], 'headers set by the rate-limit hook are kept')
  }
  t.equal(backend.downloads.length, 1, 'the backend was asked once')
  t.equal(await metricValue(app, 'ringside_content_downloads_total{backend="u1r1",source="backend"}'), 1)
  t.equal(await metricValue(app, 'ringside_content_downloads_total{backend="u1r1",source="cache"}'), 2)
  t.equal(await metricValue(app, 'ringside_content_cache_bytes'), WHOLE.length)

  // A kept video answers one byte range at a time, for players that seek
  const part = async (range: string) => app.inject({ url: `/v1/video/jobs/${id}/content`, headers: { ...headers, range } })
  const first100 = await part('bytes=0-99')
  t.equal(first100.statusCode, 206)
  t.ok(first100.rawPayload.equals(WHOLE.subarray(0, 100)))
  t.equal(first100.headers['content-range'], `bytes 0-99/${WHOLE.length}`)
  t.equal(first100.headers['content-length'], '100')
  t.equal(first100.headers['accept-ranges'], 'bytes')
  t.ok((await part('bytes=-10')).rawPayload.equals(WHOLE.subarray(-10)), 'the last 10 bytes')
  t.ok((await part(`bytes=${WHOLE.length - 5}-`)).rawPayload.equals(WHOLE.subarray(-5)), 'from an offset to the end')
  t.ok((await part(`bytes=${WHOLE.length - 5}-${WHOLE.length * 2}`)).rawPayload.equals(WHOLE.subarray(-5)), 'a last byte past the end is the end')
  const outside = await part(`bytes=${WHOLE.length}-`)
  t.equal(outside.statusCode, 416)
  t.equal(outside.headers['content-range'], `bytes */${WHOLE.length}`)
  t.match(outside.json().message, `range: bytes=${WHOLE.length}- lies outside the video's ${WHOLE.length} bytes`)
  const several = await part('bytes=0-1,5-6')
  t.equal(several.statusCode, 200, 'several ranges at once: the whole video')
  t.ok(several.rawPayload.equals(WHOLE))
  t.equal(backend.downloads.length, 1, 'none of it asked the backend')

  // A restart forgets the job upstream; the video is still here
  backend.forget()
  const afterRestart = await app.inject({ url: `/v1/video/jobs/${id}/content`, headers })
  t.equal(afterRestart.statusCode, 200)
  t.ok(afterRestart.rawPayload.equals(WHOLE))

  // Deleting the job lets the video go
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/videos/${id}`, headers })).statusCode, 200)
  t.equal(await metricValue(app, 'ringside_content_cache_bytes'), 0)
})

test('a video not kept yet ignores Range: the whole of it comes from the backend', async (t) => {
  const { backend, app, id } = await gatewayWithCompletedJob(t)
  const answer = await app.inject({ url: `/v1/video/jobs/${id}/content`, headers: { ...headers, range: 'bytes=0-99' } })
  t.equal(answer.statusCode, 200)
  t.ok(answer.rawPayload.equals(WHOLE))
  t.equal(answer.headers['accept-ranges'], undefined, 'no ranges offered for a streamed video')
  t.equal(backend.downloads.length, 1)
  // kept once the response finished, just after the client has it all
  await eventually(async () => await metricValue(app, 'ringside_content_cache_bytes') === WHOLE.length)
  const kept = await app.inject({ url: `/v1/video/jobs/${id}/content`, headers })
  t.equal(kept.headers['accept-ranges'], 'bytes', 'once kept, ranges are offered')
})

test('a download cut off halfway is not kept', async (t) => {
  const { backend, gateway, id } = await gatewayWithCompletedJob(t)
  const partial = await request(`${gateway}/v1/video/jobs/${id}/content`, { headers })
  await once(partial.body, 'data')
  partial.body.destroy()
  await eventually(() => backend.downloads[0]?.closedEarly, { timeoutMs: 3000 })
  const whole = await request(`${gateway}/v1/video/jobs/${id}/content`, { headers })
  t.ok(Buffer.from(await whole.body.arrayBuffer()).equals(WHOLE))
  t.equal(backend.downloads.length, 2, 'the second download went to the backend again')
})

test('without the cache, or for a video over a quarter of it, every download goes to the backend; one it forgot is a 502 naming it', async (t) => {
  for (const contentCacheBytes of [0, 4 * WHOLE.length - 1]) {
    const { backend, app, id } = await gatewayWithCompletedJob(t, { contentCacheBytes })
    for (let i = 0; i < 2; i++) t.ok((await app.inject({ url: `/v1/video/jobs/${id}/content`, headers })).rawPayload.equals(WHOLE))
    t.equal(backend.downloads.length, 2, `cache of ${contentCacheBytes} bytes: both downloads from the backend`)
    t.equal(await metricValue(app, 'ringside_content_cache_bytes'), 0)
    backend.forget()
    const gone = await app.inject({ url: `/v1/video/jobs/${id}/content`, headers })
    t.equal(gone.statusCode, 502)
    t.match(gone.json().message, /u1r1 no longer has this video/)
  }
})
