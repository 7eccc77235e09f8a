// What one generation will cost, decided when it is submitted: stage times, per-step times,
// post-processing and memory, all already multiplied by the time scale the simulator runs on.
import type { Profile } from './profiles.ts'
import { jitterFactor } from './random.ts'
import type { Random } from './random.ts'

export interface GenerationShape {
  width: number
  height: number
  numFrames: number
  numInferenceSteps: number
  numOutputs: number
}

export interface StagePlan {
  name: string
  executionMs: number
}

export interface MemoryPlan {
  peakReservedMb: number
  peakAllocatedMb: number
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

// Wan's VAE compresses time by 4, so frame counts are rounded to 4k+1 (96 -> 97)
export function roundFrames (numFrames: number, frameMultiple: number): number {
  if (frameMultiple <= 1 || (numFrames - 1) % frameMultiple === 0) return numFrames
  return Math.floor(numFrames / frameMultiple) * frameMultiple + 1
}

export function calibrationShape (profile: Profile): GenerationShape {
  const d = profile.defaults
  return {
    width: d.width,
    height: d.height,
    numFrames: roundFrames(d.fps * d.seconds, d.frameMultiple),
    numInferenceSteps: d.numInferenceSteps,
    numOutputs: 1
  }
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

export function planGeneration (profile: Profile, shape: GenerationShape, options: PlanOptions): GenerationPlan {
  const base = calibrationShape(profile)
  const pixelFactor = (shape.numFrames * shape.width * shape.height) / (base.numFrames * base.width * base.height)
  const stepFactor = shape.numInferenceSteps / base.numInferenceSteps
  const { timeScale, jitter, random } = options
  const factors = { constant: 1, pixels: pixelFactor * shape.numOutputs, denoising: pixelFactor * stepFactor * shape.numOutputs }
  const stages = profile.stages.map((stage) => ({
    name: stage.name,
    executionMs: round4(stage.seconds * 1000 * factors[stage.scaling] * timeScale * jitterFactor(random, jitter))
  }))
  const denoising = profile.stages.findIndex((stage) => stage.scaling === 'denoising')
  const stepsMs = denoising === -1 ? [] : splitSteps(stages[denoising]?.executionMs ?? 0, shape.numInferenceSteps, random)
  const forwardMs = stages.reduce((sum, stage) => sum + stage.executionMs, 0)
  const postProcessMs = profile.postProcessSeconds * 1000 * factors.pixels * timeScale * jitterFactor(random, jitter)
  const memoryJitter = jitter / 5
  const memory = {
    peakReservedMb: round4(profile.peakReservedGiB * 1024 * jitterFactor(random, memoryJitter)),
    peakAllocatedMb: round4(profile.peakAllocatedGiB * 1024 * jitterFactor(random, memoryJitter))
  }
  return { stages, stepsMs, forwardMs, postProcessMs, totalMs: forwardMs + postProcessMs, memory }
}
