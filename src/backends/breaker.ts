// A circuit breaker per backend replica, after SGLang's model gateway and Envoy's outlier
// detection: N consecutive failures open it, a cool-down later one probe decides.

/** In the order of the gauge's values: 0 closed, 1 half-open, 2 open. */
export const circuitStates = ['closed', 'half_open', 'open'] as const
export type CircuitState = typeof circuitStates[number]

export interface BreakerOptions {
  /** Consecutive failures (refused, timeout, reset, 5xx, malformed; never a client's 4xx) that open it. */
  failureThreshold: number
  coolDownMs: number
  now: () => number
  /** Called each time the circuit opens (again), e.g. to schedule the half-open probe. */
  onOpen?: (failures: number) => void
}

/**
 * Open is only a timestamp: half-open is derived from the clock when asked, so no timer has to
 * run for a replica nobody calls. While half-open, one call at a time is let through (the
 * probe); its outcome, or that of any call answered meanwhile, closes or reopens the circuit.
 */
export function createBreaker (options: BreakerOptions) {
  const { failureThreshold, coolDownMs, now } = options
  let failures = 0
  let openedAtMs: number | null = null
  let probeInFlight = false

  function state (): CircuitState {
    if (openedAtMs === null) return 'closed'
    return now() - openedAtMs >= coolDownMs ? 'half_open' : 'open'
  }

  function open (): void {
    openedAtMs = now()
    probeInFlight = false
    options.onOpen?.(failures)
  }

  return {
    state,
    /** Whether a new call may go now (half-open: only while no probe is out). */
    allows (): boolean {
      const current = state()
      return current === 'closed' || (current === 'half_open' && !probeInFlight)
    },
    /** Claims the half-open probe; true when the caller's call is it (settle with success or failure). */
    tryProbe (): boolean {
      if (state() !== 'half_open' || probeInFlight) return false
      probeInFlight = true
      return true
    },
    success (): void {
      // Calls that went out before the circuit opened do not shorten the cool-down
      if (state() === 'open') return
      failures = 0
      openedAtMs = null
      probeInFlight = false
    },
    failure (): void {
      const current = state()
      if (current === 'open') return
      failures++
      if (current === 'half_open' || failures >= failureThreshold) open()
    },
    /** Until the next probe may go: 0 unless open. */
    msUntilHalfOpen (): number {
      return openedAtMs === null ? 0 : Math.max(0, openedAtMs + coolDownMs - now())
    }
  }
}
export type Breaker = ReturnType<typeof createBreaker>

/** Seconds for a `Retry-After` (RFC 9110 10.2.3 wants a whole number), at least 1. */
export function retryAfterSeconds (ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000))
}
