// What one simulator is: the model it serves (Wan2.2-TI2V-5B, as the seed page measured it) on
// one parallel configuration. The costs are not here: perf-model.ts predicts them for any
// configuration and shape, fitted to the seed page (seed.ts).
import { parallelConfig, parallelName, parseParallelName } from './parallel.ts'
import type { ParallelFlags } from './parallel.ts'
import type { ParallelConfig } from './perf-model.ts'
import { SEED_STAGE_NAMES } from './seed.ts'

export type { ParallelConfig } from './perf-model.ts'

export interface ModelDefaults {
  width: number
  height: number
  seconds: number
  fps: number
  numInferenceSteps: number
  // Wan's VAE needs 4k+1 frames; other models use 1
  frameMultiple: number
}

export interface Profile {
  name: string
  modelPath: string
  taskType: string
  pipelineName: string
  pipelineClass: string
  ditPrecision: string
  vaePrecision: string
  vaeDecodePrecision: string
  parallel: ParallelConfig
  // what a request without size, frames or steps asks for over HTTP
  defaults: ModelDefaults
  // the pipeline's stages in the order it runs them
  stageNames: readonly string[]
  // the process's peak while it loaded the model, before any request (SGLang's load_peak)
  loadPeakReservedGiB: number
}

// SGLang's H100 CI baseline for Wan2.2-TI2V-5B: load_peak_vram_mb 17610.0 against a runtime peak
// of 39856.0 (python/sglang/multimodal_gen/test/server/perf_baselines/h100.json:1276-1342 at
// d315eb72). So a request usually peaks above the load peak, not below it as issue #13 guessed;
// SP keeps the whole DiT on each GPU, so every configuration loads the same.
const WAN_LOAD_PEAK_RESERVED_GIB = 17610 / 1024

// The HTTP API's defaults, not the sampling params': with neither num_frames nor seconds a
// request is fps 24 x 4 s = 96, rounded to 97 frames (the seed measured 121: seed.ts SEED_SHAPE)
const wanDefaults: ModelDefaults = {
  width: 1280,
  height: 704,
  seconds: 4,
  fps: 24,
  numInferenceSteps: 50,
  frameMultiple: 4
}

/** The Wan2.2-TI2V-5B simulator on this configuration, named as the seed names its two. */
export function profileFor (parallel: ParallelConfig, name = parallelName(parallel)): Profile {
  return {
    name,
    modelPath: 'Wan-AI/Wan2.2-TI2V-5B-Diffusers',
    taskType: 'TI2V',
    pipelineName: 'wan2.2-ti2v-5b',
    pipelineClass: 'WanPipeline',
    ditPrecision: 'bf16',
    vaePrecision: 'fp32',
    // Wan2_2_TI2V_5B_Config (configs/pipeline_configs/wan.py:242 at d315eb72)
    vaeDecodePrecision: 'fp32',
    parallel,
    defaults: wanDefaults,
    stageNames: SEED_STAGE_NAMES,
    loadPeakReservedGiB: WAN_LOAD_PEAK_RESERVED_GIB
  }
}

/** The profile of `sglang serve`'s parallel flags. */
export function profileFromFlags (flags: ParallelFlags): Profile {
  return profileFor(parallelConfig(flags))
}

export const profiles: Readonly<Record<'u1r2' | 'u1r1', Profile>> = {
  u1r2: profileFor(parallelConfig({ numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 2 })),
  u1r1: profileFor(parallelConfig({ numGpus: 1, spDegree: 1, ulyssesDegree: 1, ringDegree: 1 }))
}

export type SeedProfileName = keyof typeof profiles
// any u<U>r<R> or kvg<G> (c2: CFG parallel on twice the GPUs); the seed's two are typed
export type ProfileName = SeedProfileName | (string & {})

// The seed's order: ring SP first, then its baseline, as the embedded backends start and list.
export const profileNames = Object.keys(profiles) as SeedProfileName[]

// what `ringside simulate` serves without --profile: the configuration the seed page is about
export const defaultProfileName: SeedProfileName = 'u1r2'

export function resolveProfile (profile: ProfileName | Profile): Profile {
  if (typeof profile !== 'string') return profile
  if (Object.hasOwn(profiles, profile)) return profiles[profile as SeedProfileName]
  const parallel = parseParallelName(profile)
  if (parallel === undefined) {
    throw new Error(`unknown simulator profile '${profile}' (expected ${profileNames.join(', ')}, any u<U>r<R> or kvg<G>, optionally with c2)`)
  }
  return profileFor(parallel)
}
