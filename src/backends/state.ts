import { circuitState, isUp, outstanding, type Backend } from './backends.ts'

/**
 * What is known of a backend now, as GET /v1/backends shows it and the backend gauges export it:
 * read from the prober's cache, never a remote call.
 */
export function backendState (backend: Backend) {
  const { config, reported } = backend
  return {
    name: backend.name,
    up: isUp(backend),
    circuit: circuitState(backend),
    sp_degree: config.sp_degree,
    ulysses_degree: config.ulysses_degree,
    ring_degree: config.ring_degree,
    kv_gather_degree: config.kv_gather_degree ?? 1,
    num_gpus: config.num_gpus,
    gpus: config.gpus ?? [],
    model: config.model ?? reported.model,
    reported: { model: reported.model, num_gpus: reported.numGpus },
    warnings: backend.warnings,
    outstanding: outstanding(backend),
    expected_service_seconds: backend.service.mean(),
    replicas: backend.replicas.map((r) => ({
      url: r.url,
      up: r.up,
      outstanding: r.outstanding,
      foreign: r.foreign,
      circuit: r.breaker.state(),
      last_error: r.lastError ? [r.lastError.message, r.lastError.detail].filter(Boolean).join(': ') : null,
      last_error_at: r.lastError ? new Date(r.lastError.atMs).toISOString() : null,
      last_checked_at: r.lastCheckedAt === null ? null : new Date(r.lastCheckedAt).toISOString()
    }))
  }
}
export type BackendState = ReturnType<typeof backendState>

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
