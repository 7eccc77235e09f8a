/**
 * Failed authentications per client address, in fixed windows: past `max` wrong keys from one
 * address, every key it sends (a right one too) is refused until its window ends, so guessing
 * gets no answer at all rather than a slower one. Successes are not counted.
 */
export interface AuthFailureOptions {
  max: number
  windowMs: number
  /** The clock, for tests. */
  now?: () => number
  /** Addresses remembered at once: a spray from many addresses cannot grow the map without bound. */
  maxAddresses?: number
}

interface Window { startedAt: number, failures: number }

export function createAuthFailureLimiter ({ max, windowMs, now = Date.now, maxAddresses = 10_000 }: AuthFailureOptions) {
  const windows = new Map<string, Window>()

  function current (address: string, at: number): Window | undefined {
    const window = windows.get(address)
    if (window && at - window.startedAt >= windowMs) {
      windows.delete(address)
      return undefined
    }
    return window
  }

  function makeRoom (at: number): void {
    for (const [address, window] of windows) if (at - window.startedAt >= windowMs) windows.delete(address)
    // Map order is insertion order: past the expired ones, the oldest windows go first
    for (const address of windows.keys()) {
      if (windows.size < maxAddresses) return
      windows.delete(address)
    }
  }

  return {
    /** Seconds until `address` may try again; 0 when it may now. */
    retryAfterSeconds (address: string): number {
      const at = now()
      const window = current(address, at)
      if (!window || window.failures < max) return 0
      return Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000))
    },
    /** A wrong key from `address`. */
    fail (address: string): void {
      const at = now()
      const window = current(address, at)
      if (window) {
        window.failures++
        return
      }
      if (windows.size >= maxAddresses) makeRoom(at)
      windows.set(address, { startedAt: at, failures: 1 })
    },
    get addresses (): number { return windows.size }
  }
}

export type AuthFailureLimiter = ReturnType<typeof createAuthFailureLimiter>
