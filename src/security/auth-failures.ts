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

/**
 * The client a failure is counted against: its IPv4 address, or the /64 of an IPv6 one, which
 * is what one host is usually given (RFC 6177): per address, a host could try 2^64 of them.
 */
export function clientOf (address: string): string {
  if (!address.includes(':')) return address
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
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
    /** Seconds until `address` (its client, see clientOf) may try again; 0 when it may now. */
    retryAfterSeconds (address: string): number {
      address = clientOf(address)
      const at = now()
      const window = current(address, at)
      if (!window || window.failures < max) return 0
      return Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000))
    },
    /** A wrong key from `address`; true when it is the one that puts its client over the limit. */
    fail (address: string): boolean {
      address = clientOf(address)
      const at = now()
      const window = current(address, at)
      if (window) {
        window.failures++
        return window.failures === max
      }
      if (windows.size >= maxAddresses) makeRoom(at)
      windows.set(address, { startedAt: at, failures: 1 })
      return max === 1
    },
    get addresses (): number { return windows.size }
  }
}

export type AuthFailureLimiter = ReturnType<typeof createAuthFailureLimiter>
