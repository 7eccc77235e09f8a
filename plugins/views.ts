import fp from 'fastify-plugin'
import type { FastifyReply } from 'fastify'
import type { TrackedJob } from '../src/jobs/job.ts'
import { estimatedProgress, jobView, videoView } from '../src/jobs/views.ts'
import { defaultClock } from '../src/jobs/tracker.ts'
import { createViewCache } from '../src/jobs/view-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** A job's progress in percent, estimated while it runs from its backend's expected service time. */
    progressOf (job: TrackedJob): number
  }
  interface FastifyReply {
    /** The job in the gateway's own shape, serialised by the route's schema once per change of the job. */
    sendJobView (job: TrackedJob): FastifyReply
    /** The job in SGLang's (OpenAI's) video shape, likewise. */
    sendVideoView (job: TrackedJob): FastifyReply
  }
}

const JSON_TYPE = 'application/json; charset=utf-8'

export default fp(async function viewsPlugin (fastify) {
  const { backends } = fastify
  const progressOf = (job: TrackedJob) => estimatedProgress(job, backends.get(job.ref.backend)?.service.predict(job.workload) ?? null, defaultClock())
  const jobJson = createViewCache((job, options) => jobView(job, options))
  const videoJson = createViewCache(videoView)
  fastify.decorate('progressOf', progressOf)
  fastify.decorateReply('sendJobView', function sendJobView (this: FastifyReply, job: TrackedJob) {
    return this.type(JSON_TYPE).send(jobJson(job, this, progressOf(job)))
  })
  fastify.decorateReply('sendVideoView', function sendVideoView (this: FastifyReply, job: TrackedJob) {
    return this.type(JSON_TYPE).send(videoJson(job, this, progressOf(job)))
  })
}, { name: 'ringside-views', dependencies: ['ringside-backends'] })
