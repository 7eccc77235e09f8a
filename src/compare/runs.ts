import { randomUUID } from 'node:crypto'
import type { TrackedJob } from '../jobs/job.ts'
import type { JobSample } from './sample.ts'
import { sampleOf } from './sample.ts'
import type { PairParity } from '../schemas/compare.ts'
import type { RunRequest } from '../schemas/runs.ts'

/**
 * A run's request as POST /v1/compare/runs takes it, every default applied; the template is only
 * passed on to the backends, so the manager reads no field of it but the seed.
 */
export type RunSpec = Required<Omit<RunRequest, 'template' | 'workloads'>> & {
  template: Record<string, unknown>
  /** The sweep: shape fields merged over the template, `pairs` pairs each; empty for the template alone. */
  workloads: Array<Record<string, unknown>>
}

/** `cancelling`: cancelled, its jobs already on a backend still being awaited. */
export type RunStatus = 'running' | 'cancelling' | 'completed' | 'cancelled' | 'failed'

/** A run that has not ended: running, or cancelled with jobs still on a backend. */
export const isUnderWay = (status: string) => status === 'running' || status === 'cancelling'

export interface PairSide {
  job_id: string | null
  /** `cancelled`: the run was cancelled before this side was sent. */
  status: 'pending' | 'running' | 'completed' | 'failed' | 'cancelled'
  error: string | null
  duration_seconds: number | null
}

export interface Pair {
  index: number
  seed: number
  /** The sweep entry it runs (0 without a sweep). */
  sweep: number
  baseline: PairSide
  candidate: PairSide
  parity: PairParity | null
  jobs: { baseline: TrackedJob | null, candidate: TrackedJob | null }
}

export interface Run {
  id: string
  status: RunStatus
  spec: RunSpec
  createdAtMs: number
  finishedAtMs: number | null
  warmupDone: number
  pairs: Pair[]
  error: string | null
  samples: { baseline: JobSample[], candidate: JobSample[] }
  /** Resolves when the run has finished, cancelled runs included (after their jobs settled). */
  done: Promise<void>
}

export interface RunDriver {
  /** Sends a generation to a backend; throws (naming the backend) when it cannot. */
  submit (backend: string, params: Record<string, unknown>): Promise<TrackedJob>
  /** Resolves once the job completed or failed. */
  settled (job: TrackedJob): Promise<void>
  /** SSIM/PSNR of the two outputs of a pair, when measured. */
  parity? (pair: Pair, run: Run): Promise<PairParity>
  clock?: () => number
}

const sides = ['baseline', 'candidate'] as const

function pendingSide (): PairSide {
  return { job_id: null, status: 'pending', error: null, duration_seconds: null }
}

function pendingPair (index: number, seed: number, sweep: number): Pair {
  return { index, seed, sweep, baseline: pendingSide(), candidate: pendingSide(), parity: null, jobs: { baseline: null, candidate: null } }
}

/** Entries of the sweep, at least one: the template alone. */
const sweepSize = (spec: RunSpec) => Math.max(1, spec.workloads.length)

/** What both sides of a pair are sent: the template, its sweep entry over it, the pair's seed. */
export const pairParams = (spec: RunSpec, pair: Pick<Pair, 'seed' | 'sweep'>) => ({ ...spec.template, ...spec.workloads[pair.sweep], seed: pair.seed })

/**
 * The pairs of a run, the sweep's workloads interleaved (one pair of each in turn), so drift
 * over the run's minutes falls on every workload alike; pair k of every workload has one seed.
 */
function pairsOf (spec: RunSpec, seedBase: number): Pair[] {
  const entries = sweepSize(spec)
  return Array.from({ length: spec.pairs * entries }, (_, index) => pendingPair(index, seedBase + Math.floor(index / entries), index % entries))
}

const isSettled = (side: PairSide) => side.status === 'completed' || side.status === 'failed'

/**
 * Paired benchmark runs: each pair sends the same request with the same seed to both
 * backends at once, so both sides see the same work and their outputs can be compared.
 * Warmup pairs run first and are left out of the results.
 */
