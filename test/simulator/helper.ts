// Shared setup for the simulator tests: a real simulator on port 0, closed by the test.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulator } from '../../src/simulator/index.ts'
import type { Simulator, SimulatorOptions } from '../../src/simulator/index.ts'

interface Teardown {
  teardown (fn: () => unknown): void
}

export interface Built {
  sim: Simulator
  perfLogDir: string
  outputDir: string
}

export async function build (t: Teardown, options: Partial<SimulatorOptions> = {}): Promise<Built> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-sim-test-'))
  const perfLogDir = join(dir, 'perf')
  const outputDir = join(dir, 'out')
  const sim = await startSimulator({
    profile: 'u1r2',
    timeScale: 0.001,
    warmupMs: 0,
    jitter: 0,
    randomSeed: 1,
    perfLogDir,
    outputDir,
    // Synthetic mp4s unless a test asks for real video: ffmpeg in this process skews timings.
    render: 'synthetic',
    ...options
  })
  t.teardown(async () => {
    await sim.close()
    await rm(dir, { recursive: true, force: true })
  })
  return { sim, perfLogDir, outputDir }
}

export async function waitFor<T> (check: () => Promise<T | undefined>, timeoutMs = 5000, intervalMs = 5): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

export type Json = Record<string, any>

export async function postJson (url: string, body: unknown): Promise<{ status: number, body: Json }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: res.status, body: await res.json() as Json }
}

export async function getJson (url: string): Promise<{ status: number, body: Json }> {
  const res = await fetch(url)
  return { status: res.status, body: await res.json() as Json }
}

// polls until the job leaves `queued`
export async function settled (sim: Simulator, id: string, timeoutMs = 5000): Promise<Json> {
  return waitFor(async () => {
    const { body } = await getJson(`${sim.url}/v1/videos/${id}`)
    return body.status === 'queued' ? undefined : body
  }, timeoutMs)
}

/**
 * The seed page's figures (sgl-project/sglang PR #20998, Wan2.2-TI2V-5B, 1280x704, 121 frames,
 * 50 steps), copied from its stage table and Total row as published: an oracle for the simulator
 * that does not go through its profiles.
 */
export const seedPage = {
  u1r2: {
    stageSeconds: {
      InputValidationStage: 0.1060,
      TextEncodingStage: 1.3965,
      LatentPreparationStage: 0.0002,
      TimestepPreparationStage: 0.0003,
      DenoisingStage: 52.6358,
      DecodingStage: 7.6708
    },
    totalSeconds: 63.74
  },
  u1r1: {
    stageSeconds: {
      InputValidationStage: 0.1029,
      TextEncodingStage: 2.2261,
      LatentPreparationStage: 0.0002,
      TimestepPreparationStage: 0.0004,
      DenoisingStage: 71.6785,
      DecodingStage: 13.4314
    },
    totalSeconds: 90.63
  }
} as const
