import { test } from 'tap'
import Fastify from 'fastify'
import { Writable } from 'node:stream'
import { createBackends } from '../../src/backends/backends.ts'
import { createJobContent } from '../../src/jobs/content.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

const VIDEO = Buffer.alloc(1000, 7)

/** A real upstream on port 0 answering each content request with the next of `statuses` (then 200 with VIDEO). */
async function upstream (t: { teardown: (fn: () => unknown) => void }, statuses: number[]) {
  const app = Fastify()
  const requests: string[] = []
  app.get('/v1/videos/:id/content', async (request, reply) => {
    requests.push((request.params as { id: string }).id)
    const status = statuses.shift() ?? 200
    if (status !== 200) return reply.code(status).header('retry-after', '0').send({ error: 'busy' })
    return reply.type('video/mp4').send(VIDEO)
  })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const backends = createBackends({
    configs: [{ name: 'a', urls: [url], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }],
    healthIntervalMs: 1000,
    connectTimeoutMs: 1000,
    headersTimeoutMs: 1000,
    bodyTimeoutMs: 1000,
    logger: { info () {}, warn () {} }
  })
  t.teardown(async () => { await backends.close(); await app.close() })
  return { backends, requests }
}

function job (status: TrackedJob['status'] = 'completed'): TrackedJob {
  return { id: 'job-1', ref: { backend: 'a', replica: 0, upstreamId: 'video_1' }, status, upstream: { id: 'video_1', status } } as TrackedJob
}

/** Streams the job's video into memory; answers where it came from and what arrived. */
async function download (content: ReturnType<typeof createJobContent>, tracked: TrackedJob) {
  const chunks: Buffer[] = []
  const source = await content.stream(tracked, () => new Writable({ write (chunk, _encoding, callback) { chunks.push(chunk); callback() } }))
  return { source, body: Buffer.concat(chunks) }
}

test('a download the backend refused with 503 is retried; the video is then kept and answers the next one', async (t) => {
  const { backends, requests } = await upstream(t, [503])
  const content = createJobContent({ backends, cacheBytes: 10_000, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 100 } })
  const first = await download(content, job())
  t.equal(first.source, 'backend')
  t.ok(first.body.equals(VIDEO), 'the whole video')
  t.same(requests, ['video_1', 'video_1'], 'asked again after the 503')
  t.equal(content.cacheBytes, VIDEO.length)
  t.ok(content.kept(job())?.equals(VIDEO))
  const second = await download(content, job())
  t.same([second.source, second.body.equals(VIDEO), requests.length], ['cache', true, 2], 'the second from memory, the backend not asked')
  content.forget('job-1')
  t.equal(content.kept(job()), undefined, 'a deleted job\'s video goes')
})

test('a video the backend no longer has is a 502 naming it, not retried; an unfinished job has none yet', async (t) => {
  const { backends, requests } = await upstream(t, [404])
  const content = createJobContent({ backends, cacheBytes: 10_000, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 100 } })
  await t.rejects(download(content, job()), { code: 'RINGSIDE_CONTENT_GONE', statusCode: 502, backend: 'a' })
  t.equal(requests.length, 1, 'a 404 is final')
  await t.rejects(download(content, job('running')), { code: 'RINGSIDE_CONTENT_NOT_READY', statusCode: 409 })
  t.equal(content.kept(job('running')), undefined)
})
