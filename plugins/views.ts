import fp from 'fastify-plugin'
import type { FastifyReply } from 'fastify'
import type { TrackedJob } from '../src/jobs/job.ts'
import { jobView, videoView } from '../src/jobs/views.ts'
import { createViewCache } from '../src/jobs/view-cache.ts'

declare module 'fastify' {
  interface FastifyReply {
    /** The job in the gateway's own shape, serialised by the route's schema once per change of the job. */
    sendJobView (job: TrackedJob): FastifyReply
    /** The job in SGLang's (OpenAI's) video shape, likewise. */
    sendVideoView (job: TrackedJob): FastifyReply
  }
}

const JSON_TYPE = 'application/json; charset=utf-8'

export default fp(async function viewsPlugin (fastify) {
  const jobJson = createViewCache(jobView)
  const videoJson = createViewCache(videoView)
  fastify.decorateReply('sendJobView', function sendJobView (this: FastifyReply, job: TrackedJob) {
    return this.type(JSON_TYPE).send(jobJson(job, this))
  })
  fastify.decorateReply('sendVideoView', function sendVideoView (this: FastifyReply, job: TrackedJob) {
    return this.type(JSON_TYPE).send(videoJson(job, this))
  })
}, { name: 'ringside-views' })
