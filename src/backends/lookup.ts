import { UnknownBackendError } from '../errors.ts'
import type { Backend, Backends } from './backends.ts'

/** What finding a backend by name needs of the configured set. */
export type BackendLookup = Pick<Backends, 'get' | 'names'>

/**
 * The unknown-backend 400, built in one place for every route that takes a backend name: the
 * message names the field the name came in (`backend`, `baseline`, `candidate`) and the known ones.
 */
export function unknownBackend (name: string, known: readonly string[], field = 'backend'): InstanceType<typeof UnknownBackendError> {
  return new UnknownBackendError(name, known.join(', '), { param: field })
}

/** The configured backend of that name, or the 400 that names the field and the known backends. */
export function requireBackend (backends: BackendLookup, name: string, field = 'backend'): Backend {
  const backend = backends.get(name)
  if (!backend) throw unknownBackend(name, backends.names, field)
  return backend
}
