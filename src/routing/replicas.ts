import { isAvailable, type Backend, type Replica } from '../backends/backends.ts'
import { circuitOpenError } from '../backends/admission.ts'

// Replicas of one backend are interchangeable, so only the queue length matters (this gateway's
// jobs and other clients' seen in its job list); the lowest index
// on ties keeps a lightly loaded deployment on one warm replica and makes the choice reproducible
export function pickReplica (outstandingPerReplica: number[]): number {
  if (outstandingPerReplica.length === 0) throw new RangeError('a backend needs at least one replica')
  let best = 0
  for (let i = 1; i < outstandingPerReplica.length; i++) {
    if ((outstandingPerReplica[i] as number) < (outstandingPerReplica[best] as number)) best = i
  }
  return best
}

/** The replica chooseReplica would take now, if any: the least-loaded available one. */
export function nextReplica (backend: Backend): Replica | undefined {
  const available = backend.replicas.filter(isAvailable)
  // None up (the prober may lag a restart): try one whose circuit lets calls through
  const candidates = available.length > 0 ? available : backend.replicas.filter((r) => r.breaker.allows())
  return candidates.length === 0 ? undefined : candidates[pickReplica(candidates.map((r) => r.outstanding + r.foreign))]
}

/** The least-loaded available replica of the backend; throws (503) when every circuit is open. */
export function chooseReplica (backend: Backend): Replica {
  const replica = nextReplica(backend)
  if (!replica) throw circuitOpenError(backend)
  return replica
}
