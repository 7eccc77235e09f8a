import { Type, type Static } from 'typebox'
import type { ComparePair } from '../config.ts'
import { Nullable } from './common.ts'

// The comparison report, defined once: validation, serialisation, OpenAPI and the TypeScript types
// that src/compare/ builds and renders all come from these schemas.

export const TimingSide = Type.Object({
  mean_seconds: Nullable(Type.Number()),
  sd_seconds: Nullable(Type.Number()),
  p50_seconds: Nullable(Type.Number()),
  p95_seconds: Nullable(Type.Number()),
  n: Type.Integer({ description: 'Samples behind the figures' })
})

export const TimingRow = Type.Object({
  name: Type.String(),
  baseline: TimingSide,
  candidate: TimingSide,
  speedup: Nullable(Type.Number({ description: 'baseline mean / candidate mean' })),
  speedup_ci95: Nullable(Type.Object({ low: Type.Number(), high: Type.Number() }, {
    description: '95% interval of the speedup (Welch, on log means); null below 3 samples a side'
  })),
  significant: Nullable(Type.Boolean({ description: 'The interval excludes 1.00x' })),
  note: Nullable(Type.String())
})

export const Side = Type.Object({
  name: Type.String(),
  sp_degree: Type.Integer(),
  ulysses_degree: Type.Integer(),
  ring_degree: Type.Integer(),
  num_gpus: Type.Integer()
})

export const CostSide = Type.Object({
  num_gpus: Type.Integer(),
  gpu_seconds_per_video: Nullable(Type.Number()),
  videos_per_gpu_hour: Nullable(Type.Number()),
  n: Type.Integer()
})

export const StepSide = Type.Object({
  steps: Type.Integer({ description: 'Denoising steps measured, all jobs together' }),
  mean_seconds: Nullable(Type.Number()),
  cv: Nullable(Type.Number({ description: 'Coefficient of variation of step times: ring stalls show here' })),
  max_seconds: Nullable(Type.Number()),
  slowest_step: Nullable(Type.Object({ index: Type.Integer(), mean_seconds: Type.Number() }))
})

export type TimingSide = Static<typeof TimingSide>
export type TimingRow = Static<typeof TimingRow>
export type Side = Static<typeof Side>
/** A backend's parallel configuration: a report side without its name. */
export type ParallelConfig = Omit<Side, 'name'>
export type CostSide = Static<typeof CostSide>
export type StepSide = Static<typeof StepSide>

export const PairParity = Type.Object({
  index: Type.Integer(),
  ssim: Nullable(Type.Number()),
  psnr: Nullable(Type.Number({ description: 'dB; null when the outputs are identical' })),
  ok: Nullable(Type.Boolean({ description: 'SSIM at or above the threshold' })),
  error: Nullable(Type.String())
})

export const Parity = Type.Object({
  measured: Type.Boolean(),
  threshold_ssim: Type.Number(),
  reason: Nullable(Type.String()),
  flagged: Type.Integer({ description: 'Pairs below the SSIM threshold' }),
  min_ssim: Nullable(Type.Number()),
  pairs: Type.Array(PairParity)
})
export type PairParity = Static<typeof PairParity>
export type Parity = Static<typeof Parity>
/** What a run measured, before the report counts the flagged pairs and the lowest SSIM. */
export type ParityInput = Omit<Parity, 'flagged' | 'min_ssim'>

export const reportProperties = {
  baseline: Side,
  candidate: Side,
  stages: Type.Array(TimingRow),
  total: TimingRow,
  queue_wait: Type.Object({ baseline: TimingSide, candidate: TimingSide }),
  memory: Type.Array(Type.Object({
    name: Type.String({
      description: 'model_load_peak (the backend\'s peak while loading its model: whether it fits at all), then per request: ' +
        'peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio'
    }),
    unit: Type.String(),
    baseline: Nullable(Type.Number()),
    candidate: Nullable(Type.Number()),
    delta: Nullable(Type.Number({ description: 'candidate - baseline' })),
    n: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() }),
    note: Nullable(Type.String())
  })),
  cost: Type.Object({
    baseline: CostSide,
    candidate: CostSide,
    parallel_efficiency: Nullable(Type.Number({ description: 'speedup / GPU ratio = baseline GPU-seconds per video / candidate\'s' })),
    note: Nullable(Type.String())
  }),
  denoise_steps: Type.Object({ baseline: StepSide, candidate: StepSide }),
  parity: Nullable(Parity),
  summary: Type.Array(Type.String()),
  verdict: Type.String({ description: 'The summary as one paragraph, in the seed page\'s style' })
}

export const Report = Type.Object(reportProperties, { title: 'Comparison report' })
export type Report = Static<typeof Report>
/** The report's figures before the summary is written from them. */
export type ReportBody = Omit<Report, 'summary' | 'verdict'>

export const Comparison = Type.Object({
  ...reportProperties,
  generated_at: Type.String(),
  source: Type.String({
    description: 'prometheus: every gateway replica Prometheus scrapes (means and counts, no intervals); gateway: this instance\'s completed jobs since start'
  }),
  source_note: Nullable(Type.String())
}, { title: 'Live comparison' })
export type Comparison = Static<typeof Comparison>

const backendName = { pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' }

/** Which two backends a request compares; the defaults are the configured pair, not literals here. */
export function comparePairQuery (pair: ComparePair) {
  return {
    baseline: Type.String({ default: pair.baseline, ...backendName }),
    candidate: Type.String({ default: pair.candidate, ...backendName })
  }
}

export function compareQuery (pair: ComparePair) {
  return Type.Object({
    ...comparePairQuery(pair),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('md')], { description: 'Overrides the Accept header' })),
    source: Type.Optional(Type.Union([Type.Literal('gateway'), Type.Literal('prometheus')], {
      description: 'Where the numbers come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set'
    }))
  }, { additionalProperties: false })
}
