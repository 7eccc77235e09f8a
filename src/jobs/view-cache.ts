// The JSON of a job's view, kept until the job changes. A poll storm asks for one job thousands
// of times between two answers of its poller; without this each request would build and
// serialise the same view again (bench/poll.ts).
import type { TrackedJob } from './job.ts'

type Fingerprint = Pick<TrackedJob, 'status' | 'startedAtMs' | 'completedAtMs' | 'upstream' | 'record' | 'error' | 'backendFailing'>

interface Cached extends Fingerprint { json: string }

// Everything a view reads that can change; the tracker replaces `upstream`, `record`, `error` and
// `backendFailing` rather than mutating them, so identity tells when they changed
function unchanged (cached: Cached, job: TrackedJob): boolean {
  return cached.status === job.status && cached.startedAtMs === job.startedAtMs &&
    cached.completedAtMs === job.completedAtMs && cached.upstream === job.upstream &&
    cached.record === job.record && cached.error === job.error && cached.backendFailing === job.backendFailing
}

/** `json(job, reply)`: the view of `job` as serialised by the reply's response schema. */
export function createViewCache<V> (render: (job: TrackedJob) => V) {
  const cache = new WeakMap<TrackedJob, Cached>()
  return function json (job: TrackedJob, serializer: { serialize (payload: V): unknown }): string {
    const cached = cache.get(job)
    if (cached && unchanged(cached, job)) return cached.json
    const { status, startedAtMs, completedAtMs, upstream, record, error, backendFailing } = job
    // A response schema's serializer always makes a string
    const text = serializer.serialize(render(job)) as string
    cache.set(job, { status, startedAtMs, completedAtMs, upstream, record, error, backendFailing, json: text })
    return text
  }
}
