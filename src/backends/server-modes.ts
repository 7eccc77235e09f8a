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

export function batchingWarning ({ batching_max_size: size = 1 }: Pick<BackendConfig, 'batching_max_size'>): string[] {
  if (size <= 1) return []
  return [`batching_max_size ${size}: the server may run requests as one batch and logs only the first one's stage record ` +
    '(managers/gpu_worker.py:990-997): the others are not logged, and queue waits assume one request at a time']
}
