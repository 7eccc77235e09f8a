// Every profile's simulator (the seed's ring SP and its baseline) started in-process, for running
// the gateway with no real GPUs. Each gets its own performance.log and perf-dump directories, as
// separate sglang processes would.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backendConfigOf } from './backend-config.ts'
import type { SimulatedBackendConfig } from './backend-config.ts'
import type { EngineLogger } from './engine.ts'
import { startSimulator } from './index.ts'
import type { Simulator } from './index.ts'
import { profileNames, resolveProfile } from './profiles.ts'
import type { ProfileName } from './profiles.ts'

export interface EmbeddedOptions {
  timeScale: number
  logger?: EngineLogger
  host?: string
  warmupMs?: number
  profiles?: ProfileName[]
}

export interface EmbeddedBackends {
  configs: SimulatedBackendConfig[]
  simulators: Simulator[]
  close (): Promise<void>
}

export async function startEmbeddedBackends (options: EmbeddedOptions): Promise<EmbeddedBackends> {
  const root = await mkdtemp(join(tmpdir(), 'ringside-embedded-'))
  const simulators: Simulator[] = []
  const configs: SimulatedBackendConfig[] = []
  try {
    for (const name of options.profiles ?? profileNames) {
      const profile = resolveProfile(name)
      const perfLogDir = join(root, name, 'perf')
      const sim = await startSimulator({
        profile,
        host: options.host,
        timeScale: options.timeScale,
        warmupMs: options.warmupMs,
        perfLogDir,
        outputDir: join(root, name, 'outputs'),
        logger: options.logger
      })
      simulators.push(sim)
      configs.push(backendConfigOf(sim, { name, perfLogDir, perfDumpDir: join(root, name, 'dumps'), declareModel: true }))
    }
  } catch (err) {
    await Promise.allSettled(simulators.map((sim) => sim.close()))
    await rm(root, { recursive: true, force: true })
    throw err
  }
  return {
    configs,
    simulators,
    async close () {
      await Promise.allSettled(simulators.map((sim) => sim.close()))
      await rm(root, { recursive: true, force: true })
    }
  }
}
