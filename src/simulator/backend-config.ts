// How a gateway is told about a simulator: one entry of RINGSIDE_BACKENDS, as an operator writes
// it for a real `sglang serve`. The simulator keeps its own copy of that documented JSON shape
// rather than importing the gateway's config; the embedding entry (src/embedded.ts) hands it to
// the gateway as a BackendConfig, so the typecheck there holds the two shapes together.
import type { Simulator } from './index.ts'

export interface SimulatedBackendConfig {
  name: string
  urls: string[]
  sp_degree: number
  ulysses_degree: number
  ring_degree: number
  kv_gather_degree?: number
  num_gpus: number
  model?: string
  perf_log_dir?: string
  perf_dump_dir?: string
}

export interface BackendConfigOptions {
  // defaults to the profile's name, as the seed names its two backends
  name?: string
  // where the simulator writes its performance.log (its perfLogDir), for the gateway to read
  perfLogDir?: string
  perfDumpDir?: string
  // declare the profile's model up front instead of letting the gateway learn it from the backend
  declareModel?: boolean
}

/** The gateway's configuration for one running simulator: its URL and its profile's parallel layout. */
export function backendConfigOf (simulator: Simulator, options: BackendConfigOptions = {}): SimulatedBackendConfig {
  const { profile } = simulator
  const { parallel } = profile
  return {
    name: options.name ?? profile.name,
    urls: [simulator.url],
    sp_degree: parallel.spDegree,
    ulysses_degree: parallel.ulyssesDegree,
    ring_degree: parallel.ringDegree,
    ...(parallel.kvGatherDegree > 1 && { kv_gather_degree: parallel.kvGatherDegree }),
    num_gpus: parallel.numGpus,
    ...(options.declareModel === true && { model: profile.modelPath }),
    ...(options.perfLogDir !== undefined && { perf_log_dir: options.perfLogDir }),
    ...(options.perfDumpDir !== undefined && { perf_dump_dir: options.perfDumpDir })
  }
}
