import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import {
  contentSources, httpBuckets, jobOutcomes, memoryBuckets, metricNames, recordOutcomes, requestBuckets, ssimBuckets, stageBuckets, stepBuckets
} from './names.ts'
import { upstreamReasons } from '../errors.ts'
import { circuitStates } from '../backends/breaker.ts'
import type { BackendState } from '../backends/state.ts'

/** The labels of ringside_backend_info: the backend's parallel config and model. */
function infoLabels (b: BackendState) {
  const { name: backend, sp_degree, ulysses_degree, ring_degree, kv_gather_degree, num_gpus } = b
  return { backend, sp_degree, ulysses_degree, ring_degree, kv_gather_degree, num_gpus, model: b.model ?? '' }
}

// NVIDIA's UUIDs (nvidia-smi -L, DCGM's UUID label): GPU-<uuid>, or MIG-<uuid> for a MIG instance
const gpuUuid = /^(GPU|MIG)-/

/**
 * One label set per GPU the backend's `gpus` names, under DCGM's own label names so PromQL joins
 * `on (gpu)` or `on (UUID)`: an index in `gpu`, a UUID in `UUID`, the other empty. A backend
 * without `gpus` has one series with both empty.
 */
export function backendInfoSeries (b: BackendState) {
  const labels = infoLabels(b)
  if (b.gpus.length === 0) return [{ ...labels, gpu: '', UUID: '' }]
  return b.gpus.map((id) => gpuUuid.test(id) ? { ...labels, gpu: '', UUID: id } : { ...labels, gpu: id, UUID: '' })
}

/**
 * Every metric of one gateway instance, registered on the registry it is given (no globals). The
 * gauges read at scrape time what the owner of their source registered with `readBackendsFrom`
 * and `readContentCacheBytesFrom` (nothing until then).
 */
