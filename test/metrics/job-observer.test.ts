import { test } from 'tap'
import { Registry } from 'prom-client'
import { createMetrics } from '../../src/metrics/metrics.ts'
import { metricNames } from '../../src/metrics/names.ts'
import { createJobObserver } from '../../src/metrics/job-observer.ts'
import { createSampleStore } from '../../src/compare/sample.ts'
import type { StageRecord } from '../../src/perf/record.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

const MIB = 2 ** 20

function completed (replica: number, memory: Partial<StageRecord>): TrackedJob {
  const record: StageRecord = {
    requestId: 'u',
    stages: [],
    denoiseStepsSeconds: [],
    totalSeconds: 3,
    peakReservedBytes: null,
    peakAllocatedBytes: null,
    loadPeakReservedBytes: null,
    runtimePeakReservedBytes: null,
    ...memory
  }
  return {
    id: 'j',
    ref: { backend: 'a', replica, upstreamId: 'u' },
    status: 'completed',
    submittedAtMs: 1000,
    startedAtMs: 2000,
    completedAtMs: 5000,
    observedFromSubmit: true,
    upstream: { id: 'u', status: 'completed' },
    error: null,
    record,
    recordSource: 'performance_log',
    perfDumpPath: null,
    settled: Promise.resolve()
  }
}

async function gauge (registry: Registry, name: string): Promise<Array<[string | number | undefined, number]>> {
  const metric = await registry.getSingleMetric(name)?.get()
  return (metric?.values ?? []).map((v) => [v.labels.replica, v.value])
}

test('the model-load and runtime peaks are gauges per replica, apart from the request\'s own peak', async (t) => {
  const registry = new Registry()
  const observer = createJobObserver({ metrics: createMetrics(registry), backendNames: ['a'], samples: createSampleStore() })
  observer.settled(completed(0, { peakReservedBytes: 39856 * MIB, loadPeakReservedBytes: 17610 * MIB, runtimePeakReservedBytes: 39856 * MIB }), 'completed')
  observer.settled(completed(0, { peakReservedBytes: 21466 * MIB, loadPeakReservedBytes: 17610 * MIB, runtimePeakReservedBytes: 39856 * MIB }), 'completed')
  observer.settled(completed(1, { peakReservedBytes: 21000 * MIB, loadPeakReservedBytes: 17608 * MIB, runtimePeakReservedBytes: 21000 * MIB }), 'completed')
  t.same(await gauge(registry, metricNames.gpuModelLoadPeakReserved), [['0', 17610 * MIB], ['1', 17608 * MIB]])
  t.same(await gauge(registry, metricNames.gpuRuntimePeakReserved), [['0', 39856 * MIB], ['1', 21000 * MIB]])
  const reserved = (await registry.getSingleMetric(metricNames.gpuPeakReserved)?.get())?.values
    .find((v) => (v as { metricName?: string }).metricName?.endsWith('_sum'))?.value
  t.equal(reserved, (39856 + 21466 + 21000) * MIB, 'each request observes its own peak, never the runtime peak')
})

test('a backend restart shows as a lower runtime peak, and a record without the backend peaks leaves the gauges alone', async (t) => {
  const registry = new Registry()
  const observer = createJobObserver({ metrics: createMetrics(registry), backendNames: ['a'], samples: createSampleStore() })
  observer.settled(completed(0, { loadPeakReservedBytes: 17610 * MIB, runtimePeakReservedBytes: 39856 * MIB }), 'completed')
  observer.settled(completed(0, { loadPeakReservedBytes: 17610 * MIB, runtimePeakReservedBytes: 21466 * MIB }), 'completed')
  observer.settled(completed(0, { peakReservedBytes: 20000 * MIB }), 'completed')
  t.same(await gauge(registry, metricNames.gpuRuntimePeakReserved), [['0', 21466 * MIB]])
  t.same(await gauge(registry, metricNames.gpuModelLoadPeakReserved), [['0', 17610 * MIB]])
})
