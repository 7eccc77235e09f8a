// Calibration figures carried over from the seed page (sgl-project/sglang PR #20998:
// Wan2.2-TI2V-5B on RTX 40-series, ring SP u1r2 against the single-GPU baseline u1r1).
// Data only: the server iterates `stages`, so a profile of another pipeline can add or drop stages.

export type StageScaling = 'constant' | 'denoising' | 'pixels'

export interface StageProfile {
  name: string
  seconds: number
  // how the stage grows with the request: 'denoising' = frames x pixels x steps,
  // 'pixels' = frames x pixels, 'constant' = not at all
  scaling: StageScaling
}

export interface ModelDefaults {
  width: number
  height: number
  seconds: number
  fps: number
  numInferenceSteps: number
  // Wan's VAE needs 4k+1 frames; other models use 1
  frameMultiple: number
}

export interface ParallelConfig {
  numGpus: number
  spDegree: number
  ulyssesDegree: number
  ringDegree: number
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
  defaults: ModelDefaults
  stages: StageProfile[]
  // end to end minus the stage sum: mp4 encoding and server overhead after the forward pass,
  // at the calibration request; scales with frames x pixels
  postProcessSeconds: number
  // at the calibration request: one GPU's peaks of the forward, weights included
  peakReservedGiB: number
  peakAllocatedGiB: number
  // the process's peak while it loaded the model, before any request (SGLang's load_peak)
  loadPeakReservedGiB: number
}

// SGLang's H100 CI baseline for Wan2.2-TI2V-5B: load_peak_vram_mb 17610.0 against a runtime peak
// of 39856.0 (python/sglang/multimodal_gen/test/server/perf_baselines/h100.json:1276-1342 at
// d315eb72). So a request usually peaks above the load peak, not below it as issue #13 guessed;
// ring SP keeps the whole DiT on each GPU, so both profiles load the same.
const WAN_LOAD_PEAK_RESERVED_GIB = 17610 / 1024

const wanDefaults: ModelDefaults = {
  width: 1280,
  height: 704,
  seconds: 4,
  fps: 24,
  numInferenceSteps: 50,
  frameMultiple: 4
}

function wanProfile (name: string, parallel: ParallelConfig, stageSeconds: number[], totalSeconds: number,
  peakReservedGiB: number, peakAllocatedGiB: number): Profile {
  const stageNames: Array<[string, StageScaling]> = [
    ['InputValidationStage', 'constant'],
    ['TextEncodingStage', 'constant'],
    ['LatentPreparationStage', 'constant'],
    ['TimestepPreparationStage', 'constant'],
    ['DenoisingStage', 'denoising'],
    ['DecodingStage', 'pixels']
  ]
  const stages = stageNames.map(([stageName, scaling], i) => ({ name: stageName, scaling, seconds: stageSeconds[i] ?? 0 }))
  const stageSum = stages.reduce((sum, stage) => sum + stage.seconds, 0)
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
    stages,
    postProcessSeconds: Math.round((totalSeconds - stageSum) * 1e4) / 1e4,
    peakReservedGiB,
    peakAllocatedGiB,
    loadPeakReservedGiB: WAN_LOAD_PEAK_RESERVED_GIB
  }
}

export const profiles: Readonly<Record<'u1r2' | 'u1r1', Profile>> = {
  u1r2: wanProfile('u1r2', { numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 2 },
    [0.1060, 1.3965, 0.0002, 0.0003, 52.6358, 7.6708], 63.74, 20.07, 13.35),
  u1r1: wanProfile('u1r1', { numGpus: 1, spDegree: 1, ulyssesDegree: 1, ringDegree: 1 },
    [0.1029, 2.2261, 0.0002, 0.0004, 71.6785, 13.4314], 90.63, 27.40, 20.40)
}

export type ProfileName = keyof typeof profiles

// The seed's order: ring SP first, then its baseline, as the embedded backends start and list.
export const profileNames = Object.keys(profiles) as ProfileName[]

// what `ringside simulate` serves without --profile: the configuration the seed page is about
export const defaultProfileName: ProfileName = 'u1r2'

export function resolveProfile (profile: ProfileName | Profile): Profile {
  if (typeof profile !== 'string') return profile
  const found = profiles[profile]
  if (found === undefined) throw new Error(`unknown simulator profile '${String(profile)}' (expected ${profileNames.join(' or ')})`)
  return found
}
