import type { BackendConfig } from '../config.ts'
import { createReplicaClient, type ReplicaClient } from './client.ts'
import { createReferenceGuard, type ReferenceGuard } from '../security/reference-url.ts'
import { createPerformanceLogReader } from '../perf/log-reader.ts'
import { createOutstandingWork, createServiceModel, type OutstandingWork, type ServiceModel } from '../routing/service-model.ts'
import { createBreaker, type Breaker, type CircuitState } from './breaker.ts'
import { countForeignJobs } from './reconcile.ts'
import { batchingSize, batchingWarning, dataParallelSize, dataParallelWarning } from './server-modes.ts'

export interface Timeouts {
  connectTimeoutMs: number
  headersTimeoutMs: number
  bodyTimeoutMs: number
  maxUpstreamBodyBytes?: number
}

export interface BackendsOptions extends Timeouts {
  configs: BackendConfig[]
  healthIntervalMs: number
  logger: { info: (obj: object, msg: string) => void, warn: (obj: object, msg: string) => void }
  /** What a reference_url may name (the config's RINGSIDE_REFERENCE_*): every submit to a backend is checked. */
  referenceHosts?: string[]
  referenceAllowPrivate?: boolean
  now?: () => number
  breakerFailureThreshold?: number
  breakerCoolDownMs?: number
}

export interface Replica {
  index: number
  url: string
  client: ReplicaClient
  perfLog: ReturnType<typeof createPerformanceLogReader> | undefined
  up: boolean
  outstanding: number
  /** Unfinished jobs on it that other clients sent, as its job list showed at the latest health check (src/backends/reconcile.ts). */
  foreign: number
  /** Generations it runs at once: its /server_info dp_size (1 unless it says more), read when it comes up. */
  slots: number
  /** Outputs it runs in one forward (SGLang's dynamic batching, src/backends/server-modes.ts): 1 unless configured and its model batches. */
  batchSize: number
  /** The outstanding jobs' work by workload (src/jobs/queue.ts keeps it with `outstanding`): what the router prices. */
  work: OutstandingWork
  /**
   * The replica's latest failure, from a health check or a call (submit, poll), until a success of
   * the same kind: a server can pass /health while its job calls fail, and that must show.
   */
  lastError: ReplicaError | null
  lastCheckedAt: number | null
  breaker: Breaker
}

export interface ReplicaError {
  message: string
  /** The low-level cause (undici's words): it may name the backend's address, so admin keys only. */
  detail?: string | null
  atMs: number
  source: 'health' | 'call'
}

/** A call to the replica failed (a poll, a submit): shown on /v1/backends until a call succeeds. */
export function noteCallFailure (replica: Replica, message: string, atMs: number, detail: string | null = null): void {
  replica.lastError = { message, detail, atMs, source: 'call' }
}

export function noteCallSuccess (replica: Replica): void {
  if (replica.lastError?.source === 'call') replica.lastError = null
}

export interface Backend {
  name: string
  config: BackendConfig
  replicas: Replica[]
  /** Model id and num_gpus as the backend reports them on /v1/models. */
  reported: { model: string | null, numGpus: number | null }
  /** SGLang's own answers, read once the backend is up: what the gateway's SGLang endpoints relay (routes/sglang.ts). */
  info: BackendInfo
  warnings: string[]
  /** Service time learned from its completed jobs, per workload (src/routing/service-model.ts). */
  service: ServiceModel
}

/** The bodies of a backend's `/v1/models` card, `/model_info` and `/server_info`; null until read. */
export interface BackendInfo {
  card: Record<string, unknown> | null
  modelInfo: Record<string, unknown> | null
  serverInfo: Record<string, unknown> | null
}

export function isUp (backend: Backend): boolean {
  return backend.replicas.some((replica) => replica.up)
}

/** Up and its circuit lets a call through: a replica new work may go to. */
export function isAvailable (replica: Replica): boolean {
  return replica.up && replica.breaker.allows()
}

