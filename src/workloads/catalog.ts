// The workload keys the gateway labels its measures with, bounded: every metric series and every
// comparison row is one per key, and a key comes from client input. The configured presets
// (RINGSIDE_WORKLOADS) always have their own; then the first `maxSeen` other shapes seen get
// theirs, for the process's life; every later shape is `other`, counted but never compared.
import { workloadKey, type Workload } from './workload.ts'

export const OTHER_WORKLOAD = 'other'

export interface WorkloadPreset {
  name: string
  key: string
}

export interface KnownWorkload {
  key: string
  /** The preset's name, null for a shape admitted as seen. */
  name: string | null
}

/** A resolved workload with the label its measures carry (its key, or `other`). */
export interface LabelledWorkload extends Workload {
  key: string
}

export interface WorkloadCatalogOptions {
  presets: WorkloadPreset[]
  /** Shapes beyond the presets that get a key of their own (RINGSIDE_MAX_WORKLOADS). */
  maxSeen: number
}

export function createWorkloadCatalog ({ presets, maxSeen }: WorkloadCatalogOptions) {
  const names = new Map(presets.map(({ name, key }) => [key, name]))
  const seen = new Set<string>()

  function keyOf (workload: Workload): string {
    const key = workloadKey(workload)
    if (names.has(key) || seen.has(key)) return key
    if (seen.size >= maxSeen) return OTHER_WORKLOAD
    seen.add(key)
    return key
  }

  return {
    maxSeen,
    /** The workload with its label; a new shape takes a free slot, if one is left. */
    label (workload: Workload): LabelledWorkload {
      return { ...workload, key: keyOf(workload) }
    },
    /** Whether measures can carry this key (a preset, a shape seen, or `other`). */
    has (key: string): boolean {
      return key === OTHER_WORKLOAD || names.has(key) || seen.has(key)
    },
    /** Presets first, in their configured order, then the shapes seen, first seen first. */
    known (): KnownWorkload[] {
      return [...[...names].map(([key, name]) => ({ key, name })), ...[...seen].map((key) => ({ key, name: null }))]
    },
    nameOf (key: string): string | null {
      return names.get(key) ?? null
    }
  }
}
export type WorkloadCatalog = ReturnType<typeof createWorkloadCatalog>
