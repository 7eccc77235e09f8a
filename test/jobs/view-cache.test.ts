import { test } from 'tap'
import { createViewCache } from '../../src/jobs/view-cache.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

test('a job\'s view is rendered once per change of the job, and again after each change', async (t) => {
  let renders = 0
  const json = createViewCache((job: TrackedJob) => { renders++; return { status: job.status, upstream: job.upstream.status } })
  const serializer = { serialize: (view: unknown) => JSON.stringify(view) }
  const job = { status: 'queued', startedAtMs: null, completedAtMs: null, upstream: { status: 'queued' }, record: null, error: null } as unknown as TrackedJob
  t.equal(json(job, serializer, 0), '{"status":"queued","upstream":"queued"}')
  json(job, serializer, 0)
  t.equal(renders, 1, 'asked twice, rendered once')
  job.status = 'running'
  t.equal(json(job, serializer, 0), '{"status":"running","upstream":"queued"}')
  job.upstream = { ...job.upstream, status: 'completed' }
  t.equal(json(job, serializer, 0), '{"status":"running","upstream":"completed"}', 'a new upstream answer is a change')
  job.record = { stages: [] } as unknown as TrackedJob['record']
  json(job, serializer, 0)
  t.equal(renders, 4)
  json(job, serializer, 37)
  t.equal(renders, 5, 'a new progress estimate is a change')
})
