import type { BackendConfig } from '../config.ts'
import { createReplicaClient, type ReplicaClient } from './client.ts'
import { createPerformanceLogReader } from '../perf/log-reader.ts'
import { createEwma } from '../jobs/poll-interval.ts'

export interface Timeouts {
  connectTimeoutMs: number
  headersTimeoutMs: number
  bodyTimeoutMs: number
}

export interface BackendsOptions extends Timeouts {
  configs: BackendConfig[]
  healthIntervalMs: number
  logger: { info: (obj: object, msg: string) => void, warn: (obj: object, msg: string) => void }
  now?: () => number
}

export interface Replica {
  index: number
  url: string
  client: ReplicaClient
  perfLog: ReturnType<typeof createPerformanceLogReader> | undefined
  up: boolean
  outstanding: number
  lastError: string | null
  lastCheckedAt: number | null
}

export interface Backend {
  name: string
  config: BackendConfig
  replicas: Replica[]
  /** Model id and num_gpus as the backend reports them on /v1/models. */
  reported: { model: string | null, numGpus: number | null }
  warnings: string[]
  serviceSeconds: ReturnType<typeof createEwma>
}

export function isUp (backend: Backend): boolean {
  return backend.replicas.some((replica) => replica.up)
}

export function outstanding (backend: Backend): number {
  return backend.replicas.reduce((sum, replica) => sum + replica.outstanding, 0)
}

function perfLogDirFor (config: BackendConfig, index: number): string | undefined {
  const dirs = config.perf_log_dir?.split(',').map((d) => d.trim()).filter(Boolean) ?? []
  return dirs[index] ?? dirs[0]
}

function createBackend (config: BackendConfig, timeouts: Timeouts): Backend {
  return {
    name: config.name,
    config,
    replicas: config.urls.map((url, index) => {
      const dir = perfLogDirFor(config, index)
      return {
        index,
        url,
        client: createReplicaClient({ backend: config.name, url, ...timeouts }),
        perfLog: dir ? createPerformanceLogReader({ dir }) : undefined,
        up: false,
        outstanding: 0,
        lastError: null,
        lastCheckedAt: null
      }
    }),
    reported: { model: null, numGpus: null },
    warnings: [],
    serviceSeconds: createEwma(0.3)
  }
}

/**
 * The configured backends and what is known of their health. A replica is probed on
 * /health every healthIntervalMs (faster while it is down, so a warming server is picked up
 * soon); its model card is read once it is up, to cross-check num_gpus with the configuration:
 * SGLang does not expose sp/ulysses/ring over HTTP, so the configuration is the only source.
 */
export function createBackends (options: BackendsOptions) {
  const { logger, healthIntervalMs } = options
  const now = options.now ?? Date.now
  const backends = new Map(options.configs.map((config) => [config.name, createBackend(config, options)]))
  const probeTimeoutMs = Math.min(2000, healthIntervalMs)
  let timer: NodeJS.Timeout | undefined
  let closed = false

  async function probeReplica (backend: Backend, replica: Replica): Promise<void> {
    const wasUp = replica.up
    try {
      replica.up = await replica.client.health(probeTimeoutMs)
      replica.lastError = replica.up ? null : 'health check answered 503 (warming up or unhealthy)'
    } catch (err) {
      replica.up = false
      replica.lastError = (err as Error).message
    }
    // The model card is only a cross-check: a server that cannot show one is still healthy
    if (replica.up && backend.reported.model === null) {
      await readModelCard(backend, replica).catch((err: unknown) => {
        if (!wasUp) logger.warn({ backend: backend.name, url: replica.url, err }, 'could not read the model card')
      })
    }
    replica.lastCheckedAt = now()
    if (wasUp !== replica.up) {
      const log = replica.up ? logger.info : logger.warn
      log.call(logger, { backend: backend.name, url: replica.url, error: replica.lastError }, replica.up ? 'backend replica is up' : 'backend replica is down')
    }
  }

  async function readModelCard (backend: Backend, replica: Replica): Promise<void> {
    const [card] = await replica.client.models(probeTimeoutMs)
    if (!card) return
    backend.reported.model = typeof card.id === 'string' ? card.id : null
    backend.reported.numGpus = typeof card.num_gpus === 'number' ? card.num_gpus : null
    const configured = backend.config.num_gpus
    if (backend.reported.numGpus !== null && backend.reported.numGpus !== configured) {
      const warning = `configured num_gpus ${configured} but the server reports ${backend.reported.numGpus}`
      backend.warnings.push(warning)
      logger.warn({ backend: backend.name }, warning)
    }
  }

  async function probeAll (): Promise<void> {
    const probes = []
    for (const backend of backends.values()) {
      for (const replica of backend.replicas) probes.push(probeReplica(backend, replica))
    }
    await Promise.all(probes)
  }

  function schedule (): void {
    if (closed) return
    const anyDown = [...backends.values()].some((b) => b.replicas.some((r) => !r.up))
    const delayMs = anyDown ? Math.min(healthIntervalMs, 250) : healthIntervalMs
    timer = setTimeout(() => { probeAll().finally(schedule) }, delayMs)
    timer.unref()
  }

  return {
    names: [...backends.keys()],
    get: (name: string) => backends.get(name),
    all: () => [...backends.values()],
    probeAll,
    /** Probes once now, then keeps probing in the background. */
    async start (): Promise<void> {
      await probeAll()
      schedule()
    },
    async close (): Promise<void> {
      closed = true
      clearTimeout(timer)
      await Promise.all([...backends.values()].flatMap((b) => b.replicas.map(async (r) => {
        r.perfLog?.close()
        await r.client.close()
      })))
    }
  }
}
export type Backends = ReturnType<typeof createBackends>
