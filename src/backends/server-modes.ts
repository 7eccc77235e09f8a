// SGLang server modes the gateway's one-generation-at-a-time view of a URL does not hold for:
// data parallel (--dp-size, read from /server_info) and batching (--batching-max-size, from the
// backend's configuration, as SGLang does not say it over HTTP). Each is a warning on
// /v1/backends, and the stage records those modes never write are `not_logged`.
import type { BackendConfig } from '../config.ts'

/**
 * SGLang's data-parallel size from its /server_info (entrypoints/http_server.py:197-212 at d315eb72):
 * how many generations one URL runs at once. 1 when it does not say.
 */
export function dataParallelSize (backend: { info: { serverInfo: Record<string, unknown> | null } }): number {
  const size = backend.info.serverInfo?.dp_size
  return typeof size === 'number' && Number.isInteger(size) && size > 1 ? size : 1
}

export function dataParallelWarning (serverInfo: Record<string, unknown> | null): string | null {
  const size = dataParallelSize({ info: { serverInfo } })
  if (size === 1) return null
  return `dp_size ${size}: the server runs ${size} generations at once, dealt to its ranks round-robin (scheduler_client.py:127-133); ` +
    `the gateway models ${size} shared slots (queue waits and start times are estimates when ranks are unevenly loaded), and only ` +
    'global rank 0 writes performance.log (utils/perf_logger.py:388): the records of jobs on other ranks are not logged'
}

// SGLang's dynamic batching is on only for pipelines that opt in: text-to-image and text-to-video
// (configs/pipeline_configs/base.py:408-414 at d315eb72, gated in managers/scheduler.py:968-980).
// Wan2.2-TI2V-5B is TI2V (pipeline_configs/wan.py:238-240): it never batches, whatever the flag.
const BATCHING_TASKS = new Set(['T2V', 'T2I'])

/** The task type a backend's /model_info names (`task_type`), null until read or when it names none. */
function taskTypeOf (modelInfo: Record<string, unknown> | null): string | null {
  return typeof modelInfo?.task_type === 'string' ? modelInfo.task_type : null
}

/**
 * The most outputs the backend runs in one forward: its configured batching_max_size when its
 * pipeline batches (a model not known yet is taken at its word), else 1. SGLang's admission counts
 * outputs, not requests (managers/dynamic_batch_admission.py:180-198, 244-245).
 */
export function batchingSize ({ batching_max_size: size = 1 }: Pick<BackendConfig, 'batching_max_size'>, modelInfo: Record<string, unknown> | null): number {
  const task = taskTypeOf(modelInfo)
  return task !== null && !BATCHING_TASKS.has(task) ? 1 : size
}

export function batchingWarning (config: Pick<BackendConfig, 'batching_max_size'>, modelInfo: Record<string, unknown> | null): string | null {
  const size = config.batching_max_size ?? 1
  if (size <= 1) return null
  if (batchingSize(config, modelInfo) === 1) {
    return `batching_max_size ${size} has no effect: SGLang batches only T2V and T2I pipelines (configs/pipeline_configs/base.py:408-414), ` +
      `and this backend's model is ${taskTypeOf(modelInfo)}`
  }
  return `batching_max_size ${size}: the server may run compatible requests (same sampling parameters but prompt and seed, no image) ` +
    `as one forward of at most ${size} outputs, and logs one stage record for it, under its first request's id ` +
    '(managers/scheduler.py:821-850, gpu_worker.py:572-574): the gateway models such batches from its own queue (the batch is measured ' +
    'as one workload of all its outputs, the others are not logged); it does not know --batching-delay-ms, so a lone request\'s wait is an estimate'
}
