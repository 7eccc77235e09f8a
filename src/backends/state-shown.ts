import { backendState, type Backend, type BackendState } from './backends.ts'

type ReplicaState = BackendState['replicas'][number]
export type BackendStateShown = Omit<BackendState, 'replicas'> & { replicas: Array<Omit<ReplicaState, 'url'> & { url: string | null }> }

/**
 * A backend's state as a caller may see it: where the GPUs are (replica URLs, and an error's
 * low-level cause, which can name an address: `connect ECONNREFUSED 10.0.0.5:30000`) only when
 * `showUrls` (src/security/tenancy.ts decides).
 */
export function backendStateShown (backend: Backend, showUrls: boolean): BackendStateShown {
  const state = backendState(backend)
  if (showUrls) return state
  return {
    ...state,
    replicas: state.replicas.map((replica, index) => ({ ...replica, url: null, last_error: backend.replicas[index]!.lastError?.message ?? null }))
  }
}
