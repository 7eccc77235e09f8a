// What one generation will cost, decided when it is submitted: the performance model's stage
// times, per-step times, post-processing and memory, with per-request noise and already
// multiplied by the time scale the simulator runs on.
import { predictStages } from './perf-model.ts'
import type { GenerationShape, MemoryPlan } from './perf-model.ts'
import type { Profile } from './profiles.ts'
import { jitterFactor } from './random.ts'
import type { Random } from './random.ts'
import { SEED_SHAPE } from './seed.ts'

export type { GenerationShape, MemoryPlan } from './perf-model.ts'

export interface StagePlan {
  name: string
  executionMs: number
}

export interface GenerationPlan {
  stages: StagePlan[]
  stepsMs: number[]
  // sum of the stages: what the server reports as inference_time_s
  forwardMs: number
  // mp4 encoding and server overhead after the forward pass
  postProcessMs: number
  totalMs: number
  memory: MemoryPlan
}

export interface PlanOptions {
  timeScale: number
  jitter: number
  random: Random
}

const DENOISING_STAGE = 'DenoisingStage'

// Wan's VAE compresses time by 4, so frame counts are rounded to 4k+1 (96 -> 97)
export function roundFrames (numFrames: number, frameMultiple: number): number {
  if (frameMultiple <= 1 || (numFrames - 1) % frameMultiple === 0) return numFrames
  return Math.floor(numFrames / frameMultiple) * frameMultiple + 1
}

/** The request the seed page measured (121 frames, not the HTTP default's 97): where the model reproduces its tables. */
export function calibrationShape (): GenerationShape {
  return { ...SEED_SHAPE }
}

function round4 (value: number): number {
  return Math.round(value * 1e4) / 1e4
}

function splitSteps (denoisingMs: number, steps: number, random: Random): number[] {
  // each step gets a little noise, then the whole is rescaled so the steps sum to the stage
  const weights = Array.from({ length: steps }, () => jitterFactor(random, 0.02))
  const weightSum = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => round4(denoisingMs * w / weightSum))
}

// The weights stay resident; the noise falls on what the forward adds on top of them
function jitterMemory (memory: MemoryPlan, jitter: number): MemoryPlan {
  const grown = (peakMb: number, residentMb: number) => round4(residentMb + (peakMb - residentMb) * jitter)
  return {
    residentAllocatedMb: round4(memory.residentAllocatedMb),
    residentReservedMb: round4(memory.residentReservedMb),
    peakReservedMb: grown(memory.peakReservedMb, memory.residentReservedMb),
    peakAllocatedMb: grown(memory.peakAllocatedMb, memory.residentAllocatedMb)
  }
}

export function planGeneration (profile: Profile, shape: GenerationShape, options: PlanOptions): GenerationPlan {
  const { timeScale, jitter, random } = options
  const prediction = predictStages(profile.parallel, shape)
  const stages = prediction.stages.map((stage) => ({
    name: stage.name,
    executionMs: round4(stage.seconds * 1000 * timeScale * jitterFactor(random, jitter))
  }))
  const denoising = stages.find((stage) => stage.name === DENOISING_STAGE)
  const stepsMs = denoising === undefined ? [] : splitSteps(denoising.executionMs, shape.numInferenceSteps, random)
  const forwardMs = stages.reduce((sum, stage) => sum + stage.executionMs, 0)
  const postProcessMs = prediction.postProcessSeconds * 1000 * timeScale * jitterFactor(random, jitter)
  const memory = jitterMemory(prediction.memory, jitterFactor(random, jitter / 5))
  return { stages, stepsMs, forwardMs, postProcessMs, totalMs: forwardMs + postProcessMs, memory }
}
