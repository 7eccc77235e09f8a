// Tenancy: which jobs a caller may see. Jobs belong to the API key that made them (its name is
// signed into the job id, src/jobs/job-id.ts), so the answer needs no shared store and holds
// across restarts and replicas. This is the one place the rule lives; the tracker applies it.

/** Who asks: the key's name and whether it is an admin key. */
export interface Caller {
  /** The key's name; null when the API is open (no keys configured) or the route is open. */
  key: string | null
  /** Sees every job (and backend URLs). */
  admin: boolean
}

// With no keys configured everyone is trusted as before keys existed: every job, every URL
export const OPEN_API: Caller = Object.freeze({ key: null, admin: true })
// With keys configured, a request that showed none (an open route) owns nothing and sees nothing
export const ANONYMOUS: Caller = Object.freeze({ key: null, admin: false })

/** The caller of a request, from the key holder plugins/auth.ts found (null: none shown). */
export function callerOf (holder: { name: string, scope: 'generate' | 'admin' } | null, apiOpen: boolean): Caller {
  if (holder === null) return apiOpen ? OPEN_API : ANONYMOUS
  return { key: holder.name, admin: holder.scope === 'admin' }
}

/** The owner a new job of this caller records: its key's name, none on an open API. */
export function ownerFor (caller: Caller): string | undefined {
  return caller.key ?? undefined
}

/**
 * Whether the caller may see (get, download, delete, list) a job of this owner. A job with no
 * owner was made while the API was open, by an id from before jobs had owners, or by a paired run
 * (admin-started): only admins reach it once keys exist.
 */
export function maySee (caller: Caller, owner: string | undefined): boolean {
  return caller.admin || (owner !== undefined && owner === caller.key)
}

/** Backend URLs say where the GPUs are: admins only (everyone on an open API). */
export function maySeeBackendUrls (caller: Caller): boolean {
  return caller.admin
}
