// Which workload a comparison compares. Samples of two workloads are never pooled: a speedup is
// one workload's, and the report lists every workload seen with its count on each side, so a
// reader sees what was left out and can ask for it.
import { UnknownWorkloadError } from '../errors.ts'
import { OTHER_WORKLOAD } from '../workloads/catalog.ts'
import type { WorkloadEntry } from '../schemas/compare.ts'
import type { JobSample } from './sample.ts'

/** What the comparison needs of the gateway's workload labels (fastify.workloads). */
export interface WorkloadNames {
  known (): Array<{ key: string, name: string | null }>
  has (key: string): boolean
  nameOf (key: string): string | null
}

/** One side's count (and tokens, where known) per workload key. */
export type SideMix = Map<string, { n: number, tokens: number | null }>

export function mixOfSamples (samples: readonly JobSample[]): SideMix {
  const mix: SideMix = new Map()
  for (const { workload, tokens } of samples) {
    const entry = mix.get(workload) ?? { n: 0, tokens: null }
    entry.n++
    entry.tokens ??= tokens
    mix.set(workload, entry)
  }
  return mix
}

/**
 * Every workload either side has served, the most comparable first (most samples on both sides,
 * then most in all), `other` last: it pools unlike shapes.
 */
export function workloadEntries (baseline: SideMix, candidate: SideMix, names: Pick<WorkloadNames, 'nameOf'>): WorkloadEntry[] {
  const keys = new Set([...baseline.keys(), ...candidate.keys()])
  const entries = [...keys].map((key) => {
    const b = baseline.get(key)
    const c = candidate.get(key)
    const tokens = key === OTHER_WORKLOAD ? null : b?.tokens ?? c?.tokens ?? null
    return { key, name: names.nameOf(key), tokens, n: { baseline: b?.n ?? 0, candidate: c?.n ?? 0 } }
  })
  return entries.sort(byComparability)
}

const both = (entry: WorkloadEntry) => Math.min(entry.n.baseline, entry.n.candidate)
const total = (entry: WorkloadEntry) => entry.n.baseline + entry.n.candidate

function byComparability (a: WorkloadEntry, b: WorkloadEntry): number {
  const other = Number(a.key === OTHER_WORKLOAD) - Number(b.key === OTHER_WORKLOAD)
  return other || both(b) - both(a) || total(b) - total(a) || a.key.localeCompare(b.key)
}

export type WorkloadChoice = 'requested' | 'most samples'

/**
 * The workload compared: the one asked for, which must be a label measures can carry or one the
 * samples show (else a 400 listing those), or the one with the most samples on both sides, then
 * the first configured preset when nothing has run yet.
 */
export function chooseWorkload (requested: string | undefined, entries: WorkloadEntry[], names: WorkloadNames): { key: string, chosen: WorkloadChoice } {
  if (requested !== undefined) {
    if (names.has(requested) || entries.some((entry) => entry.key === requested)) return { key: requested, chosen: 'requested' }
    const known = new Set([...names.known().map(({ key }) => key), ...entries.map(({ key }) => key), OTHER_WORKLOAD])
    throw new UnknownWorkloadError(requested, [...known].join(', '), { param: 'workload' })
  }
  const first = entries[0]
  if (first && total(first) > 0) return { key: first.key, chosen: 'most samples' }
  return { key: names.known()[0]?.key ?? OTHER_WORKLOAD, chosen: 'most samples' }
}

/** How far two sides' shares of one workload may differ before the report calls the mixes different. */
export const mixShareTolerance = 0.1

/** Whether the two sides served different work: a workload on one side only, or shares apart by more than the tolerance. */
export function mixesDiffer (entries: WorkloadEntry[]): boolean {
  const sum = (side: 'baseline' | 'candidate') => entries.reduce((acc, entry) => acc + entry.n[side], 0)
  const nb = sum('baseline')
  const nc = sum('candidate')
  if (nb === 0 || nc === 0) return false
  return entries.some((entry) => (entry.n.baseline === 0) !== (entry.n.candidate === 0) ||
    Math.abs(entry.n.baseline / nb - entry.n.candidate / nc) > mixShareTolerance)
}

/** What the summary says about the workload compared, the choice and the mixes. */
export interface WorkloadContext {
  key: string
  chosen: WorkloadChoice
  entries: WorkloadEntry[]
}
