// What a generation costs on one parallel configuration of Wan2.2-TI2V-5B, as a function of its
// shape: a roofline-free model with the DiT's FLOPs, the SP scheme's bytes on the link and the
// VAE's split, fitted to the seed page. docs/performance-model.md derives every term.
import { SEED_SHAPE, SEED_STAGE_NAMES, seedRuns } from './seed.ts'
import type { SeedRun, SeedStageName } from './seed.ts'

export interface GenerationShape {
  width: number
  height: number
  numFrames: number
  numInferenceSteps: number
  numOutputs: number
}

export interface ParallelConfig {
  numGpus: number
  // ulyssesDegree x ringDegree, or kvGatherDegree
  spDegree: number
  ulyssesDegree: number
  ringDegree: number
  // SGLang's --kv-gather-degree: queries stay local, K and V are all-gathered (1 = off)
  kvGatherDegree: number
  // numGpus / spDegree: 2 runs the two CFG branches on two SP groups at once (--enable-cfg-parallel)
  cfgDegree: number
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

export interface StagePrediction {
  tokens: number
  stages: Array<{ name: SeedStageName, seconds: number }>
  denoiseStepSeconds: number
  // end to end minus the stage sum: mp4 encoding and server overhead after the forward
  postProcessSeconds: number
  totalSeconds: number
  memory: MemoryPlan
}

// Wan2.2-TI2V-5B's DiT (the model's transformer/config.json: dim 3072, ffn_dim 14336, 24 heads,
// 30 layers, text_len 512; SGLang's WanVideoArchConfig defaults are the 14B's and are replaced
// at load, configs/models/dits/wanvideo.py:79-90 at d315eb72). Its VAE strides 4x16x16
// (configs/pipeline_configs/wan.py:244), the DiT patchifies 1x2x2 (wanvideo.py:79).
export const WAN_TI2V_5B = {
  layers: 30,
  hiddenSize: 3072,
  heads: 24,
  ffnDim: 14336,
  textTokens: 512,
  temporalStride: 4,
  spatialStride: 16,
  patchSpatial: 2,
  // guidance 5.0 with a negative prompt: a conditional and an unconditional pass per step, one
  // after the other without CFG parallel (runtime/pipelines_core/stages/denoising.py:2125-2127)
  cfgPasses: 2,
  // the VAE's latent channels (the model's vae/config.json z_dim; SGLang's WanVAEArchConfig
  // default of 16 is Wan2.1's, configs/models/vaes/wanvae.py:15)
  latentChannels: 48,
  // bf16 activations
  bytesPerValue: 2
} as const

// One GPU's share of the link, bytes/s: PCIe 4.0 x16 (16 GT/s x 16 lanes x 128/130 = 31.5 GB/s
// each way; RTX 40-series have no NVLink) at the ~80% NCCL reaches point to point
export const LINK_BYTES_PER_SECOND = 25e9

// Wan's spatial-shard decode runs only when each rank gets at least this many latent elements
// (configs/models/vaes/base.py:30-40 and :95 at d315eb72)
const MIN_LATENT_ELEMENTS_PER_RANK = 4096
const MIB = 1024 * 1024
const RESERVED_OVER_ALLOCATED = 1.04

const m = WAN_TI2V_5B
const d = m.hiddenSize

export function latentFrames (numFrames: number): number {
  return Math.floor((numFrames - 1) / m.temporalStride) + 1
}

/** The DiT's sequence length: latent frames x (H/16/2) x (W/16/2). The seed's request: 31 x 22 x 40 = 27,280. */
export function sequenceLength (shape: Pick<GenerationShape, 'width' | 'height' | 'numFrames'>): number {
  const cell = m.spatialStride * m.patchSpatial
  return latentFrames(shape.numFrames) * Math.floor(shape.height / cell) * Math.floor(shape.width / cell)
}

// FLOPs of one forward (one CFG branch), 2 per multiply-add. Per token and layer: Q/K/V/O of
// self-attention 8d^2, Q/O of cross-attention 4d^2, the FFN 4d*ffn, cross-attention scores and
// values over the 512 text tokens 4*512*d; per layer, the text's K/V projections 4*512*d^2
// (every rank computes them); self-attention scores and values 4*N^2*d.
const LINEAR_FLOPS_PER_TOKEN = m.layers * (12 * d * d + 4 * d * m.ffnDim + 4 * m.textTokens * d)
const TEXT_KV_FLOPS = m.layers * 4 * m.textTokens * d * d

function attentionFlopsPerLayer (tokens: number): number {
  return 4 * tokens * tokens * d
}

function computeSeconds (tokens: number, sp: number, flopsPerSecond: number): number {
  return (TEXT_KV_FLOPS + (LINEAR_FLOPS_PER_TOKEN * tokens + m.layers * attentionFlopsPerLayer(tokens)) / sp) / flopsPerSecond
}

// bytes of one rank's local K and V for one layer
function localKvBytes (tokens: number, sp: number): number {
  return 2 * (tokens / sp) * d * m.bytesPerValue
}

/**
 * Communication left on the critical path of one forward. Ring: (r-1) hops of the local K/V per
 * layer, each overlapping the attention of one block by `overlap`; Ulysses: 4 all-to-alls
 * (Q, K, V, O) of (u-1)/u of the local activations, not overlapped; kv-gather: one all-gather
 * of K and V ((g-1) local blocks received), before the attention, not overlapped.
 */
function exposedCommSeconds (p: ParallelConfig, tokens: number, flopsPerSecond: number, overlap: number): number {
  const kv = localKvBytes(tokens, p.spDegree)
  let perLayer = 0
  if (p.ringDegree > 1) {
    const hop = kv / LINK_BYTES_PER_SECOND
    const block = attentionFlopsPerLayer(tokens) / p.spDegree / p.ringDegree / flopsPerSecond
    perLayer += (p.ringDegree - 1) * Math.max(0, hop - overlap * block)
  }
  if (p.ulyssesDegree > 1) perLayer += 2 * kv * (p.ulyssesDegree - 1) / p.ulyssesDegree / LINK_BYTES_PER_SECOND
  if (p.kvGatherDegree > 1) perLayer += (p.kvGatherDegree - 1) * kv / LINK_BYTES_PER_SECOND
  return m.layers * perLayer
}

// With CFG parallel each SP group runs one branch and the groups exchange their noise
// predictions (the latent, bf16) once a step to combine them
function cfgCombineSeconds (p: ParallelConfig, tokens: number): number {
  if (p.cfgDegree <= 1) return 0
  return tokens * m.patchSpatial * m.patchSpatial * m.latentChannels * m.bytesPerValue / LINK_BYTES_PER_SECOND
}

function stepSecondsWith (p: ParallelConfig, tokens: number, flopsPerSecond: number, overlap: number): number {
  const forward = computeSeconds(tokens, p.spDegree, flopsPerSecond) + exposedCommSeconds(p, tokens, flopsPerSecond, overlap)
  return forward * m.cfgPasses / p.cfgDegree + cfgCombineSeconds(p, tokens)
}

// t(n) = serial + parallel / n through the seed's 1-GPU and 2-GPU figures
function amdahl (one: number, two: number): { serial: number, parallel: number } {
  return { serial: 2 * two - one, parallel: 2 * (one - two) }
}

function parallelSeconds (fit: { serial: number, parallel: number }, ways: number): number {
  return fit.serial + fit.parallel / ways
}

const seedTokens = sequenceLength(SEED_SHAPE)
const seedPixels = SEED_SHAPE.numFrames * SEED_SHAPE.width * SEED_SHAPE.height
const { u1r1, u1r2 } = seedRuns
const seedSteps = SEED_SHAPE.numInferenceSteps
const ring2: ParallelConfig = { numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 2, kvGatherDegree: 1, cfgDegree: 1 }

// Fitted: the effective FLOP/s to u1r1's Denoising, then the ring overlap to u1r2's
const flopsPerSecond = computeSeconds(seedTokens, 1, 1) / (u1r1.stageSeconds.DenoisingStage / seedSteps / m.cfgPasses)
const ringOverlap = (() => {
  const exposedPerLayer = (u1r2.stageSeconds.DenoisingStage / seedSteps / m.cfgPasses - computeSeconds(seedTokens, 2, flopsPerSecond)) / m.layers
  const hop = localKvBytes(seedTokens, 2) / LINK_BYTES_PER_SECOND
  const block = attentionFlopsPerLayer(seedTokens) / 2 / 2 / flopsPerSecond
  return (hop - exposedPerLayer) / block
})()

const stageSum = (run: SeedRun) => Object.values(run.stageSeconds).reduce((a, b) => a + b, 0)

// Memory, bytes. Per local token, a DiT block's forward holds the FFN's input and output at
// ffn_dim (2f) and about 8 hidden-size tensors (residual, norms, Q/K/V, attention output):
// bf16 x (2f + 8d). Ring holds the K/V block it sends and the one it receives, Ulysses the
// all-to-all outputs of Q/K/V beside their inputs, kv-gather the gathered K/V. The decode
// leaves the whole video in fp32 RGB on every rank (12 bytes a pixel a frame: the spatial
// shards are gathered, runtime/models/vaes/wanvae.py gather_and_trim_height).
const ACTIVATION_BYTES_PER_TOKEN = m.bytesPerValue * (2 * m.ffnDim + 8 * d)
const DECODED_BYTES_PER_PIXEL = 3 * 4

function transientBytes (p: ParallelConfig, shape: GenerationShape): number {
  const tokens = sequenceLength(shape)
  const kv = localKvBytes(tokens, p.spDegree)
  let buffers = 0
  if (p.ringDegree > 1) buffers += 2 * kv
  if (p.ulyssesDegree > 1) buffers += 1.5 * kv
  if (p.kvGatherDegree > 1) buffers += (p.kvGatherDegree - 1) * kv
  const pixels = shape.numFrames * shape.width * shape.height
  return shape.numOutputs * (ACTIVATION_BYTES_PER_TOKEN * tokens / p.spDegree + buffers + DECODED_BYTES_PER_PIXEL * pixels)
}

// Fitted: resident = replicated + sharded / numGpus through both seed peaks allocated, and the
// allocator's overhead (reserved - allocated) = base + share x transient through both overheads
const seedTransient = {
  u1r1: transientBytes({ ...ring2, numGpus: 1, spDegree: 1, ringDegree: 1 }, SEED_SHAPE),
  u1r2: transientBytes(ring2, SEED_SHAPE)
}
const residentBytes = (() => {
  const one = u1r1.peakAllocatedGiB * 1024 * MIB - seedTransient.u1r1
  const two = u1r2.peakAllocatedGiB * 1024 * MIB - seedTransient.u1r2
  return amdahl(one, two)
})()
const overhead = (() => {
  const over = (run: SeedRun) => (run.peakReservedGiB - run.peakAllocatedGiB) * 1024 * MIB
  const share = (over(u1r1) - over(u1r2)) / (seedTransient.u1r1 - seedTransient.u1r2)
  return { share, base: over(u1r2) - share * seedTransient.u1r2 }
})()

/** The fitted constants, for the documentation and for reading, not for tests' expected values. */
export const calibration = {
  flopsPerSecond,
  ringOverlap,
  decode: amdahl(u1r1.stageSeconds.DecodingStage, u1r2.stageSeconds.DecodingStage),
  textEncoding: amdahl(u1r1.stageSeconds.TextEncodingStage, u1r2.stageSeconds.TextEncodingStage),
  postProcess: amdahl(u1r1.totalSeconds - stageSum(u1r1), u1r2.totalSeconds - stageSum(u1r2)),
  residentBytes,
  overhead
} as const

/** Whether SGLang's Wan VAE decodes this shape spatially sharded over `ways` ranks (vaes/base.py:30-61). */
export function decodesSharded (shape: GenerationShape, ways: number): boolean {
  const latentHeight = Math.floor(shape.height / m.spatialStride)
  const latentWidth = Math.floor(shape.width / m.spatialStride)
  if (ways <= 1 || latentHeight < ways) return false
  return Math.floor(shape.numOutputs * latentFrames(shape.numFrames) * latentHeight * latentWidth / ways) >= MIN_LATENT_ELEMENTS_PER_RANK
}

/** One denoising step (both CFG passes) of this shape on this configuration, seconds. */
export function denoiseStepSeconds (p: ParallelConfig, shape: GenerationShape): number {
  return stepSecondsWith(p, sequenceLength(shape), flopsPerSecond, ringOverlap) * shape.numOutputs
}

function predictMemory (p: ParallelConfig, shape: GenerationShape): MemoryPlan {
  const resident = parallelSeconds(residentBytes, p.numGpus)
  const transient = transientBytes(p, shape)
  const allocated = resident + transient
  return {
    residentAllocatedMb: resident / MIB,
    residentReservedMb: resident * RESERVED_OVER_ALLOCATED / MIB,
    peakAllocatedMb: allocated / MIB,
    peakReservedMb: (allocated + overhead.base + overhead.share * transient) / MIB
  }
}

/**
 * The model's prediction without jitter or time scale: every stage, the post-processing and the
 * memory of one request. Pure; the simulator's plan and a routing study can both call it.
 */
export function predictStages (p: ParallelConfig, shape: GenerationShape): StagePrediction {
  const pixelFactor = shape.numFrames * shape.width * shape.height / seedPixels * shape.numOutputs
  const step = denoiseStepSeconds(p, shape)
  // the seed's tiny stages do not depend on the shape; their 1- and 2-GPU figures differ a little
  const tiny = p.numGpus === 1 ? u1r1.stageSeconds : u1r2.stageSeconds
  const seconds: Record<SeedStageName, number> = {
    ...tiny,
    // the T5 encoder is folded (tensor-parallel) over the replica: server_args.py --encoder-parallel auto
    TextEncodingStage: parallelSeconds(calibration.textEncoding, p.numGpus),
    DenoisingStage: step * shape.numInferenceSteps,
    DecodingStage: pixelFactor * parallelSeconds(calibration.decode, decodesSharded(shape, p.numGpus) ? p.numGpus : 1)
  }
  const stages = SEED_STAGE_NAMES.map((name) => ({ name, seconds: seconds[name] }))
  const postProcessSeconds = pixelFactor * parallelSeconds(calibration.postProcess, p.numGpus)
  const forward = stages.reduce((sum, stage) => sum + stage.seconds, 0)
  return {
    tokens: sequenceLength(shape),
    stages,
    denoiseStepSeconds: step,
    postProcessSeconds,
    totalSeconds: forward + postProcessSeconds,
    memory: predictMemory(p, shape)
  }
}
