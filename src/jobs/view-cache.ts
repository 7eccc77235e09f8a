// The JSON of a job's view, kept until the job changes. A poll storm asks for one job thousands
// of times between two answers of its poller; without this each request would build and
// serialise the same view again (bench/poll.ts).
import type { TrackedJob } from './job.ts'

type Fingerprint = Pick<TrackedJob, 'status' | 'startedAtMs' | 'completedAtMs' | 'upstream' | 'record' | 'error' | 'backendFailing'> & { progress: number }

interface Cached extends Fingerprint { json: string }

// Everything a view reads that can change (the estimated progress moves by itself, so it is given); the tracker replaces `upstream`, `record`, `error` and
// `backendFailing` rather than mutating them, so identity tells when they changed
function unchanged (cached: Cached, job: TrackedJob, progress: number): boolean {
  return cached.progress === progress && cached.status === job.status && cached.startedAtMs === job.startedAtMs &&
    cached.completedAtMs === job.completedAtMs && cached.upstream === job.upstream &&
    cached.record === job.record && cached.error === job.error && cached.backendFailing === job.backendFailing
}

/** `json(job, reply, progress)`: the view of `job` as serialised by the reply's response schema, with its estimated progress. */
export function createViewCache<V> (render: (job: TrackedJob, options: { progress: number }) => V) {
  const cache = new WeakMap<TrackedJob, Cached>()
  return function json (job: TrackedJob, serializer: { serialize (payload: V): unknown }, progress: number): string {
    const cached = cache.get(job)
    if (cached && unchanged(cached, job, progress)) return cached.json
    const { status, startedAtMs, completedAtMs, upstream, record, error, backendFailing } = job
    // A response schema's serializer always makes a string
    const text = serializer.serialize(render(job, { progress })) as string
    cache.set(job, { status, startedAtMs, completedAtMs, upstream, record, error, backendFailing, progress, json: text })
    return text
  }
}
