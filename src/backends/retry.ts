// Retries for safe reads only (GET of content): bounded, jittered, honouring Retry-After.
// A generation is never re-sent: a POST the backend may have queued would run twice.

export interface RetryPolicy {
  retries: number
  baseDelayMs: number
  /** A Retry-After longer than this is not waited for: the failure goes to the client. */
  maxDelayMs: number
  random?: () => number
}

export const defaultReadRetry: RetryPolicy = { retries: 2, baseDelayMs: 100, maxDelayMs: 2000 }

/** Whether to retry a failure, and how long the server asked to wait (ms). */
export type RetryVerdict = { retry: false } | { retry: true, retryAfterMs?: number }

/** "Equal jitter": half the exponential step fixed, half random, so retries spread but still back off. */
export function backoffMs (attempt: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return step / 2 + (policy.random ?? Math.random)() * step / 2
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 10.2.3); undefined when absent or unreadable. */
export function parseRetryAfterMs (value: string | string[] | undefined, nowMs = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text.trim() === '') return undefined
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

export async function withRetries<T> (read: () => Promise<T>, verdict: (err: unknown) => RetryVerdict, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read()
    } catch (err) {
      const decision = verdict(err)
      if (!decision.retry || attempt >= policy.retries) throw err
      const asked = decision.retryAfterMs
      if (asked !== undefined && asked > policy.maxDelayMs) throw err
      await new Promise((resolve) => setTimeout(resolve, Math.max(asked ?? 0, backoffMs(attempt, policy))))
    }
  }
}
