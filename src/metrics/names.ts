// Metric names, in one place: the app, the dashboard and the Prometheus rules are built from these.
export const metricNames = {
  stageDuration: 'ringside_stage_duration_seconds',
  denoiseStepDuration: 'ringside_denoise_step_duration_seconds',
  requestDuration: 'ringside_request_duration_seconds',
  queueWait: 'ringside_queue_wait_seconds',
  serviceDuration: 'ringside_service_duration_seconds',
  gpuPeakReserved: 'ringside_gpu_peak_reserved_bytes',
  gpuPeakAllocated: 'ringside_gpu_peak_allocated_bytes',
  gpuModelLoadPeakReserved: 'ringside_gpu_model_load_peak_reserved_bytes',
  gpuRuntimePeakReserved: 'ringside_gpu_runtime_peak_reserved_bytes',
  backendInfo: 'ringside_backend_info',
  backendGpus: 'ringside_backend_gpus',
  backendUp: 'ringside_backend_up',
  backendQueueDepth: 'ringside_backend_queue_depth',
  backendCircuitState: 'ringside_backend_circuit_state',
  jobs: 'ringside_jobs_total',
  upstreamErrors: 'ringside_upstream_errors_total',
  stageRecords: 'ringside_stage_records_total',
  stagesDropped: 'ringside_stages_dropped_total',
  outputParitySsim: 'ringside_output_parity_ssim',
  outputParityPairs: 'ringside_output_parity_pairs_total',
  contentDownloads: 'ringside_content_downloads_total',
  contentCacheBytes: 'ringside_content_cache_bytes',
  connectionsRefused: 'ringside_connections_refused_total',
  httpRequests: 'ringside_http_requests_total',
  httpRequestDuration: 'ringside_http_request_duration_seconds'
} as const

/**
 * NVIDIA dcgm-exporter's metrics (etc/default-counters.csv of NVIDIA/dcgm-exporter), scraped from
 * the GPU hosts, not exported by the gateway: the dashboard joins them to a backend through the
 * `gpu` (index) or `UUID` label that ringside_backend_info copies from the backend's `gpus`.
 */
export const dcgmMetricNames = {
  /** Gauge, percent of the sample period a kernel ran. */
  gpuUtil: 'DCGM_FI_DEV_GPU_UTIL',
  /** Gauge, framebuffer memory used, MiB. */
  fbUsed: 'DCGM_FI_DEV_FB_USED',
  /** Gauge, power draw, W. */
  powerUsage: 'DCGM_FI_DEV_POWER_USAGE',
  /** Counter, energy since the driver loaded, mJ. */
  totalEnergy: 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'
} as const

/** The route label of a request no route matched (Fastify's 404 handler): never the raw URL. */
export const UNMATCHED_ROUTE = 'unmatched'

/** The histograms kept per workload (their `workload` label): every timing and memory measure of a job. */
export const workloadMetrics: readonly string[] = [
  metricNames.stageDuration, metricNames.denoiseStepDuration, metricNames.requestDuration, metricNames.queueWait, metricNames.serviceDuration,
  metricNames.gpuPeakReserved, metricNames.gpuPeakAllocated
]

export const jobOutcomes = ['completed', 'failed', 'lost', 'deadline', 'unreachable'] as const
/** A stage record's look-up in performance.log: `not_logged` when the server's configuration writes none for the job (dp_size > 1). */
export const recordOutcomes = ['found', 'missing', 'corrupt', 'not_logged'] as const
/** Where a download's mp4 came from: kept by the gateway, streamed from the backend, or a redirect to its cloud storage. */
export const contentSources = ['cache', 'backend', 'cloud'] as const
export type ContentSource = typeof contentSources[number]
/** A paired run's pair by output parity: SSIM at or above the threshold, below it, or not measured. */
export const parityOutcomes = ['match', 'differ', 'unmeasured'] as const
export type ParityOutcome = typeof parityOutcomes[number]

/** SSIM of a pair's two outputs: dense near 1, where a silent corruption (0.894 upstream) must stand out. */
export const ssimBuckets = [0.5, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.995, 0.999, 1]

// Buckets by what reads each histogram, within the series budget of issue #14: 8 workloads x 2
// backends (and `other`) under ~5,000 series per gateway. Every series of a histogram has
// buckets + 3 lines (+Inf, _sum, _count), per backend x workload: 6 stages, 1 step, 2 request
// outcomes, queue wait, service and 2 memory histograms. Means from _sum/_count are exact
// whatever the buckets, and every speedup, efficiency, recording rule and the comparison's
// tables divide means; buckets only shape quantiles, which Prometheus interpolates linearly inside
// one bucket, so a quantile is off by at most the bucket's width. Boundaries are powers of two at
// native-histogram schemas (schema s: x 2^(2^-s)), so a later switch to native histograms keeps them.

/**
 * Stages: x4 (schema -1), 1/1024 s to 4096 s, 12 buckets. The dashboard reads only their means
 * (the stage table, bars and speedups); the one quantile is the Prometheus-sourced comparison's
 * p50/p95 beside each mean, a hint, within a factor of 4. Six stages per workload and backend
 * make them the largest family: x2 over the same range would add 11 lines to each, and put 8
 * workloads, `other` and 2 backends at ~5,600 series, past the budget.
 */
export function stageBuckets (): number[] {
  return powersOfTwo(-10, 12, 2)
}

/**
 * Request, queue wait and service: x2 (schema 0), 1/64 s to 8192 s (past the hour's job
 * deadline), 20 buckets. The dashboard graphs the request p50/p95 and the queue-wait p95 beside
 * their exact means; a time-scaled simulator's 50 ms jobs still fall in buckets of their own.
 */
export function requestBuckets (): number[] {
  return powersOfTwo(-6, 13, 1)
}

/**
 * Denoising steps: x√2 (schema 1), 1/512 s to 64 s, 31 buckets, the densest: the dashboard's
 * step p50/p95/p99 and heatmaps are how ring attention's stalls show (a second band, a long
 * tail), and a step is one series per workload and backend. Wan2.2-5B's step is 1.44 s on one GPU
 * at the seed's 27,280 tokens; 130,816 tokens take tens of seconds; the simulators scale them down.
 */
export function stepBuckets (): number[] {
  return powersOfTwo(-9, 6, 0.5)
}

/**
 * Peak memory: x2 (schema 0), 1 GiB to 256 GiB, 9 buckets. Nothing reads a memory quantile: the
 * dashboard, the rules and the comparison use means (overhead is a difference of means).
 */
export function memoryBuckets (): number[] {
  return powersOfTwo(30, 38, 1)
}

/**
 * Gateway answers (the RED histogram): x4 (schema -1), 1/256 s to 256 s, 9 buckets. A poll takes
 * milliseconds, a `Prefer: wait` submit or a download minutes; the dashboard reads a p95 per route,
 * a hint within a factor of 4, and the SLO counts answers, not times. One series per route
 * template and method: ~40 of them x 12 lines is ~500 series, which denser buckets would double.
 */
export function httpBuckets (): number[] {
  return powersOfTwo(-8, 8, 2)
}

/** 2^from, 2^(from + step) ... 2^to, unrounded: the boundaries stay those of the schema. */
function powersOfTwo (from: number, to: number, step: number): number[] {
  const buckets: number[] = []
  for (let i = 0; from + i * step <= to; i++) buckets.push(2 ** (from + i * step))
  return buckets
}
