import { ConfigError, type BackendConfig, type ComparePair } from '../config.ts'
import { SameBackendPairError } from '../errors.ts'

/** A paired run sends each pair to two backends: one backend on both sides measures nothing. */
export function requireDistinctPair ({ baseline, candidate }: ComparePair): void {
  if (baseline === candidate) throw new SameBackendPairError(baseline, { param: 'candidate' })
}

/**
 * The pair a comparison or paired run takes when the request names neither side: the configured
 * one (RINGSIDE_COMPARE_PAIR), else the backend with the fewest GPUs, the baseline a parallel
 * configuration is measured against, and the next configured one. With the embedded simulators
 * that is the seed's u1r1 baseline and u1r2 candidate, read from their profiles, not written here.
 */
export function resolveComparePair (configured: ComparePair | undefined, backends: ReadonlyArray<Pick<BackendConfig, 'name' | 'num_gpus'>>): ComparePair {
  const names = backends.map((backend) => backend.name)
  if (configured) {
    for (const side of ['baseline', 'candidate'] as const) {
      const name = configured[side]
      if (!names.includes(name)) {
        throw new ConfigError(`RINGSIDE_COMPARE_PAIR names ${side} "${name}", which is not a configured backend (known: ${names.join(', ')})`)
      }
    }
    return configured
  }
  // A stable sort: among equal GPU counts the configured order decides.
  const [baseline, candidate] = [...backends].sort((a, b) => a.num_gpus - b.num_gpus)
  if (!baseline) throw new ConfigError('RINGSIDE_BACKENDS: a comparison needs at least one backend')
  // A single backend is compared with itself rather than with a name nobody configured.
  return { baseline: baseline.name, candidate: (candidate ?? baseline).name }
}
