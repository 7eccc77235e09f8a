import { isAvailable, msUntilHalfOpen, outstanding, type Backend } from './backends.ts'
import { retryAfterSeconds } from './breaker.ts'
import {
  AllBackendsFullError, BackendCircuitOpenError, BackendQueueFullError, BackendUnavailableError, NoBackendAvailableError, type RetryableError
} from '../errors.ts'

/** Why a backend takes no new job now; null when it does. */
export type Refusal = 'down' | 'circuit_open' | 'full' | null

export function refusalOf (backend: Backend, maxOutstanding: number): Refusal {
  if (!backend.replicas.some(isAvailable)) {
    // Answering health checks but failing real calls: the circuit, not the health, keeps it out
    return backend.replicas.some((replica) => replica.up) ? 'circuit_open' : 'down'
  }
  return outstanding(backend) >= maxOutstanding ? 'full' : null
}

/**
 * When a full backend will likely have room: its queue drains one generation per expected
 * service time in each of its replicas' slots (a data-parallel replica runs dp_size at once).
 * Unmeasured, a generation is counted as 1 s; never below 1 s.
 */
export function queueRetryAfterSeconds (backend: Pick<Backend, 'replicas' | 'service'>): number {
  const serviceSeconds = backend.service.mean() ?? 1
  const slots = backend.replicas.reduce((sum, replica) => sum + replica.slots, 0)
  return retryAfterSeconds(serviceSeconds * outstanding(backend) * 1000 / slots)
}

export function circuitOpenError (backend: Backend): RetryableError {
  const seconds = retryAfterSeconds(msUntilHalfOpen(backend))
  return new BackendCircuitOpenError(backend.name, seconds) as RetryableError
}

export function refusalError (backend: Backend, refusal: Exclude<Refusal, null>): Error {
  switch (refusal) {
    case 'circuit_open': return circuitOpenError(backend)
    case 'full': return new BackendQueueFullError(backend.name, outstanding(backend), { retryAfterSeconds: queueRetryAfterSeconds(backend) })
    case 'down': return new BackendUnavailableError(backend.name)
  }
}

/**
 * No backend takes the job: 429 when some are only full (retrying later will succeed, and
 * soonest where the queue drains first), 503 when every one is down or failing.
 */
export function noBackendError (refused: Array<{ backend: Backend, refusal: Refusal }>): Error {
  const full = refused.filter((r) => r.refusal === 'full').map((r) => queueRetryAfterSeconds(r.backend))
  if (full.length > 0) return new AllBackendsFullError({ retryAfterSeconds: Math.min(...full) })
  return new NoBackendAvailableError()
}
