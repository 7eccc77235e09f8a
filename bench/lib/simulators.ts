// The seed's simulators in the benchmark's own process, each writing its performance.log where
// the gateway (a child process) reads it, and the RINGSIDE_BACKENDS entries that point at them.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backendConfigOf } from '../../src/simulator/backend-config.ts'
import type { SimulatedBackendConfig } from '../../src/simulator/backend-config.ts'
import { profileNames, startSimulator } from '../../src/simulator/index.ts'
import type { ProfileName, Simulator } from '../../src/simulator/index.ts'

export interface SimulatedBackends {
  names: ProfileName[]
  simulators: Simulator[]
  configs: SimulatedBackendConfig[]
  close (): Promise<void>
}

/** One simulator per profile, fast-forwarded by `timeScale`, with synthetic mp4s (no ffmpeg CPU in the figures). */
export async function startSimulatedBackends (options: { timeScale: number, jitter: number }): Promise<SimulatedBackends> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-bench-simulators-'))
  const simulators: Simulator[] = []
  const configs: SimulatedBackendConfig[] = []
  const close = async () => {
    await Promise.all(simulators.map((simulator) => simulator.close()))
    await rm(dir, { recursive: true, force: true })
  }
  try {
    for (const name of profileNames) {
      const perfLogDir = join(dir, name, 'perf')
      const simulator = await startSimulator({ profile: name, warmupMs: 0, perfLogDir, outputDir: join(dir, name, 'videos'), render: 'synthetic', ...options })
      simulators.push(simulator)
      configs.push(backendConfigOf(simulator, { perfLogDir }))
    }
  } catch (err) {
    await close()
    throw err
  }
  return { names: profileNames, simulators, configs, close }
}
