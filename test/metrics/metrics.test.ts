import { test } from 'tap'
import { Registry } from 'prom-client'
import { createMetrics, zeroBackend } from '../../src/metrics/metrics.ts'

/** The sample lines of the registry whose text includes every one of `parts`. */
async function lines (registry: Registry, ...parts: string[]): Promise<string[]> {
  return (await registry.metrics()).split('\n').filter((line) => !line.startsWith('#') && parts.every((part) => line.includes(part)))
}

test('a backend\'s presets get zero series before any job: completed requests, steps, queue, service, memory; not failed requests', async (t) => {
  const registry = new Registry()
  const metrics = createMetrics(registry)
  zeroBackend(metrics, 'u1r2', ['t2v-1280x704-97f-50s'])
  const workload = 'workload="t2v-1280x704-97f-50s"'
  t.same(await lines(registry, '_count{', workload), [
    'ringside_denoise_step_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s"} 0',
    'ringside_request_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s",outcome="completed"} 0',
    'ringside_queue_wait_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s"} 0',
    'ringside_service_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s"} 0',
    'ringside_gpu_peak_reserved_bytes_count{backend="u1r2",workload="t2v-1280x704-97f-50s"} 0',
    'ringside_gpu_peak_allocated_bytes_count{backend="u1r2",workload="t2v-1280x704-97f-50s"} 0'
  ])
  // 20 buckets, +Inf, _sum and _count: what one zeroed request series costs
  t.equal((await lines(registry, 'ringside_request_duration_seconds', workload)).length, 23)
  metrics.requestDuration.observe({ backend: 'u1r2', workload: 't2v-1280x704-97f-50s', outcome: 'failed' }, 0.5)
  t.same(await lines(registry, 'ringside_request_duration_seconds_count{', 'outcome="failed"'),
    ['ringside_request_duration_seconds_count{backend="u1r2",workload="t2v-1280x704-97f-50s",outcome="failed"} 1'], 'a failure makes its own series')
})
