import { outstanding, type Backend, type Backends, type Replica } from '../backends/backends.ts'
import { noBackendError, refusalError, refusalOf } from '../backends/admission.ts'
import { UnknownBackendError } from '../errors.ts'
import { capacityWeights, type RoutingPolicy } from './policy.ts'
import { chooseReplica } from './replicas.ts'

export interface RouterOptions {
  backends: Backends
  policy: RoutingPolicy
  /** Jobs outstanding per backend (all replicas) beyond which it takes no more (429). */
  maxQueuePerBackend: number
}

/** Where one generation goes: admission, the routing policy among backends, then the replica. */
export function createRouter ({ backends, policy, maxQueuePerBackend }: RouterOptions) {
  function named (choice: string): Backend {
    const backend = backends.get(choice)
    if (!backend) throw new UnknownBackendError(choice, backends.names.join(', '))
    const refusal = refusalOf(backend, maxQueuePerBackend)
    if (refusal) throw refusalError(backend, refusal)
    return backend
  }

  /** The routing policy's choice among the backends up, with a closed circuit and room in their queue. */
  function auto (): Backend {
    const refused = backends.all().map((backend) => ({ backend, refusal: refusalOf(backend, maxQueuePerBackend) }))
    const measured = refused.map(({ backend }) => ({ replicas: backend.replicas.length, expectedServiceSeconds: backend.serviceSeconds.value() }))
    const weights = capacityWeights(measured)
    const name = policy.choose(refused.map(({ backend, refusal }, i) => ({
      name: backend.name,
      available: refusal === null,
      outstanding: outstanding(backend),
      expectedServiceSeconds: measured[i]!.expectedServiceSeconds,
      weight: weights[i]!
    })))
    const backend = name === undefined ? undefined : backends.get(name)
    if (!backend) throw noBackendError(refused)
    return backend
  }

  return {
    /**
     * The backend (the named one, or the policy's for `auto`) and its least-loaded replica.
     * Synchronous: the caller reserves the replica's slot before anything else can choose.
     */
    choose (choice: string | undefined): { backend: Backend, replica: Replica } {
      const backend = choice && choice !== 'auto' ? named(choice) : auto()
      return { backend, replica: chooseReplica(backend) }
    }
  }
}
export type Router = ReturnType<typeof createRouter>
