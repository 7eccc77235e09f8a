import fp from 'fastify-plugin'
import type { TrackedJob } from '../src/jobs/job.ts'

declare module 'fastify' {
  interface FastifyReply {
    /** Streams the job's mp4 from the replica that made it, never buffered whole. */
    sendJobContent (job: TrackedJob): Promise<FastifyReply>
  }
}

export default fp(async function contentPlugin (fastify) {
  const { jobs } = fastify
  fastify.decorateReply('sendJobContent', async function sendJobContent (job: TrackedJob) {
    const content = await jobs.openContent(job, this.request.id)
    this.header('content-type', 'video/mp4')
      .header('content-disposition', `attachment; filename="${job.id}.mp4"`)
    const length = content.headers['content-length']
    if (length) this.header('content-length', length)
    // Fastify destroys the stream when the client goes away, which aborts the upstream request.
    return this.send(content.body)
  })
}, { name: 'ringside-content', dependencies: ['ringside-jobs'] })
