import { Type, type Static } from 'typebox'
import { Nullable } from './common.ts'

export const PlanQuery = Type.Object({
  gpus: Type.Integer({ minimum: 1, maximum: 4096, description: 'GPUs to split between backends' }),
  rate: Type.Optional(Type.Number({ minimum: 0, description: 'Arrivals per hour; default: the rate observed over the window of completed jobs' })),
  slo_p95_seconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'End-to-end p95 a fleet must keep to meet the SLO' })),
  workload: Type.Optional(Type.String({ maxLength: 100, description: 'One workload key instead of the observed mix' })),
  configs: Type.Optional(Type.String({ maxLength: 2000, description: 'Backend names, comma-separated; default: every configured backend' })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('md')], { description: 'Overrides the Accept header' })),
  source: Type.Optional(Type.Union([Type.Literal('gateway'), Type.Literal('prometheus')], {
    description: 'Where the service times and the mix come from; Prometheus by default when RINGSIDE_PROMETHEUS_URL is set'
  }))
}, { additionalProperties: false })
export type PlanQuery = Static<typeof PlanQuery>

const FleetRow = Type.Object({
  fleet: Type.String({ description: 'e.g. "2 x u1r1"' }),
  backends: Type.Record(Type.String(), Type.Integer(), { description: 'Backends of each configuration' }),
  gpus: Type.Integer(),
  capacityPerHour: Type.Number({ description: 'Videos per hour at saturation for the mix: 3600 x sum of 1 / E[S]' }),
  load: Type.Number({ description: 'The rate over the capacity' }),
  p50Seconds: Nullable(Type.Number()),
  p95Seconds: Nullable(Type.Number({ description: 'End-to-end at the rate; null when the rate reaches the capacity' })),
  loneRequestSeconds: Type.Number({ description: 'A job alone: the fastest configuration\'s mean service time' }),
  gpuSecondsPerVideo: Type.Number({ description: 'Busy GPU-seconds per video: service seconds x GPUs, over the backends the router would use' }),
  meetsSlo: Nullable(Type.Boolean()),
  method: Type.Union([Type.Literal('model'), Type.Literal('simulation'), Type.Literal('saturated')])
})

export const Plan = Type.Object({
  source: Type.Union([Type.Literal('gateway'), Type.Literal('prometheus')], {
    description: 'Whose jobs the plan rests on: this gateway\'s, or every replica\'s'
  }),
  gpus: Type.Integer(),
  ratePerHour: Type.Number(),
  rateSource: Type.Union([Type.Literal('given'), Type.Literal('observed'), Type.Literal('none')], {
    description: '"none": no rate given and too few completions to observe one; predictions for a lone request'
  }),
  sloP95Seconds: Nullable(Type.Number()),
  window: Nullable(Type.Object({
    fromMs: Type.Number(),
    toMs: Type.Number(),
    seconds: Type.Number(),
    completed: Type.Integer(),
    ratePerHour: Nullable(Type.Number())
  }, { description: 'The completed jobs the plan rests on: first to last completion' })),
  samples: Type.Array(Type.Object({ config: Type.String(), workload: Type.String(), count: Type.Integer(), meanServiceSeconds: Type.Number() })),
  minSamples: Type.Integer(),
  notEnoughSamples: Type.Array(Type.Object({ config: Type.String(), workload: Type.String(), count: Type.Integer() })),
  mix: Type.Array(Type.Object({ workload: Type.String(), share: Type.Number(), planned: Type.Boolean() })),
  configs: Type.Array(Type.Object({
    name: Type.String(),
    gpus: Type.Integer(),
    parallel: Type.String(),
    meanServiceSeconds: Type.Number(),
    scv: Type.Number({ description: 'Squared coefficient of variation of the service time for the mix' })
  })),
  fleets: Type.Array(FleetRow),
  truncated: Type.Boolean(),
  recommendations: Type.Array(Type.Object({
    goal: Type.Union([Type.Literal('throughput'), Type.Literal('latency'), Type.Literal('cost')]),
    fleet: Nullable(Type.String()),
    reason: Type.String()
  })),
  needs: Type.Array(Type.String()),
  notes: Type.Array(Type.String())
}, { title: 'Capacity plan' })
