// A stand-in for `sglang serve --model-type diffusion`: same HTTP API, same records, timings
// calibrated on the seed page, and switchable faults. Plain node:http because faults need
// control of the socket (refuse, hang, truncate) that a framework would hide.
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { mkdir, mkdtemp } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { batchingSettingsError, effectiveBatching } from './batching.ts'
import { createEngine } from './engine.ts'
import type { EngineLogger } from './engine.ts'
import { DEFAULT_JOB_FAILURE, mergeFaults, noFaults, takeInjectedError } from './faults.ts'
import type { Faults } from './faults.ts'
import { resolveProfile } from './profiles.ts'
import type { Profile, ProfileName } from './profiles.ts'
import { createRandom } from './random.ts'
import { resolveRenderMode } from './render.ts'
import type { RenderOption } from './render.ts'
import { sendText } from './responses.ts'
import { storedFields, type StorageMode } from './storage.ts'
import { answeredDuringWarmup, route } from './routes.ts'
import type { RouteContext } from './routes.ts'
import { createWarmup } from './warmup.ts'

export type { Faults } from './faults.ts'
export type { EngineLogger as SimulatorLogger } from './engine.ts'
export type { Profile, ProfileName, SeedProfileName } from './profiles.ts'
export type { GenerationShape, ParallelConfig, StagePrediction } from './perf-model.ts'
export type { RenderMode, RenderOption } from './render.ts'
export { profileFor, profileNames, profiles } from './profiles.ts'
export { predictStages, sequenceLength } from './perf-model.ts'
export { parallelConfig, parallelName, parseParallelName } from './parallel.ts'

export interface SimulatorOptions {
  profile: ProfileName | Profile
  host?: string
  port?: number
  // multiplies every duration; 1 = the seed's real seconds
  timeScale?: number
  // real milliseconds during which /health is 503 and other paths are held
  warmupMs?: number
  perfLogDir?: string
  outputDir?: string
  modelPath?: string
  taskType?: string
  // relative standard deviation of per-request noise on stage times
  jitter?: number
  randomSeed?: number
  logger?: EngineLogger
  // how output mp4s are made: 'ffmpeg' renders decodable H.264 (needed for parity checks),
  // 'synthetic' writes a container of random bytes, 'auto' (default) uses ffmpeg when installed
  render?: RenderOption
  // where finished videos end up: 'disk' (the default), 'temporary' (`--output-path ""`), 's3'
  // (SGLANG_CLOUD_STORAGE_TYPE=s3, this simulator playing the bucket too)
  storage?: StorageMode
  // data-parallel ranks (`sglang serve --dp-size`): generations run at once, one per rank, handed
  // out round-robin; only rank 0 writes performance.log
  dpSize?: number
  // dynamic batching (`sglang serve --batching-max-size N --batching-delay-ms D`): at most N outputs
  // in one forward, a head waiting up to D real ms for company; only T2V and T2I pipelines batch
  batchingMaxSize?: number
  batchingDelayMs?: number
}

export interface Simulator {
  url: string
  port: number
  profile: Profile
  setFaults (faults: Partial<Faults>): void
  clearFaults (): void
  close (): Promise<void>
}

