import { Type } from 'typebox'
import { Nullable } from './common.ts'

const TimingSide = Type.Object({
  mean_seconds: Nullable(Type.Number()),
  p50_seconds: Nullable(Type.Number()),
  p95_seconds: Nullable(Type.Number()),
  n: Type.Integer({ description: 'Samples behind the mean' })
})

const TimingRow = Type.Object({
  name: Type.String(),
  baseline: TimingSide,
  candidate: TimingSide,
  speedup: Nullable(Type.Number({ description: 'baseline mean / candidate mean' })),
  note: Nullable(Type.String())
})

const Side = Type.Object({
  name: Type.String(),
  sp_degree: Type.Integer(),
  ulysses_degree: Type.Integer(),
  ring_degree: Type.Integer(),
  num_gpus: Type.Integer()
})

const CostSide = Type.Object({
  num_gpus: Type.Integer(),
  gpu_seconds_per_video: Nullable(Type.Number()),
  videos_per_gpu_hour: Nullable(Type.Number()),
  n: Type.Integer()
})

export const Comparison = Type.Object({
  baseline: Side,
  candidate: Side,
  stages: Type.Array(TimingRow),
  total: TimingRow,
  queue_wait: Type.Object({ baseline: TimingSide, candidate: TimingSide }),
  memory: Type.Array(Type.Object({
    name: Type.String({ description: 'peak_gpu_memory, peak_allocated, memory_overhead or overhead_ratio' }),
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
  notes: Type.Array(Type.String()),
  generated_at: Type.String(),
  source: Type.String()
}, { title: 'Comparison' })

export const CompareQuery = Type.Object({
  baseline: Type.String({ default: 'u1r1', pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' }),
  candidate: Type.String({ default: 'u1r2', pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' })
}, { additionalProperties: false })