/** The backend's circuit as one value: its worst replica's, so one failing replica shows. */
export function circuitState (backend: Backend): CircuitState {
  const states = backend.replicas.map((replica) => replica.breaker.state())
  return states.includes('open') ? 'open' : states.includes('half_open') ? 'half_open' : 'closed'
}

/** Until the first of the backend's open replicas may be probed again. */
export function msUntilHalfOpen (backend: Backend): number {
  return Math.min(...backend.replicas.map((replica) => replica.breaker.msUntilHalfOpen()))
}

export function outstanding (backend: Pick<Backend, 'replicas'>): number {
  return backend.replicas.reduce((sum, replica) => sum + replica.outstanding, 0)
}

function perfLogDirFor (config: BackendConfig, index: number): string | undefined {
  const dirs = config.perf_log_dir?.split(',').map((d) => d.trim()).filter(Boolean) ?? []
  return dirs[index] ?? dirs[0]
}

type NewBreaker = (backend: string, url: string) => Breaker

type ClientOptions = Timeouts & { referenceGuard: ReferenceGuard, logger: BackendsOptions['logger'] }

function createBackend (config: BackendConfig, clientOptions: ClientOptions, newBreaker: NewBreaker): Backend {
  return {
    name: config.name,
    config,
    replicas: config.urls.map((url, index) => {
      const dir = perfLogDirFor(config, index)
      return {
        index,
        url,
        client: createReplicaClient({ backend: config.name, url, ...clientOptions }),
        perfLog: dir ? createPerformanceLogReader({ dir }) : undefined,
        up: false,
        outstanding: 0,
        foreign: 0,
        slots: 1,
        batchSize: 1,
        work: createOutstandingWork(),
        lastError: null,
        lastCheckedAt: null,
        breaker: newBreaker(config.name, url)
      }
    }),
    reported: { model: null, numGpus: null },
    info: { card: null, modelInfo: null, serverInfo: null },
    warnings: [],
    service: createServiceModel({ alpha: 0.3 })
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
  const newBreaker: NewBreaker = (backend, url) => createBreaker({
    failureThreshold: options.breakerFailureThreshold ?? 5,
    coolDownMs: options.breakerCoolDownMs ?? 30_000,
    now,
    onOpen (failures) {
      logger.warn({ backend, url, failures }, 'backend replica circuit opened: no new work until its half-open probe')
      // The prober runs the half-open probe when the cool-down ends, not at its next tick
      if (!probing) schedule()
    }
  })
  const referenceGuard = createReferenceGuard({ allowHosts: options.referenceHosts ?? [], allowPrivate: options.referenceAllowPrivate ?? false })
  const clientOptions = { ...options, referenceGuard }
  const backends = new Map(options.configs.map((config) => [config.name, createBackend(config, clientOptions, newBreaker)]))
  const probeTimeoutMs = Math.min(2000, healthIntervalMs)
  let timer: NodeJS.Timeout | undefined
  let closed = false
  let started = false
  let probing = false

  async function probeReplica (backend: Backend, replica: Replica): Promise<void> {
    const wasUp = replica.up
    // A half-open circuit lets one call decide: the health check, unless a real call went first
    const decides = replica.breaker.tryProbe()
    let healthError: string | null
    try {
      replica.up = await replica.client.health(probeTimeoutMs)
      healthError = replica.up ? null : 'health check answered 503 (warming up or unhealthy)'
    } catch (err) {
      replica.up = false
      healthError = (err as Error).message
    }
    if (healthError !== null) replica.lastError = { message: healthError, atMs: now(), source: 'health' }
    else if (replica.lastError?.source === 'health') replica.lastError = null
    if (decides) {
      if (replica.up) replica.breaker.success()
      else replica.breaker.failure()
      if (replica.up) logger.info({ backend: backend.name, url: replica.url }, 'backend replica circuit closed by its half-open probe')
      else logger.warn({ backend: backend.name, url: replica.url, error: replica.lastError?.message }, 'backend replica failed its half-open probe')
    }
    // The model card is only a cross-check: a server that cannot show one is still healthy. Read
    // again on every reconnect: a restarted server may run another configuration (dp_size)
    if (replica.up && (!wasUp || backend.reported.model === null)) {
      await readModelCard(backend, replica).catch((err: unknown) => {
        if (!wasUp) logger.warn({ backend: backend.name, url: replica.url, err }, 'could not read the model card')
      })
    }
    // Another client's jobs are work ahead too; a server without a job list (an older SGLang) shows none
    if (replica.up) await countForeignJobs(replica, probeTimeoutMs).catch(() => { replica.foreign = 0 })
    replica.lastCheckedAt = now()
    if (wasUp !== replica.up) {
      const log = replica.up ? logger.info : logger.warn
      const fields = { backend: backend.name, url: replica.url, error: replica.lastError?.message }
      log.call(logger, fields, replica.up ? 'backend replica is up' : 'backend replica is down')
    }
  }

  async function readModelCard (backend: Backend, replica: Replica): Promise<void> {
    // /model_info and /server_info only feed the SGLang endpoints: a server too old to have them is still served
    const [modelInfo, serverInfo] = await Promise.all([
      replica.client.info('/model_info', probeTimeoutMs).catch(() => null),
      replica.client.info('/server_info', probeTimeoutMs).catch(() => null)
    ])
    backend.info.modelInfo = modelInfo
    backend.info.serverInfo = serverInfo
    replica.slots = dataParallelSize({ info: { serverInfo } })
    replica.batchSize = batchingSize(backend.config, modelInfo)
    for (const warning of [dataParallelWarning(serverInfo), batchingWarning(backend.config, modelInfo)]) warnOnce(backend, warning)
    const [card] = await replica.client.models(probeTimeoutMs)
    if (!card) return
    backend.info.card = card
    backend.reported.model = typeof card.id === 'string' ? card.id : null
    backend.reported.numGpus = typeof card.num_gpus === 'number' ? card.num_gpus : null
    const configured = backend.config.num_gpus
    if (backend.reported.numGpus !== null && backend.reported.numGpus !== configured) {
      warnOnce(backend, `configured num_gpus ${configured} but the server reports ${backend.reported.numGpus}`)
    }
  }

  /** A warning shown in /v1/backends and logged, once however often the backend reconnects. */
  function warnOnce (backend: Backend, warning: string | null): void {
    if (warning === null || backend.warnings.includes(warning)) return
    backend.warnings.push(warning)
    logger.warn({ backend: backend.name }, warning)
  }

  async function probeAll (): Promise<void> {
    const probes = []
    for (const backend of backends.values()) {
      for (const replica of backend.replicas) probes.push(probeReplica(backend, replica))
    }
    probing = true
    try {
      await Promise.all(probes)
    } finally {
      probing = false
    }
  }

  function nextProbeDelayMs (): number {
    const replicas = [...backends.values()].flatMap((b) => b.replicas)
    let delayMs = replicas.some((r) => !r.up) ? Math.min(healthIntervalMs, 250) : healthIntervalMs
    for (const replica of replicas) {
      // A millisecond past the cool-down: a timer may fire up to 1 ms early by Date.now(), and a
      // probe while still open would not be the half-open probe (the circuit would wait a whole
      // health interval for one)
      if (replica.breaker.state() === 'open') delayMs = Math.min(delayMs, replica.breaker.msUntilHalfOpen() + 1)
    }
    return delayMs
  }

  function schedule (): void {
    if (closed || !started) return
    clearTimeout(timer)
    timer = setTimeout(() => { probeAll().finally(schedule) }, nextProbeDelayMs())
    timer.unref()
  }

  return {
    names: [...backends.keys()],
    get: (name: string) => backends.get(name),
    all: () => [...backends.values()],
    /** The guard each replica's submit applies; a paired run checks its template with it before it starts. */
    referenceGuard,
    /** Probes once now, then keeps probing in the background. */
    async start (): Promise<void> {
      await probeAll()
      started = true
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
