// The two seed backends (ring SP u1r2 and baseline u1r1) started in-process, for running the
// gateway with no real GPUs. Each gets its own performance.log and perf-dump directories, as
// separate sglang processes would.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BackendConfig } from '../config.ts'
import type { EngineLogger } from './engine.ts'
import { startSimulator } from './index.ts'
import type { Simulator } from './index.ts'
import { profiles } from './profiles.ts'
import type { ProfileName } from './profiles.ts'

export interface EmbeddedOptions {
  timeScale: number
  logger?: EngineLogger
  host?: string
  warmupMs?: number
  profiles?: ProfileName[]
}

export interface EmbeddedBackends {
  configs: BackendConfig[]
  simulators: Simulator[]
  close (): Promise<void>
}

export async function startEmbeddedBackends (options: EmbeddedOptions): Promise<EmbeddedBackends> {
  const root = await mkdtemp(join(tmpdir(), 'ringside-embedded-'))
  const simulators: Simulator[] = []
  const configs: BackendConfig[] = []
  try {
    for (const name of options.profiles ?? ['u1r2', 'u1r1']) {
      const profile = profiles[name]
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
      configs.push({
        name,
        urls: [sim.url],
        sp_degree: profile.parallel.spDegree,
        ulysses_degree: profile.parallel.ulyssesDegree,
        ring_degree: profile.parallel.ringDegree,
        num_gpus: profile.parallel.numGpus,
        model: profile.modelPath,
        perf_log_dir: perfLogDir,
        perf_dump_dir: join(root, name, 'dumps')
      })
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
