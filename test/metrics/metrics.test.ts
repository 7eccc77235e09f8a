import { test } from 'tap'
import { Registry } from 'prom-client'
import { createMetrics, zeroBackend } from '../../src/metrics/metrics.ts'
import { loadConfig } from '../../src/config.ts'

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

test('ringside_backend_info has one series per GPU of the backend, an index in `gpu` and a UUID in `UUID`, as DCGM labels them', async (t) => {
  const registry = new Registry()
  const metrics = createMetrics(registry)
  const state = (name: string, gpus: string[]) => ({ name, sp_degree: 1, ulysses_degree: 1, ring_degree: gpus.length || 1, num_gpus: gpus.length || 1, model: 'm', gpus, up: true, outstanding: 0, circuit: 'closed' }) as never
  metrics.readBackendsFrom(() => [state('u1r2', ['0', '1']), state('u1r1', ['GPU-5e0c4a92-1b2c-4d3e-8f40-0123456789a2']), state('cpu', [])])
  const info = (backend: string, ring: number, gpu: string, uuid: string) =>
    `ringside_backend_info{backend="${backend}",sp_degree="1",ulysses_degree="1",ring_degree="${ring}",num_gpus="${ring}",model="m",gpu="${gpu}",UUID="${uuid}"} 1`
  t.same(await lines(registry, 'ringside_backend_info{'), [
    info('u1r2', 2, '0', ''),
    info('u1r2', 2, '1', ''),
    info('u1r1', 1, '', 'GPU-5e0c4a92-1b2c-4d3e-8f40-0123456789a2'),
    info('cpu', 1, '', '')
  ])
})

test('a backend\'s gpus are indices or NVIDIA UUIDs, and no GPU belongs to two backends', async (t) => {
  const backend = (name: string, gpus: unknown) => ({ name, urls: ['http://127.0.0.1:1'], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1, gpus })
  const load = (...backends: object[]) => loadConfig({ RINGSIDE_BACKENDS: JSON.stringify(backends), RINGSIDE_JOB_SECRET: 'a-secret-of-sixteen-chars' })
  t.same(load(backend('a', ['0']), backend('b', ['MIG-1a2b'])).backends.map((b) => b.gpus), [['0'], ['MIG-1a2b']])
  t.throws(() => load(backend('a', ['0']), backend('b', ['0'])), /GPU "0" to both a and b/)
  t.throws(() => load(backend('a', ['gpu0'])), /RINGSIDE_BACKENDS \(\/backends\/0\/gpus\/0\)/)
  t.throws(() => load(backend('a', [])), /RINGSIDE_BACKENDS/, 'none at all is left out, not an empty list')
})
