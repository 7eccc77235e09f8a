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
  kv_gather_degree: Type.Integer({ description: 'SGLang\'s K/V-gather degree; 1 when the backend does not use it' }),
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
  slowest_step: Nullable(Type.Object({ index: Type.Integer(), mean_seconds: Type.Number() })),
  per_step_mean_seconds: Type.Array(Type.Number(), {
    maxItems: 1000,
    description: 'Mean time of each step index, first step first, over the jobs that ran it: as many as the longest job\'s steps ' +
      '(num_inference_steps <= 1000); empty from Prometheus, which keeps no per-step series'
  })
})

// Where one side's stage records came from (src/jobs/records.ts): the stage, step and memory
// rows count only the jobs with one, Total and queue wait count every job
export const RecordCoverage = Type.Object({
  jobs: Type.Integer({ description: 'Completed jobs the side counts (a batch is one: its forward)' }),
  performance_log: Type.Integer({ description: 'With their stage record from the backend\'s performance.log' }),
  perf_dump: Type.Integer({ description: 'With their stage record from the perf dump the request asked for' }),
  not_logged: Type.Integer({
    description: 'Without one by the server\'s design: with dp_size > 1 only rank 0 writes performance.log, and a batch is logged under ' +
      'its first request only (the warnings on /v1/backends say which applies)'
  }),
  missing: Type.Integer({ description: 'Without one though the backend should have written it: no line appeared in time' }),
  corrupt: Type.Integer({ description: 'Without one because the backend\'s line was rejected (cut short, fields of the wrong type)' }),
  not_read: Type.Integer({ description: 'Without one because the gateway reads no performance.log of the backend (no perf_log_dir)' })
}, { description: 'Where the side\'s stage records came from; null from Prometheus, which counts look-ups per backend, not per workload' })

export type TimingSide = Static<typeof TimingSide>
export type RecordCoverage = Static<typeof RecordCoverage>
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

export const WorkloadEntry = Type.Object({
  key: Type.String({ description: 'The workload\'s label: t2v-1280x704-121f-50s, or other (shapes past RINGSIDE_MAX_WORKLOADS, pooled)' }),
  name: Nullable(Type.String({ description: 'The preset\'s name (RINGSIDE_WORKLOADS), null for a shape labelled as seen' })),
  tokens: Nullable(Type.Integer({ description: 'The DiT\'s sequence length of one video of it; null for other' })),
  n: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() }, { description: 'Completed jobs of it on each side' })
})
export type WorkloadEntry = Static<typeof WorkloadEntry>

const Interval = Type.Object({ low: Type.Number(), high: Type.Number() })

export const SpeedupPoint = Type.Object({
  speedup: Nullable(Type.Number()),
  ci95: Nullable(Interval),
  n: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() })
})
export type SpeedupPoint = Static<typeof SpeedupPoint>

export const ScalingPoint = Type.Object({
  workload: Type.String(),
  name: Nullable(Type.String()),
  tokens: Nullable(Type.Integer()),
  denoising: SpeedupPoint,
  total: SpeedupPoint
})
export type ScalingPoint = Static<typeof ScalingPoint>

export const Crossover = Type.Object({
  tokens: Nullable(Type.Number({ description: 'The work size where the speedup crosses 1.00x, interpolated in log tokens; null when not reached' })),
  status: Type.Union([Type.Literal('crossed'), Type.Literal('not reached'), Type.Literal('no data')]),
  faster: Nullable(Type.Union([Type.Literal('above'), Type.Literal('below'), Type.Literal('throughout'), Type.Literal('nowhere')], {
    description: 'Where the candidate beats the baseline: above or below the crossover, or throughout / nowhere in the observed range'
  })),
  note: Type.String()
})
export type Crossover = Static<typeof Crossover>

export const Scaling = Type.Object({
  points: Type.Array(ScalingPoint, { description: 'Each observed workload but other, smallest work first' }),
  crossover: Type.Object({ denoising: Crossover, total: Crossover })
}, { description: 'Where ring SP pays: speedup against work size and the crossover below which the candidate is slower' })
export type Scaling = Static<typeof Scaling>

/** How many quantiles of Total a report keeps per side: 0%, 5%, ..., 100%. */
export const totalQuantileCount = 21
/** At most this many windows in a report's speedup over time. */
export const maxSpeedupWindows = 10

const TotalQuantiles = Type.Array(Type.Number(), {
  maxItems: totalQuantileCount,
  description: 'Total seconds at 0%, 5%, ..., 100% of the side\'s jobs (linear between closest ranks), for a CDF; empty without samples or from Prometheus'
})

export const SpeedupWindow = Type.Object({
  window: Type.Integer({ description: 'Oldest first, from 0' }),
  speedup: Nullable(Type.Number({ description: 'baseline mean Total / candidate mean Total over the window' })),
  n: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() })
})
export type SpeedupWindow = Static<typeof SpeedupWindow>

export const reportProperties = {
  workload: Nullable(Type.String({ description: 'The one workload this report compares; null when its samples were not labelled' })),
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
  total_distribution: Type.Object({ baseline: TotalQuantiles, candidate: TotalQuantiles }, {
    description: 'The distribution of per-job Total on each side, as 21 quantiles rather than the samples'
  }),
  speedup_over_time: Type.Array(SpeedupWindow, {
    maxItems: maxSpeedupWindows,
    description: 'Total speedup over successive windows: each side\'s jobs, oldest first, cut into min(10, n baseline, n candidate) ' +
      'runs of consecutive jobs, window k of one side against window k of the other; empty from Prometheus'
  }),
  parity: Nullable(Parity),
  coverage: Type.Object({ baseline: Nullable(RecordCoverage), candidate: Nullable(RecordCoverage) }),
  summary: Type.Array(Type.String()),
  verdict: Type.String({ description: 'The summary as one paragraph, in the seed page\'s style' })
}

export const Report = Type.Object(reportProperties, { title: 'Comparison report' })
export type Report = Static<typeof Report>
/** The report's figures before the summary is written from them. */
export type ReportBody = Omit<Report, 'summary' | 'verdict'>

/** What a comparison over several workloads adds to the report of one. */
export const workloadProperties = {
  workload_choice: Type.Union([Type.Literal('requested'), Type.Literal('most samples')], {
    description: 'Whether the request named the workload or it is the one with the most samples on both sides'
  }),
  workloads: Type.Array(WorkloadEntry, { description: 'Every workload seen on either side, the most comparable first' }),
  scaling: Scaling
}

export const Comparison = Type.Object({
  ...reportProperties,
  ...workloadProperties,
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

export const workloadQuery = {
  workload: Type.Optional(Type.String({
    pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
    description: 'The workload key to compare (see `workloads` in the answer); by default the one with the most samples on both sides'
  }))
}

export function compareQuery (pair: ComparePair) {
  return Type.Object({
    ...comparePairQuery(pair),
    ...workloadQuery,
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('md')], { description: 'Overrides the Accept header' })),
    source: Type.Optional(Type.Union([Type.Literal('gateway'), Type.Literal('prometheus')], {
      description: 'Where the numbers come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set'
    }))
  }, { additionalProperties: false })
}