function listen (server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function stopListening (server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

function checkOptions (timeScale: number, warmupMs: number, jitter: number): void {
  if (!(timeScale >= 0) || !Number.isFinite(timeScale)) throw new Error(`simulator timeScale must be a finite number >= 0, got ${timeScale}`)
  if (!(warmupMs >= 0)) throw new Error(`simulator warmupMs must be >= 0, got ${warmupMs}`)
  if (!(jitter >= 0)) throw new Error(`simulator jitter must be >= 0, got ${jitter}`)
}

export async function startSimulator (options: SimulatorOptions): Promise<Simulator> {
  const profile = resolveProfile(options.profile)
  const host = options.host ?? '127.0.0.1'
  const timeScale = options.timeScale ?? 1
  const warmupMs = options.warmupMs ?? 200
  const jitter = options.jitter ?? 0.01
  checkOptions(timeScale, warmupMs, jitter)
  const dpSize = options.dpSize ?? 1
  if (!(Number.isInteger(dpSize) && dpSize >= 1)) throw new Error(`simulator dpSize must be an integer >= 1, got ${dpSize}`)
  const modelPath = options.modelPath ?? profile.modelPath
  const taskType = options.taskType ?? profile.taskType
  const batchingMaxSize = options.batchingMaxSize ?? 1
  const batchingDelayMs = options.batchingDelayMs ?? 0
  const batchingError = batchingSettingsError(batchingMaxSize, batchingDelayMs)
  if (batchingError !== undefined) throw new Error(`simulator ${batchingError}`)
  const outputDir = options.outputDir ?? await mkdtemp(join(tmpdir(), 'ringside-simulator-'))
  await mkdir(outputDir, { recursive: true })
  const renderMode = await resolveRenderMode(options.render)
  let faults = noFaults()

  const engine = createEngine({
    profile,
    modelPath,
    timeScale,
    jitter,
    random: createRandom(options.randomSeed ?? Date.now()),
    outputDir,
    perfLogDir: options.perfLogDir,
    logger: options.logger,
    renderMode,
    corruptOutput: () => faults.corruptOutput,
    failureFor: () => faults.failJobs === false ? undefined : (typeof faults.failJobs === 'string' ? faults.failJobs : DEFAULT_JOB_FAILURE),
    stored: (paths) => storedFields(options.storage ?? 'disk', paths, origin),
    dpSize,
    batching: effectiveBatching(taskType, batchingMaxSize, batchingDelayMs),
    perfRecordMode: () => faults.perfRecordMissing ? 'missing' : faults.perfRecordCorrupt ? 'corrupt' : faults.perfRecordMistyped ? 'mistyped' : 'normal'
  })
  const warmup = createWarmup(warmupMs)
  const delays = new Set<NodeJS.Timeout>()
  const ctx: RouteContext = {
    engine,
    profile,
    modelPath,
    taskType,
    isWarm: warmup.isWarm,
    malformedJson: () => faults.malformedJson,
    dpSize,
    outputDir
  }

  function delay (ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { delays.delete(timer); resolve() }, ms)
      delays.add(timer)
    })
  }

  async function handle (req: IncomingMessage, res: ServerResponse): Promise<void> {
    // a hung request is left open until the client gives up or the simulator closes
    if (faults.hang) return
    if (faults.slowHeadersMs > 0) await delay(faults.slowHeadersMs)
    const injected = takeInjectedError(faults)
    if (injected !== undefined) return sendText(res, injected)
    const path = new URL(req.url ?? '/', 'http://simulator.invalid').pathname
    if (!answeredDuringWarmup(path)) await warmup.whenWarm()
    await route(ctx, req, res)
  }

  function onRequest (req: IncomingMessage, res: ServerResponse): void {
    handle(req, res).catch((err: unknown) => {
      options.logger?.warn({ err }, 'simulator request failed')
      // FastAPI's catch-all answer
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error')
      else res.destroy()
    })
  }

  const server = createServer(onRequest)
  const port = await listen(server, options.port ?? 0, host)
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  let listening = true
  // refuse/resume transitions run one after another, close() waits for them
  let transitions: Promise<unknown> = Promise.resolve()

  function applyListening (): void {
    const wanted = !faults.refuseConnections
    if (wanted === listening) return
    listening = wanted
    transitions = transitions.then(async (): Promise<unknown> => wanted ? await listen(server, port, host) : await stopListening(server))
      .catch((err: unknown) => options.logger?.warn({ err }, 'simulator could not change listening state'))
  }

  // the process dies and comes back: jobs vanish, connections drop, warmup runs again
  function die (): void {
    engine.reset()
    server.closeAllConnections()
    warmup.restart()
  }

  function setFaults (update: Partial<Faults>): void {
    faults = mergeFaults(faults, update)
    if (faults.die) {
      faults.die = false
      die()
    }
    applyListening()
  }

  async function close (): Promise<void> {
    warmup.stop()
    for (const timer of delays) clearTimeout(timer)
    delays.clear()
    await transitions
    await engine.close()
    if (listening) await stopListening(server)
  }

  options.logger?.info({ port, profile: profile.name, render: renderMode }, 'SGLang diffusion simulator listening')
  return {
    url: origin,
    port,
    profile,
    setFaults,
    clearFaults: () => setFaults(noFaults()),
    close
  }
}
