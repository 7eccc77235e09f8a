import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../src/server.ts'
import { loadConfig, type BackendConfig, type Config } from '../src/config.ts'
import { profileNames, startSimulator, type ProfileName, type Simulator, type SimulatorOptions } from '../src/simulator/index.ts'
import { backendConfigOf } from '../src/simulator/backend-config.ts'

interface Teardown { teardown (fn: () => unknown): void }

export const testSecret = 'test-secret-of-at-least-sixteen-chars'

/** Boots the real app with production's options; closed when the test ends. */
export async function build (t: Teardown, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const config = loadConfig({}, {
    logLevel: 'silent',
    simTimeScale: 0.001,
    healthIntervalMs: 200,
    jobSecret: testSecret,
    perfRecordWaitMs: 200,
    // Load shedding measures this process's event loop, which the in-process simulators share on
    // a busy CI machine: off unless a test is about shedding.
    maxEventLoopDelayMs: 0,
    ...overrides
  })
  const app = await buildServer(config)
  t.teardown(() => app.close())
  await app.ready()
  return app
}

export interface TestBackend { simulator: Simulator, config: BackendConfig }

/** A simulator on port 0 with its own performance.log directory, and the gateway's config for it. */
export async function startTestBackend (t: Teardown, name: ProfileName, options: Partial<SimulatorOptions> = {}): Promise<TestBackend> {
  const dir = await mkdtemp(join(tmpdir(), `ringside-test-${name}-`))
  // Synthetic mp4s unless a test needs decodable video (parity): ffmpeg's CPU would skew the timings.
  const defaults = { timeScale: 0.001, warmupMs: 0, jitter: 0.01, randomSeed: 7, render: 'synthetic' } as const
  const simulator = await startSimulator({ profile: name, ...defaults, perfLogDir: join(dir, 'perf'), outputDir: join(dir, 'videos'), ...options })
  t.teardown(async () => {
    await simulator.close()
    await rm(dir, { recursive: true, force: true })
  })
  return { simulator, config: backendConfigOf(simulator, { name, perfLogDir: join(dir, 'perf') }) }
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>

export async function eventually<T> (check: () => T | Promise<T>, { timeoutMs = 10_000, intervalMs = 10 } = {}): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value as Truthy<T>
    } catch (err) {
      last = err
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`)
}

/** Waits until the gateway sees at least one backend up. */
export async function ready (app: FastifyInstance): Promise<void> {
  await eventually(async () => (await app.inject('/health/ready')).statusCode === 200)
}

/**
 * Jobs on both backends, one at a time per backend as the seed measured them (so Total holds
 * no queue wait), `perBackend` each; resolves once all completed.
 */
export async function sequentialTraffic (t: { equal (a: unknown, b: unknown): void }, app: FastifyInstance, perBackend: number,
  backends: string[] = profileNames): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < perBackend; i++) {
    for (const backend of backends) {
      // the seed's request: 121 frames (SGLang's sampling default for the model), not the HTTP default's 97
      const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: `a paper boat ${i}`, backend, seed: i, num_frames: 121 } })
      t.equal(res.statusCode, 202)
      ids.push(res.json().id)
    }
    await eventually(async () => {
      const jobs = await Promise.all(ids.map(async (id) => (await app.inject(`/v1/video/jobs/${id}`)).json()))
      return jobs.every((job) => job.status === 'completed')
    }, { timeoutMs: 20_000 })
  }
  return ids
}

/**
 * The value of a series in /metrics, e.g. `ringside_queue_wait_seconds_count{backend="u1r2"}`:
 * the sum over every series of that name whose labels include those given (so over workloads
 * when none is named); undefined when there is none.
 */
export async function metric (app: FastifyInstance, series: string): Promise<number | undefined> {
  const [, name, labelText = ''] = /^([^{]+)(?:\{(.*)\})?$/.exec(series)!
  const wanted = labelText === '' ? [] : labelText.split(/,(?=\w+=")/)
  let total: number | undefined
  for (const line of (await app.inject('/metrics')).body.split('\n')) {
    const match = /^([^{ ]+)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const labels = match[2] === undefined ? [] : match[2].split(/,(?=\w+=")/)
    if (wanted.every((label) => labels.includes(label))) total = (total ?? 0) + Number(match[3])
  }
  return total
}

/** Submits a generation on the native route (to u1r2 unless the payload names a backend) and resolves with its job view once completed. */
export async function generateCompleted (app: FastifyInstance, payload: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a red fox in snow', backend: 'u1r2', ...payload } })
  const id: string = res.json().id
  return eventually(async () => {
    const job = (await app.inject(`/v1/video/jobs/${id}`)).json()
    return job.status === 'completed' && job
  })
}
