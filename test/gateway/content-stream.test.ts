// The mp4 goes from the backend's socket to the client's without a stream in between: what the
// client sees of headers, and what happens upstream when the client leaves halfway.
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

/** A backend whose one job is done at once and whose mp4 trickles out in 64 KiB chunks every 25 ms. */
async function startTricklingBackend (t: { teardown (fn: () => unknown): void }) {
  const downloads: Array<{ finished: boolean, closedEarly: boolean }> = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    req.resume()
    if (req.url === '/health') return json({})
    if (req.url === '/v1/models') return json({ object: 'list', data: [{ id: 'fake', object: 'model', num_gpus: 1 }] })
    if (req.url === '/v1/videos/job-0/content') {
      const download = { finished: false, closedEarly: false }
      downloads.push(download)
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(CHUNK.length * CHUNKS) })
      let sent = 0
      const timer = setInterval(() => {
        res.write(CHUNK)
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
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, downloads }
}

test('a client that leaves halfway through a download aborts it upstream; the next download is whole and keeps the hooks\' headers', async (t) => {
  const backend = await startTricklingBackend(t)
  const app = await build(t, {
    backends: [{ name: 'u1r1', urls: [backend.url], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }],
    pollMinMs: 5,
    pollMaxMs: 20,
    // with a key, requests are rate-limited and the limit's headers are on every answer
    apiKeys: [{ name: 'viewer', scope: 'generate', key: secret }]
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const gateway = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const created = (await app.inject({ method: 'POST', url: '/v1/video/generate', headers, payload: { prompt: 'a fox', backend: 'u1r1' } })).json()
  await eventually(async () => (await app.inject({ url: `/v1/video/jobs/${created.id}`, headers })).json().status === 'completed')

  const partial = await request(`${gateway}/v1/video/jobs/${created.id}/content`, { headers })
  t.equal(partial.statusCode, 200)
  const [chunk] = await once(partial.body, 'data') as [Buffer]
  t.ok(chunk.length > 0, 'the first bytes arrive while the backend is still sending')
  partial.body.destroy()
  await eventually(() => backend.downloads[0]?.closedEarly, { timeoutMs: 3000 })
  t.ok(backend.downloads[0]?.closedEarly, 'the backend saw its download closed before the end')

  const whole = await request(`${gateway}/v1/video/jobs/${created.id}/content`, { headers })
  const bytes = Buffer.from(await whole.body.arrayBuffer())
  t.equal(bytes.length, CHUNK.length * CHUNKS, 'the whole mp4')
  t.equal(whole.headers['content-type'], 'video/mp4')
  t.equal(whole.headers['content-length'], String(CHUNK.length * CHUNKS))
  t.equal(whole.headers['content-disposition'], `attachment; filename="${created.id}.mp4"`)
  t.ok(whole.headers['x-ratelimit-limit'], 'headers set by the rate-limit hook are kept')
  t.equal((await app.inject('/health/ready')).statusCode, 200, 'and the gateway is fine')
})