export function createMetrics (registry: Registry) {
  const registers = [registry]
  let readBackends: () => BackendState[] = () => []
  let readContentCacheBytes: () => number = () => 0
  return {
    readBackendsFrom (read: () => BackendState[]): void { readBackends = read },
    readContentCacheBytesFrom (read: () => number): void { readContentCacheBytes = read },
    stageDuration: new Histogram({
      name: metricNames.stageDuration,
      help: 'Per-stage execution time reported by the backend (performance.log or perf dump), by stage name without the Stage suffix',
      labelNames: ['backend', 'workload', 'stage'] as const,
      buckets: stageBuckets(),
      registers
    }),
    denoiseStepDuration: new Histogram({
      name: metricNames.denoiseStepDuration,
      help: 'Time of each denoising step reported by the backend',
      labelNames: ['backend', 'workload'] as const,
      buckets: stepBuckets(),
      registers
    }),
    requestDuration: new Histogram({
      name: metricNames.requestDuration,
      help: 'Submit to completed (or failed) as the gateway observed it: the seed page\'s Total, queue wait included',
      labelNames: ['backend', 'workload', 'outcome'] as const,
      buckets: requestBuckets(),
      registers
    }),
    queueWait: new Histogram({
      name: metricNames.queueWait,
      help: 'Time a job waited behind other jobs on its FIFO backend before it started',
      labelNames: ['backend', 'workload'] as const,
      buckets: requestBuckets(),
      registers
    }),
    serviceDuration: new Histogram({
      name: metricNames.serviceDuration,
      help: 'Time the backend spent on a completed job alone (request duration minus queue wait): what GPU-seconds are charged on',
      labelNames: ['backend', 'workload'] as const,
      buckets: requestBuckets(),
      registers
    }),
    gpuPeakReserved: new Histogram({
      name: metricNames.gpuPeakReserved,
      help: 'Peak GPU memory reserved by the request (torch max_memory_reserved of the output rank, one GPU)',
      labelNames: ['backend', 'workload'] as const,
      buckets: memoryBuckets(),
      registers
    }),
    gpuPeakAllocated: new Histogram({
      name: metricNames.gpuPeakAllocated,
      help: 'Peak GPU memory allocated by the request (torch max_memory_allocated of the output rank, one GPU)',
      labelNames: ['backend', 'workload'] as const,
      buckets: memoryBuckets(),
      registers
    }),
    // The backend's own figures from the latest record (SGLang's load_peak and runtime_peak,
    // managers/gpu_worker.py:154-160, 722-754 at d315eb72), per replica: each is its own process
    gpuModelLoadPeakReserved: new Gauge({
      name: metricNames.gpuModelLoadPeakReserved,
      help: 'Peak GPU memory reserved while the backend loaded its model (worst GPU of the replica): whether the model fits at all',
      labelNames: ['backend', 'replica'] as const,
      registers
    }),
    gpuRuntimePeakReserved: new Gauge({
      name: metricNames.gpuRuntimePeakReserved,
      help: 'Highest GPU memory reserved by any forward since the backend process started (worst GPU of the replica); drops on a restart',
      labelNames: ['backend', 'replica'] as const,
      registers
    }),
    backendInfo: new Gauge({
      name: metricNames.backendInfo,
      help: 'Static facts of a backend from configuration (SGLang does not expose sp/ulysses/ring over HTTP), one series per GPU in its gpus; value 1',
      labelNames: ['backend', 'sp_degree', 'ulysses_degree', 'ring_degree', 'kv_gather_degree', 'num_gpus', 'model', 'gpu', 'UUID'] as const,
      registers,
      collect () {
        // Reset first: the model label changes once the backend's model card has been read.
        this.reset()
        for (const b of readBackends()) for (const labels of backendInfoSeries(b)) this.set(labels, 1)
      }
    }),
    // The GPU count as a value: PromQL cannot multiply by a label, and cost is service time x GPUs.
    backendGpus: new Gauge({
      name: metricNames.backendGpus,
      help: 'GPUs a backend uses, from configuration (num_gpus)',
      labelNames: ['backend'] as const,
      registers,
      collect () { for (const b of readBackends()) this.set({ backend: b.name }, b.num_gpus) }
    }),
    backendUp: new Gauge({
      name: metricNames.backendUp,
      help: '1 when at least one replica of the backend answers its health check',
      labelNames: ['backend'] as const,
      registers,
      collect () { for (const b of readBackends()) this.set({ backend: b.name }, b.up ? 1 : 0) }
    }),
    backendQueueDepth: new Gauge({
      name: metricNames.backendQueueDepth,
      help: 'Jobs submitted by this gateway that the backend has not finished, the running one included',
      labelNames: ['backend'] as const,
      registers,
      collect () { for (const b of readBackends()) this.set({ backend: b.name }, b.outstanding) }
    }),
    backendCircuitState: new Gauge({
      name: metricNames.backendCircuitState,
      help: 'Circuit breaker of the backend\'s worst replica: 0 closed, 1 half-open (one probe may go), 2 open (no new work)',
      labelNames: ['backend'] as const,
      registers,
      collect () { for (const b of readBackends()) this.set({ backend: b.name }, circuitStates.indexOf(b.circuit)) }
    }),
    jobs: new Counter({
      name: metricNames.jobs,
      help: 'Jobs that reached a final state, by outcome (lost = the backend forgot the job, deadline = not finished within the job deadline)',
      labelNames: ['backend', 'outcome'] as const,
      registers
    }),
    upstreamErrors: new Counter({
      name: metricNames.upstreamErrors,
      help: 'Failed calls to a backend, by reason',
      labelNames: ['backend', 'reason'] as const,
      registers
    }),
    stageRecords: new Counter({
      name: metricNames.stageRecords,
      help: 'Stage record look-ups in performance.log on job completion, by outcome',
      labelNames: ['backend', 'outcome'] as const,
      registers
    }),
    stagesDropped: new Counter({
      name: metricNames.stagesDropped,
      help: 'Stage timings not recorded because the backend reported more stage names than RINGSIDE_MAX_STAGES_PER_BACKEND',
      labelNames: ['backend'] as const,
      registers
    }),
    outputParitySsim: new Histogram({
      name: metricNames.outputParitySsim,
      help: 'SSIM between the two outputs of a paired run\'s pair (same request, same seed): 1 is identical',
      labelNames: ['baseline', 'candidate'] as const,
      buckets: ssimBuckets,
      registers
    }),
    outputParityPairs: new Counter({
      name: metricNames.outputParityPairs,
      help: 'Pairs of paired runs by output parity: match, differ (SSIM below the threshold) or unmeasured',
      labelNames: ['baseline', 'candidate', 'outcome'] as const,
      registers
    }),
    contentDownloads: new Counter({
      name: metricNames.contentDownloads,
      help: 'Videos sent to a client, by where the mp4 came from: the gateway\'s cache, the backend, or a redirect to its cloud storage',
      labelNames: ['backend', 'source'] as const,
      registers
    }),
    contentCacheBytes: new Gauge({
      name: metricNames.contentCacheBytes,
      help: 'Bytes of finished videos the gateway keeps in memory for downloads (bounded by RINGSIDE_CONTENT_CACHE_BYTES)',
      registers,
      collect () { this.set(readContentCacheBytes()) }
    }),
    connectionsRefused: new Counter({
      name: metricNames.connectionsRefused,
      help: 'Client connections closed on arrival: their address already held RINGSIDE_MAX_CONNECTIONS_PER_ADDRESS',
      registers
    }),
    // RED: every answer the gateway sends, those of auth, rate limits, shedding and 404 included
    httpRequests: new Counter({
      name: metricNames.httpRequests,
      help: 'HTTP answers of the gateway by route template (unmatched for no route), method and status code',
      labelNames: ['route', 'method', 'status'] as const,
      registers
    }),
    httpRequestDuration: new Histogram({
      name: metricNames.httpRequestDuration,
      help: 'Time from a request\'s arrival to its answer\'s last byte, by route template and method',
      labelNames: ['route', 'method'] as const,
      buckets: httpBuckets(),
      registers
    })
  }
}
export type Metrics = ReturnType<typeof createMetrics>

/** Zeroes every series of a backend, its measures for each workload preset, so panels and rates exist before its first job. */
export function zeroBackend (metrics: Metrics, backend: string, workloads: readonly string[]): void {
  for (const outcome of jobOutcomes) metrics.jobs.inc({ backend, outcome }, 0)
  for (const workload of workloads) zeroWorkload(metrics, backend, workload)
  for (const reason of upstreamReasons) metrics.upstreamErrors.inc({ backend, reason }, 0)
  for (const outcome of recordOutcomes) metrics.stageRecords.inc({ backend, outcome }, 0)
  metrics.stagesDropped.inc({ backend }, 0)
  for (const source of contentSources) metrics.contentDownloads.inc({ backend, source }, 0)
}

/**
 * The zero series of one backend's measures of one workload (stage series are zeroed as stages
 * are first seen). Not the failed request durations: nothing takes their rate (failures are
 * counted, zeroed, by ringside_jobs_total), so they appear with the first failure and cost
 * nothing until then.
 */
export function zeroWorkload (metrics: Metrics, backend: string, workload: string): void {
  metrics.requestDuration.zero({ backend, workload, outcome: 'completed' })
  metrics.denoiseStepDuration.zero({ backend, workload })
  metrics.queueWait.zero({ backend, workload })
  metrics.serviceDuration.zero({ backend, workload })
  metrics.gpuPeakReserved.zero({ backend, workload })
  metrics.gpuPeakAllocated.zero({ backend, workload })
}