export function createRunManager (driver: RunDriver, maxRuns = 100) {
  const clock = driver.clock ?? Date.now
  const runs = new Map<string, Run>()
  const cancelled = new Set<string>()

  async function runSide (run: Run, pair: Pair, side: typeof sides[number]): Promise<TrackedJob> {
    const state = pair[side]
    state.status = 'running'
    const job = await driver.submit(run.spec[side], pairParams(run.spec, pair))
    state.job_id = job.id
    pair.jobs[side] = job
    await driver.settled(job)
    state.status = job.status === 'completed' ? 'completed' : 'failed'
    state.error = job.error?.message ?? null
    state.duration_seconds = job.completedAtMs === null ? null : (job.completedAtMs - job.submittedAtMs) / 1000
    return job
  }

  /** Both sides of one pair; a failure on either side fails the run with its reason. */
  async function runPair (run: Run, pair: Pair, measured: boolean): Promise<void> {
    const outcomes = await Promise.allSettled(sides.map((side) => runSide(run, pair, side)))
    const reasons = outcomes.map((outcome, i) => {
      const side = sides[i]!
      if (outcome.status === 'rejected') {
        pair[side].status = 'failed'
        pair[side].error = (outcome.reason as Error).message
        return `${run.spec[side]}: ${pair[side].error}`
      }
      return outcome.value.status === 'completed' ? null : `${run.spec[side]} job failed: ${pair[side].error}`
    }).filter(Boolean)
    if (reasons.length > 0) throw new Error(`pair ${pair.index}: ${reasons.join('; ')}`)
    if (!measured) return
    run.samples.baseline.push(sampleOf(pair.jobs.baseline!))
    run.samples.candidate.push(sampleOf(pair.jobs.candidate!))
    if (run.spec.parity && driver.parity) pair.parity = await driver.parity(pair, run)
  }

  async function drive (run: Run): Promise<void> {
    const seedBase = typeof run.spec.template.seed === 'number' ? run.spec.template.seed : 1
    // Each workload of a sweep gets its warmup: a backend's first request of a shape can be its slowest
    for (let sweep = 0; sweep < sweepSize(run.spec); sweep++) {
      for (let i = 0; i < run.spec.warmup && !cancelled.has(run.id); i++) {
        await runPair(run, pendingPair(-1 - run.warmupDone, seedBase, sweep), false)
        run.warmupDone++
      }
    }
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < run.pairs.length && !cancelled.has(run.id) && run.error === null) {
        const pair = run.pairs[next++]!
        try {
          await runPair(run, pair, true)
        } catch (err) {
          // Stop new submissions; pairs already running are awaited by their own workers.
          run.error ??= (err as Error).message
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(run.spec.concurrency, run.pairs.length) }, worker))
  }

  function finish (run: Run, failure: unknown): void {
    if (failure) run.error ??= (failure as Error).message
    run.status = run.error !== null ? 'failed' : cancelled.has(run.id) ? 'cancelled' : 'completed'
    run.finishedAtMs = clock()
  }

  function forgetOldest (): void {
    for (const [id, run] of runs) {
      if (runs.size < maxRuns) return
      if (!isUnderWay(run.status)) runs.delete(id)
    }
  }

  return {
    start (spec: RunSpec): Run {
      forgetOldest()
      const seedBase = typeof spec.template.seed === 'number' ? spec.template.seed : 1
      const run: Run = {
        id: `run_${randomUUID()}`,
        status: 'running',
        spec,
        createdAtMs: clock(),
        finishedAtMs: null,
        warmupDone: 0,
        pairs: pairsOf(spec, seedBase),
        error: null,
        samples: { baseline: [], candidate: [] },
        done: Promise.resolve()
      }
      runs.set(run.id, run)
      run.done = drive(run).then(() => finish(run, null), (err) => finish(run, err))
      return run
    },
    get: (id: string) => runs.get(id),
    list: () => [...runs.values()],
    /** No new submissions; jobs already on a backend are awaited and their pairs kept. */
    cancel (run: Run): void {
      if (run.status !== 'running') return
      cancelled.add(run.id)
      // Its answer says so at once; the pairs it will never send say so too
      run.status = 'cancelling'
      for (const pair of run.pairs) {
        for (const side of sides) if (pair[side].status === 'pending') pair[side].status = 'cancelled'
      }
    },
    /** Pairs measured so far, the ETA from their mean duration. */
    progress (run: Run) {
      const done = run.pairs.filter((p) => isSettled(p.baseline) && isSettled(p.candidate))
      const left = run.pairs.filter((p) => p.baseline.status === 'pending' || p.candidate.status === 'pending' || p.baseline.status === 'running' ||
        p.candidate.status === 'running')
      const elapsedSeconds = ((run.finishedAtMs ?? clock()) - run.createdAtMs) / 1000
      const remaining = left.length
      const perPair = done.length > 0 ? elapsedSeconds / done.length : null
      return {
        pairs_done: done.length,
        pairs_total: run.pairs.length,
        warmup_done: run.warmupDone,
        warmup_total: run.spec.warmup * sweepSize(run.spec),
        elapsed_seconds: elapsedSeconds,
        eta_seconds: !isUnderWay(run.status) ? 0 : perPair === null ? null : perPair * remaining
      }
    }
  }
}
export type RunManager = ReturnType<typeof createRunManager>
