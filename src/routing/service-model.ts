// What one generation costs on one backend, learned from its completed jobs. A backend's service
// time depends on the work: ring SP's speedup falls with smaller work and drops below 1x for small
// enough work (issue #14), so one mean per backend prices a short clip and a long 1792x1024 video
// alike. Learned per workload key (an EWMA of that shape's jobs), across shapes by a power law in
// the work size for a shape the backend has not run yet, then the backend's mean over all jobs.
import { createEwma, type Ewma } from '../jobs/poll-interval.ts'

/** The part of a workload that prices it: its label and its size. */
export interface Work {
  key: string
  tokens: number
  steps: number
  outputs: number
}

/** The label that pools shapes (src/workloads/catalog.ts OTHER_WORKLOAD): no per-key mean is kept for it. */
const POOLED_KEY = 'other'

// The catalog bounds the keys (presets + RINGSIDE_MAX_WORKLOADS); this only guards a caller that does not
const MAX_KEYS = 64

// Each DiT step costs linear-in-tokens work plus attention that grows with the square of the
// tokens; with fixed costs besides, seconds grow as work^k for some k between 0 (all fixed) and 2
// (all attention). A fit outside that is noise between close sizes.
const MIN_EXPONENT = 0
const MAX_EXPONENT = 2

/** Token-steps: the DiT's sequence length times its steps, times the videos made. */
export function workOf ({ tokens, steps, outputs }: Omit<Work, 'key'>): number {
  return tokens * steps * outputs
}

interface KeyStats {
  ewma: Ewma
  work: number
}

export interface PowerLaw {
  /** seconds = scale x work^exponent */
  scale: number
  exponent: number
}

/**
 * Least squares of ln(seconds) on ln(work), one point per shape (so the commonest one does not
 * outvote the rest), the exponent held to [0, 2]; null without two distinct sizes.
 */
export function fitPowerLaw (points: Array<{ work: number, seconds: number }>): PowerLaw | null {
  const usable = points.filter((p) => p.work > 0 && p.seconds > 0)
  const xs = usable.map((p) => Math.log(p.work))
  const ys = usable.map((p) => Math.log(p.seconds))
  const n = xs.length
  if (n < 2) return null
  const meanX = xs.reduce((a, b) => a + b, 0) / n
  const meanY = ys.reduce((a, b) => a + b, 0) / n
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - meanX) ** 2
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY)
  }
  if (!(sxx > 1e-12)) return null
  const exponent = Math.min(MAX_EXPONENT, Math.max(MIN_EXPONENT, sxy / sxx))
  // Through the centroid, as least squares with the slope fixed puts it
  return { scale: Math.exp(meanY - exponent * meanX), exponent }
}

export function createServiceModel ({ alpha = 0.3 }: { alpha?: number } = {}) {
  const overall = createEwma(alpha)
  const byKey = new Map<string, KeyStats>()
  let law: PowerLaw | null = null

  function refit (): void {
    law = fitPowerLaw([...byKey.values()].map((stats) => ({ work: stats.work, seconds: stats.ewma.value()! })))
  }

  return {
    /** A completed job's service seconds; `work` null for a job whose request is not known (adopted). */
    observe (work: Work | null, seconds: number): void {
      if (!(Number.isFinite(seconds) && seconds > 0)) return
      overall.update(seconds)
      if (work === null || work.key === POOLED_KEY) return
      let stats = byKey.get(work.key)
      if (!stats) {
        if (byKey.size >= MAX_KEYS) return
        byKey.set(work.key, stats = { ewma: createEwma(alpha), work: workOf(work) })
      }
      stats.ewma.update(seconds)
      refit()
    },
    /** Predicted service seconds of `work` here: its own shape's mean, the fit across shapes, the mean of all; null before any job. */
    predict (work: Work | null): number | null {
      if (work === null) return overall.value()
      const own = work.key === POOLED_KEY ? undefined : byKey.get(work.key)
      if (own) return own.ewma.value()
      return law ? law.scale * workOf(work) ** law.exponent : overall.value()
    },
    /** The mean over every completed job, whatever its shape. */
    mean: () => overall.value(),
    /** The mean learned for one key, null when none of its jobs completed here. */
    seconds: (key: string) => byKey.get(key)?.ewma.value() ?? null,
    fit: () => law
  }
}
export type ServiceModel = ReturnType<typeof createServiceModel>

/**
 * The work outstanding on one replica, by key: priced when the router decides, with what the
 * model knows then, so a job submitted before anything was learned is not priced at nothing.
 * Jobs of the pooled key are priced at their mean size.
 */
export function createOutstandingWork () {
  const byKey = new Map<string, { jobs: number, work: number }>()
  return {
    add (work: Work | null): void {
      if (!work) return
      const entry = byKey.get(work.key) ?? { jobs: 0, work: 0 }
      byKey.set(work.key, { jobs: entry.jobs + 1, work: entry.work + workOf(work) })
    },
    remove (work: Work | null): void {
      const entry = work ? byKey.get(work.key) : undefined
      if (!entry || !work) return
      if (entry.jobs <= 1) byKey.delete(work.key)
      else byKey.set(work.key, { jobs: entry.jobs - 1, work: entry.work - workOf(work) })
    },
    /** Jobs counted here (a job of unknown work is not). */
    jobs: () => [...byKey.values()].reduce((sum, entry) => sum + entry.jobs, 0),
    /** Its predicted seconds, and how many jobs the model could not price yet. */
    price (model: Pick<ServiceModel, 'predict'>): { seconds: number, unpriced: number } {
      let seconds = 0
      let unpriced = 0
      for (const [key, entry] of byKey) {
        // tokens x 1 x 1 = the mean token-steps: predict only reads the key and the work size
        const each = model.predict({ key, tokens: entry.work / entry.jobs, steps: 1, outputs: 1 })
        if (each === null) unpriced += entry.jobs
        else seconds += each * entry.jobs
      }
      return { seconds, unpriced }
    }
  }
}
export type OutstandingWork = ReturnType<typeof createOutstandingWork>

/**
 * What fastest-completion needs of one backend for one request: the predicted seconds of the
 * work ahead on `replicas` (the one it would join), the jobs ahead it could not price (adopted
 * ones, or before anything was learned), and the request's own predicted seconds there.
 */
export function workAhead (model: ServiceModel, replicas: Array<{ outstanding: number, work: OutstandingWork, foreign?: number, slots?: number }>,
  work: Work) {
  let aheadSeconds = 0
  let unpricedJobs = 0
  for (const replica of replicas) {
    const { seconds, unpriced } = replica.work.price(model)
    // Outstanding but not in the work map: adopted jobs, whose request the gateway never saw;
    // and other clients' jobs on it (src/backends/reconcile.ts), whose requests are not known either
    const unknown = unpriced + Math.max(0, replica.outstanding - replica.work.jobs()) + (replica.foreign ?? 0)
    // A data-parallel replica runs `slots` at once: with one free the job starts at once, else
    // the work ahead drains that many times faster
    const slots = replica.slots ?? 1
    if (replica.outstanding + (replica.foreign ?? 0) < slots) continue
    aheadSeconds += seconds / slots
    unpricedJobs += unknown / slots
  }
  return { aheadSeconds, unpricedJobs, ownServiceSeconds: model.predict(work) }
}
