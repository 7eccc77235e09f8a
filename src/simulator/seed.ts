// The seed page's measurements (sgl-project/sglang PR #20998, docs/diffusion/performance/
// ring_sp_performance.md): Wan2.2-TI2V-5B on 48 GB RTX 40-series, ring SP u1r2 against the
// single-GPU u1r1. Data only: the performance model (perf-model.ts) is fitted to these, and
// docs/performance-model.md says which figure fixes which constant.

export const SEED_STAGE_NAMES = [
  'InputValidationStage',
  'TextEncodingStage',
  'LatentPreparationStage',
  'TimestepPreparationStage',
  'DenoisingStage',
  'DecodingStage'
] as const

export type SeedStageName = typeof SEED_STAGE_NAMES[number]

export interface SeedRun {
  numGpus: number
  ringDegree: number
  stageSeconds: Record<SeedStageName, number>
  // the page's Total: the server-side round trip, mp4 encoding included, not the stage sum
  totalSeconds: number
  // torch.cuda.max_memory_reserved / max_memory_allocated of the output rank, GiB
  peakReservedGiB: number
  peakAllocatedGiB: number
}

export const seedRuns: Readonly<Record<'u1r2' | 'u1r1', SeedRun>> = {
  u1r2: {
    numGpus: 2,
    ringDegree: 2,
    stageSeconds: {
      InputValidationStage: 0.1060,
      TextEncodingStage: 1.3965,
      LatentPreparationStage: 0.0002,
      TimestepPreparationStage: 0.0003,
      DenoisingStage: 52.6358,
      DecodingStage: 7.6708
    },
    totalSeconds: 63.74,
    peakReservedGiB: 20.07,
    peakAllocatedGiB: 13.35
  },
  u1r1: {
    numGpus: 1,
    ringDegree: 1,
    stageSeconds: {
      InputValidationStage: 0.1029,
      TextEncodingStage: 2.2261,
      LatentPreparationStage: 0.0002,
      TimestepPreparationStage: 0.0004,
      DenoisingStage: 71.6785,
      DecodingStage: 13.4314
    },
    totalSeconds: 90.63,
    peakReservedGiB: 27.40,
    peakAllocatedGiB: 20.40
  }
}

// The seed's request: Wan2_2_TI2V_5B_SamplingParam's defaults (configs/sample/wan.py:214-223
// at d315eb72): 1280x704, 121 frames, 50 steps, guidance 5.0 with a negative prompt (so CFG)
export const SEED_SHAPE = {
  width: 1280,
  height: 704,
  numFrames: 121,
  numInferenceSteps: 50,
  numOutputs: 1
} as const
