import fp from 'fastify-plugin'
import type { FastifyReply } from 'fastify'
import type { OutgoingHttpHeaders } from 'node:http'
import type { Writable } from 'node:stream'
import type { ContentAnswer } from '../src/backends/client.ts'
import { outputCount, type TrackedJob } from '../src/jobs/job.ts'
import { createJobContent, type JobContent } from '../src/jobs/content.ts'
import { parseByteRange } from '../src/jobs/byte-range.ts'
import { RangeNotSatisfiableError } from '../src/errors.ts'
import type { Config } from '../src/config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Finished jobs' videos: kept after their first download, else streamed from their replica. */
    content: JobContent
  }
  interface FastifyReply {
    /**
     * Sends the job's mp4: kept by the gateway, or streamed from the replica that made it, or a
     * 302 to the backend's cloud storage when it uploaded it there. A kept video answers a
     * `Range` request with the part asked (206), for players that seek.
     * `output` picks one of the job's videos (0, the first, by default).
     */
    sendJobContent (job: TrackedJob, output?: number): Promise<FastifyReply>
  }
}

// Named as SGLang names the files: <id>.mp4 for one video, <id>_<k>.mp4 for several (schedule_batch.py:315-323)
function asAttachment (reply: FastifyReply, job: TrackedJob, output: number): FastifyReply {
  const name = outputCount(job) > 1 ? `${job.id}_${output}.mp4` : `${job.id}.mp4`
  return reply.type('video/mp4').header('content-disposition', `attachment; filename="${name}"`)
}

function sendPart (reply: FastifyReply, job: TrackedJob, output: number, body: Buffer, rangeHeader: string): FastifyReply | null {
  const range = parseByteRange(rangeHeader, body.length)
  if (range === null) return null
  reply.header('accept-ranges', 'bytes')
  if (range === 'unsatisfiable') {
    reply.header('content-range', `bytes */${body.length}`)
    throw new RangeNotSatisfiableError(rangeHeader.slice(0, 100), body.length)
  }
  return asAttachment(reply.code(206), job, output)
    .header('content-range', `bytes ${range.start}-${range.end}/${body.length}`)
    .send(body.subarray(range.start, range.end + 1))
}

/** The response itself, once the video is at hand: the caller writes the mp4 into it. */
function openResponse (reply: FastifyReply, job: TrackedJob, output: number, headers: ContentAnswer['headers']): Writable {
  // From the backend's 200 on, undici writes each chunk it reads straight to the client's
  // socket, with its backpressure; headers set by hooks (rate limits, request id) go along.
  asAttachment(reply, job, output)
  const length = headers['content-length']
  if (typeof length === 'string') reply.header('content-length', length)
  // A kept video can be asked for in parts; one streamed from the backend is sent whole
  if (headers['accept-ranges'] === 'bytes') reply.header('accept-ranges', 'bytes')
  reply.hijack()
  reply.raw.writeHead(200, reply.getHeaders() as OutgoingHttpHeaders)
  return reply.raw
}

export default fp(async function contentPlugin (fastify, opts: { config: Config }) {
  const { backends, metrics } = fastify
  const content = createJobContent({ backends, cacheBytes: opts.config.contentCacheBytes })
  fastify.decorate('content', content)
  metrics.readContentCacheBytesFrom(() => content.cacheBytes)

  fastify.decorateReply('sendJobContent', async function sendJobContent (this: FastifyReply, job: TrackedJob, output = 0) {
    const reply = this
    const rangeHeader = reply.request.headers.range
    const kept = rangeHeader === undefined ? undefined : content.kept(job, output)
    if (kept) {
      const part = sendPart(reply, job, output, kept, rangeHeader!)
      if (part) return part
    }
    // Every client error (failed, not done, no such output, no copy kept) before anything is sent
    const place = content.locate(job, output)
    if (place.source === 'cloud') {
      metrics.contentDownloads.inc({ backend: job.ref.backend, source: 'cloud' })
      return reply.redirect(place.url, 302)
    }
    try {
      const source = await content.stream(job, (headers) => openResponse(reply, job, output, headers), reply.request.id, output)
      metrics.contentDownloads.inc({ backend: job.ref.backend, source })
    } catch (err) {
      // Before the first byte the error handler answers; after it, the client or the backend
      // broke off the download and all that is left is to close the connection
      if (!reply.sent) throw err
      // The client went away or the backend broke off: routine, and the stack says nothing
      reply.log.info({ job: job.id, error: (err as Error).message }, 'download ended early')
      reply.raw.destroy()
    }
    return reply
  })
}, { name: 'ringside-content', dependencies: ['ringside-backends', 'ringside-metrics'] })
