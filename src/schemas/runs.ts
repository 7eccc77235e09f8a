import { Type, type Static } from 'typebox'
import { BackendName, Nullable } from './common.ts'
import { generationFields } from './generate.ts'
import type { ComparePair } from '../config.ts'
import { reportProperties, PairParity, Scaling, WorkloadEntry } from './compare.ts'

/** A run's options besides its pair, with the defaults the CLI shares. */
export const runOptions = {
  pairs: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 5 })),
  warmup: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, default: 1, description: 'Pairs run first and left out of the results' })),
  concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: 32, default: 1, description: 'Pairs in flight at once' })),
  parity: Type.Optional(Type.Boolean({ default: true, description: 'Compare both outputs of every pair with ffmpeg (SSIM, PSNR)' }))
}

const template = Type.Object(generationFields, {
  additionalProperties: false,
  description: 'The request both sides of every pair receive; `seed` is the first pair\'s seed, then +1 per pair'
})

const { size, seconds, fps, num_frames, num_inference_steps, num_outputs_per_prompt, n } = generationFields

/** The most workloads one run sweeps: each multiplies its pairs. */
export const maxSweep = 16

/** One workload of a sweep: the shape fields merged over the template, nothing else. */
export const SweepEntry = Type.Object({ size, seconds, fps, num_frames, num_inference_steps, num_outputs_per_prompt, n }, {
  additionalProperties: false,
  minProperties: 1,
  description: 'Shape fields merged over the template for this workload'
})

/** A paired run's request; the sides default to the configured pair. */
export function runRequest (pair: ComparePair) {
  return Type.Object({
    template,
    workloads: Type.Optional(Type.Array(SweepEntry, {
      minItems: 1,
      maxItems: maxSweep,
      description: 'A sweep: `pairs` pairs of each workload, the template with these fields over it; same prompt and seeds on both sides for each'
    })),
    baseline: Type.Optional({ ...BackendName, default: pair.baseline }),
    candidate: Type.Optional({ ...BackendName, default: pair.candidate }),
    ...runOptions
  }, { additionalProperties: false })
}
export type RunRequest = Static<ReturnType<typeof runRequest>>

const PairSide = Type.Object({
  job_id: Nullable(Type.String()),
  status: Type.String({ description: 'pending, running, completed, failed, or cancelled (the run was cancelled before it was sent)' }),
  error: Nullable(Type.String()),
  duration_seconds: Nullable(Type.Number())
})

export const RunView = Type.Object({
  id: Type.String(),
  object: Type.Literal('compare.run'),
  status: Type.String({ description: 'running, cancelling (cancelled, its jobs on a backend still awaited), completed, cancelled or failed' }),
  baseline: Type.String(),
  candidate: Type.String(),
  spec: Type.Object({
    template: Type.Record(Type.String(), Type.Unknown()),
    workloads: Type.Array(Type.Record(Type.String(), Type.Unknown()), { description: 'The sweep; empty when the run is the template alone' }),
    pairs: Type.Integer({ description: 'Pairs per workload' }),
    warmup: Type.Integer(),
    concurrency: Type.Integer(),
    parity: Type.Boolean()
  }),
  created_at: Type.String(),
  finished_at: Nullable(Type.String()),
  progress: Type.Object({
    pairs_done: Type.Integer(),
    pairs_total: Type.Integer(),
    warmup_done: Type.Integer(),
    warmup_total: Type.Integer(),
    elapsed_seconds: Type.Number(),
    eta_seconds: Nullable(Type.Number())
  }),
  error: Nullable(Type.String({ description: 'Why the run failed; the pairs measured before are kept' })),
  cancel_policy: Type.String(),
  pairs: Type.Array(Type.Object({
    index: Type.Integer(),
    seed: Type.Integer(),
    sweep: Type.Integer({ description: 'Which entry of the sweep this pair ran (0 without one)' }),
    workload: Nullable(Type.String({ description: 'The workload key its jobs ran as, once submitted' })),
    baseline: PairSide,
    candidate: PairSide,
    parity: Nullable(PairParity),
    frames: Nullable(Type.Object({ baseline: Type.String(), candidate: Type.String() }))
  })),
  report: Nullable(Type.Object(reportProperties, { description: 'The report of the workload with the most pairs' })),
  reports: Type.Array(Type.Object(reportProperties), { description: 'One report per workload the run measured' }),
  workloads: Type.Array(WorkloadEntry),
  scaling: Nullable(Scaling),
  links: Type.Object({ self: Type.String(), markdown: Type.String(), page: Type.String() })
}, { title: 'Paired run' })
export type RunView = Static<typeof RunView>

export const RunParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) })
export const FrameParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  index: Type.Integer({ minimum: 0, maximum: 1000 }),
  side: Type.Union([Type.Literal('baseline'), Type.Literal('candidate')])
})
