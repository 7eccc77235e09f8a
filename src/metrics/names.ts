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
  connectionsRefused: 'ringside_connections_refused_total'
} as const

export const jobOutcomes = ['completed', 'failed', 'lost', 'deadline', 'unreachable'] as const
export const recordOutcomes = ['found', 'missing', 'corrupt'] as const
/** Where a download's mp4 came from: kept by the gateway, streamed from the backend, or a redirect to its cloud storage. */
export const contentSources = ['cache', 'backend', 'cloud'] as const
export type ContentSource = typeof contentSources[number]
/** A paired run's pair by output parity: SSIM at or above the threshold, below it, or not measured. */
export const parityOutcomes = ['match', 'differ', 'unmeasured'] as const
export type ParityOutcome = typeof parityOutcomes[number]

/** SSIM of a pair's two outputs: dense near 1, where a silent corruption (0.894 upstream) must stand out. */
export const ssimBuckets = [0.5, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.995, 0.999, 1]

/**
 * Dense buckets: x1.25 from 0.1 ms to past an hour. Stage times span LatentPreparation's
 * 0.2 ms to a queued baseline video's minutes, and the time-scaled simulator shrinks them all;
 * coarse 1-2.5-5 buckets would put a 6 s p50 at 7.5 s.
 */
export function durationBuckets (): number[] {
  return geometric(0.0001, 4000, 1.25)
}

/** x1.1 from 256 MiB to 256 GiB: peak memory per request, one GPU. */
export function memoryBuckets (): number[] {
  return geometric(2 ** 28, 2 ** 38, 1.1).map(Math.round)
}

function geometric (start: number, end: number, factor: number): number[] {
  const buckets: number[] = []
  for (let value = start; value <= end * factor; value *= factor) buckets.push(Number(value.toPrecision(4)))
  return buckets
}
