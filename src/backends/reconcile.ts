// What the FIFO view cannot see: jobs on a backend that other clients sent (another gateway
// replica, SGLang's own bench, a script). The backend's job list shows every client's; counted on
// each health check (one list call per replica per RINGSIDE_HEALTH_INTERVAL_MS), the jobs not
// this gateway's are what fastest-completion must wait behind too.
import type { ReplicaClient } from './client.ts'

// Statuses of a job not finished: SGLang says `queued` until completion, the running one too
// (entrypoints/openai/video_api.py:441-451, 514-530 at d315eb72); the others are other servers' words
const unfinished = new Set(['queued', 'in_progress', 'running', 'pending'])

/**
 * Sets `replica.foreign`: the backend's unfinished jobs beyond this gateway's own outstanding ones.
 * A page holds the newest 100, so more than 100 unfinished jobs count as 100 (the backend is
 * that far behind anyway).
 */
interface Counted { client: Pick<ReplicaClient, 'jobStatuses'>, outstanding: number, foreign: number }

export async function countForeignJobs (replica: Counted, timeoutMs: number): Promise<void> {
  const statuses = await replica.client.jobStatuses(timeoutMs)
  const unfinishedJobs = statuses.filter((status) => unfinished.has(status)).length
  // Read after the answer: submits answered meanwhile are this gateway's, not foreign
  replica.foreign = Math.max(0, unfinishedJobs - replica.outstanding)
}
