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

// MiB, as SGLang's snapshots count them
export interface MemoryPlan {
  // held between forwards (weights): before_forward's figures
  residentAllocatedMb: number
  residentReservedMb: number
  // this forward's own peaks: after_forward's
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

// Of the calibration request's peak allocated, the share that is weights (kept from the seed)
const RESIDENT_SHARE = 0.72
const RESERVED_OVER_ALLOCATED = 1.04

function round4 (value: number): number {
  return Math.round(value * 1e4) / 1e4
}

function splitSteps (denoisingMs: number, steps: number, random: Random): number[] {
  // each step gets a little noise, then the whole is rescaled so the steps sum to the stage
  const weights = Array.from({ length: steps }, () => jitterFactor(random, 0.02))
  const weightSum = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => round4(denoisingMs * w / weightSum))
}

// The weights stay resident; what the forward adds on top (latents, attention, the VAE decode)
// grows with frames x pixels x outputs, so a small request peaks well below a large one
function planMemory (profile: Profile, pixelFactor: number, jitter: number): MemoryPlan {
  const residentAllocatedMb = profile.peakAllocatedGiB * 1024 * RESIDENT_SHARE
  const residentReservedMb = residentAllocatedMb * RESERVED_OVER_ALLOCATED
  const grown = (peakMb: number, residentMb: number) => round4(residentMb + (peakMb - residentMb) * pixelFactor * jitter)
  return {
    residentAllocatedMb: round4(residentAllocatedMb),
    residentReservedMb: round4(residentReservedMb),
    peakReservedMb: grown(profile.peakReservedGiB * 1024, residentReservedMb),
    peakAllocatedMb: grown(profile.peakAllocatedGiB * 1024, residentAllocatedMb)
  }
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
  const memory = planMemory(profile, factors.pixels, jitterFactor(random, jitter / 5))
  return { stages, stepsMs, forwardMs, postProcessMs, totalMs: forwardMs + postProcessMs, memory }
}
