import { test } from 'tap'
import { Registry } from 'prom-client'
import { createMetrics } from '../../src/metrics/metrics.ts'
import { metricNames } from '../../src/metrics/names.ts'
import { createJobObserver } from '../../src/metrics/job-observer.ts'
import { createSampleStore } from '../../src/compare/sample.ts'
import type { StageRecord } from '../../src/perf/record.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'
import { completedJob } from '../jobs.ts'

function setup () {
  const registry = new Registry()
  const metrics = createMetrics(registry)
  const samples = createSampleStore()
  const observer = createJobObserver({ metrics, backendNames: ['a', 'b'], samples })
  return { registry, samples, observer }
}

async function value (registry: Registry, name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = await registry.getSingleMetric(name)?.get()
  return metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value
}

test('a completed job counts once, gives its durations, stages and memory, and a comparison sample', async (t) => {
  const { registry, samples, observer } = setup()
  observer.settled(completedJob('a'), 'completed')
  t.equal(await value(registry, metricNames.jobs, { backend: 'a', outcome: 'completed' }), 1)
  // Submit 1 s, start 3 s, end 7 s: total 6 s, queue wait 2 s, service 4 s
  const sums = (await registry.getMetricsAsJSON()).flatMap((m) => m.values
    .filter((v) => (v as { metricName?: string }).metricName === `${m.name}_sum` && v.labels.backend === 'a' && v.value !== 0)
    .map((v) => [m.name, v.labels.stage ?? null, Math.round(v.value * 1e6) / 1e6]))
  t.same(sums.sort(), [
    [metricNames.denoiseStepDuration, null, 0.3],
    [metricNames.gpuPeakReserved, null, 2 ** 30],
    [metricNames.queueWait, null, 2],
    [metricNames.requestDuration, null, 6],
    [metricNames.serviceDuration, null, 4],
    [metricNames.stageDuration, 'Denoising', 3],
    [metricNames.stageDuration, 'TextEncoding', 0.5]
  ].sort())
  t.same(samples.stageOrder, ['TextEncoding', 'Denoising'], 'the stage order as the backend ran them')
  t.same(samples.get('a').map((s) => [s.totalSeconds, s.queueWaitSeconds, s.serviceSeconds]), [[6, 2, 4]])
  const zeroed = (await registry.getSingleMetric(metricNames.stageDuration)!.get()).values
    .filter((v) => (v as { metricName?: string }).metricName?.endsWith('_count') && v.labels.backend === 'b').map((v) => [v.labels.stage, v.value])
  t.same(zeroed.sort(), [['Denoising', 0], ['TextEncoding', 0]], 'a stage first seen gets a zero series on every backend')
})

test('a failed job counts under its outcome without a sample; an adopted one is not counted here', async (t) => {
  const { registry, samples, observer } = setup()
  observer.settled(completedJob('a', { status: 'failed', record: null }), 'deadline')
  t.equal(await value(registry, metricNames.jobs, { backend: 'a', outcome: 'deadline' }), 1)
  t.same(samples.get('a'), [], 'only completed jobs are compared')
  observer.settled(completedJob('b', { observedFromSubmit: false }), 'completed')
  t.equal(await value(registry, metricNames.jobs, { backend: 'b', outcome: 'completed' }), undefined, 'the instance that submitted it counts it')
  t.same(samples.get('b'), [])
})

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
    workload: null,
    upstream: { id: 'u', status: 'completed' },
    error: null,
    backendFailing: null,
    record,
    recordSource: 'performance_log',
    recordLookup: 'found',
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

test('a batch\'s forward counts once, when its last member settled, from the member SGLang logged it under', async (t) => {
  const { registry, samples, observer } = setup()
  const workload = { task: 't2v', width: 832, height: 480, frames: 81, steps: 50, outputs: 2, key: 't2v-832x480-81f-50s-x2' } as const
  const batch = { headId: 'h', jobs: 2, outputs: 2, workload: { ...workload } } as TrackedJob['batch']
  // The gateway took h for the head; SGLang's head was m, so m has the record and h the job object's figures
  const head = completedJob('a', { id: 'h', batch, record: { ...completedJob('a').record!, stages: [] }, recordSource: 'job', recordLookup: 'not_logged' })
  const mate = completedJob('a', { id: 'm', batch })
  observer.settled(head, 'completed')
  t.same(samples.get('a'), [], 'nothing of the forward before its last member settled')
  t.equal(await value(registry, metricNames.jobs, { backend: 'a', outcome: 'completed' }), 1, 'the request itself counts at once')
  observer.settled(mate, 'completed')
  t.same(samples.get('a').map((s) => [s.workload, s.record]), [['t2v-832x480-81f-50s-x2', 'performance_log']], 'one sample, the logged member\'s')
  const count = async (name: string, labels: Record<string, string>) => (await registry.getSingleMetric(name)!.get()).values
    .find((v) => (v as { metricName?: string }).metricName?.endsWith('_count') && Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value
  t.equal(await count(metricNames.stageDuration, { workload: workload.key, stage: 'Denoising' }), 1, 'its stages once, under the batch\'s workload')
  t.equal(await count(metricNames.serviceDuration, { backend: 'a', workload: workload.key }), 1, 'its service time once')

  // A failed batch (SGLang fails every member) gives no forward at all
  const failed = { ...batch!, headId: 'f' }
  observer.settled(completedJob('a', { id: 'f', batch: failed, status: 'failed' }), 'failed')
  observer.settled(completedJob('a', { id: 'g', batch: failed, status: 'failed' }), 'failed')
  t.equal(samples.get('a').length, 1)
})
