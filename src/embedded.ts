// The one place the gateway meets the simulator (eslint.config.js names it, and forbids every
// other import of src/simulator/): with no backend configured, the embedded simulators start here
// and the gateway receives them as ordinary backend configuration; `ringside simulate` runs one
// simulator through here too.
import type { BackendConfig, Config } from './config.ts'
import { startEmbeddedBackends } from './simulator/embedded.ts'
import type { SimulatorLogger } from './simulator/index.ts'

export { runSimulatorCli, SimulatorUsageError } from './simulator/cli.ts'
export { profileNames as simulatorProfileNames } from './simulator/profiles.ts'

export interface Embedding {
  // the configuration the gateway runs with: the embedded backends filled in when none were set
  config: Config
  close (): Promise<void>
}

/** The configuration as given when it names backends; else the seed's simulators, started in-process. */
export async function embedSimulators (config: Config, logger: SimulatorLogger): Promise<Embedding> {
  if (config.backends.length > 0) return { config, close: async () => {} }
  const embedded = await startEmbeddedBackends({ timeScale: config.simTimeScale, logger })
  const backends: BackendConfig[] = embedded.configs
  // Where each writes its performance.log: what `ringside compare --from-perf-logs` reads
  logger.warn({ backends: backends.map((b) => ({ name: b.name, url: b.urls[0], performanceLog: b.perf_log_dir })), timeScale: config.simTimeScale },
    'no backend configured (RINGSIDE_BACKENDS): started the embedded SGLang simulators with the seed profiles')
  return { config: { ...config, backends }, close: () => embedded.close() }
}
