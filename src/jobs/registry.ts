import type { TrackedJob } from './job.ts'
import type { Queued } from './queue.ts'

/** A tracked job with its poller's state. */
export interface Entry extends Queued {
  job: TrackedJob
  timer: NodeJS.Timeout | undefined
  deadline: NodeJS.Timeout | undefined
  resolve: () => void
  /** Waiting for a poll answer to a request sent at or after `sinceMs`. */
  answerWaiters: Array<{ sinceMs: number, resolve: () => void }>
}

export function newEntry (job: Omit<TrackedJob, 'settled'>, answeredAtMs: number | null): Entry {
  let resolve!: () => void
  const settled = new Promise<void>((_resolve) => { resolve = _resolve })
  return { job: { ...job, settled }, answeredAtMs, timer: undefined, deadline: undefined, resolve, answerWaiters: [] }
}

/** Stops the entry's poll and deadline timers (a settled job is kept: not its spent timers). */
export function stopTimers (entry: Entry): void {
  clearTimeout(entry.timer)
  clearTimeout(entry.deadline)
  entry.timer = entry.deadline = undefined
}

/** The jobs this gateway knows by id; terminal ones are kept up to `maxSettled`, the oldest forgotten first. */
export function createJobRegistry (maxSettled: number) {
  const entries = new Map<string, Entry>()
  // Insertion-ordered: the first is the oldest settled job
  const settledIds = new Set<string>()

  return {
    get: (id: string) => entries.get(id),
    add (entry: Entry): void { entries.set(entry.job.id, entry) },
    /** Whether the entry is still the tracked one: a poll answered after DELETE must not settle it. */
    tracked: (entry: Entry) => entries.get(entry.job.id) === entry,
    /** A job settled: kept for polls and downloads while it is among the newest `maxSettled`. */
    remember (id: string): void {
      settledIds.add(id)
      if (settledIds.size <= maxSettled) return
      const [oldest] = settledIds
      settledIds.delete(oldest!)
      entries.delete(oldest!)
    },
    forget (id: string): void {
      entries.delete(id)
      settledIds.delete(id)
    },
    values: () => entries.values()
  }
}
export type JobRegistry = ReturnType<typeof createJobRegistry>

/**
 * Signed ids the backend said it does not know (or this gateway deleted), remembered for
 * `intervalMs`: a client polling such an id, or many at once, costs one upstream GET per
 * interval, not one per poll. Bounded: past `maxIds` the oldest is forgotten first.
 */
export function createUnknownIds (intervalMs: number, clock: () => number, maxIds = 10_000) {
  // Insertion-ordered: the first is the oldest
  const untilMs = new Map<string, number>()
  return {
    add (id: string): void {
      untilMs.delete(id)
      untilMs.set(id, clock() + intervalMs)
      if (untilMs.size > maxIds) untilMs.delete(untilMs.keys().next().value!)
    },
    has (id: string): boolean {
      const until = untilMs.get(id)
      if (until === undefined) return false
      if (clock() < until) return true
      untilMs.delete(id)
      return false
    },
    delete: (id: string) => untilMs.delete(id)
  }
}
