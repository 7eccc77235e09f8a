import { test } from 'tap'
import { Registry } from 'prom-client'
import { createMetrics } from '../../src/metrics/metrics.ts'
import { memoryBuckets, requestBuckets, stageBuckets, stepBuckets, workloadMetrics } from '../../src/metrics/names.ts'

// The boundaries written out by hand: powers of two at native-histogram schemas -1, 0 and 1.

test('stage buckets go x4 from 1/1024 s to 4096 s, request buckets x2 from 1/64 s to 8192 s', async (t) => {
  t.same(stageBuckets(), [1 / 1024, 1 / 256, 1 / 64, 1 / 16, 0.25, 1, 4, 16, 64, 256, 1024, 4096])
  t.same(requestBuckets(), [1 / 64, 1 / 32, 1 / 16, 1 / 8, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192])
  // the job deadline's default hour and the seed's 90 s baseline video fall inside, not in +Inf
  t.ok(requestBuckets().some((le) => le > 3600))
})

test('step buckets go x√2 from 1/512 s to 64 s: the seed\'s 1.44 s step sits between √2 and 2', async (t) => {
  const steps = stepBuckets()
  t.equal(steps.length, 31)
  t.same([steps[0], steps.at(-1)], [1 / 512, 64])
  const above = steps.findIndex((le) => le >= 1.44)
  t.same([steps[above - 1], steps[above]], [Math.SQRT2, 2])
  for (let i = 1; i < steps.length; i++) t.ok(Math.abs(steps[i]! / steps[i - 1]! - Math.SQRT2) < 1e-12, `step ${i} is x√2`)
})

test('memory buckets go x2 from 1 GiB to 256 GiB, past one GPU of any size', async (t) => {
  const GiB = 2 ** 30
  t.same(memoryBuckets(), [1, 2, 4, 8, 16, 32, 64, 128, 256].map((n) => n * GiB))
})

test('workloadMetrics, which the dashboard scopes by $workload, are the metrics created with a workload label', async (t) => {
  const registry = new Registry()
  createMetrics(registry)
  // prom-client keeps a metric's label names on the instance, untyped
  const labelled = registry.getMetricsAsArray()
    .filter((metric) => ((metric as unknown as { labelNames?: string[] }).labelNames ?? []).includes('workload'))
    .map((metric) => (metric as unknown as { name: string }).name)
  t.same([...labelled].sort(), [
    'ringside_denoise_step_duration_seconds', 'ringside_gpu_peak_allocated_bytes', 'ringside_gpu_peak_reserved_bytes', 'ringside_queue_wait_seconds',
    'ringside_request_duration_seconds', 'ringside_service_duration_seconds', 'ringside_stage_duration_seconds'
  ])
  t.same([...workloadMetrics].sort(), [...labelled].sort())
})
