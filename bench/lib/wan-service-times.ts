// Service seconds of one Wan2.2-TI2V-5B generation on u1r1 (1 GPU) and u1r2 (ring SP over 2 GPUs)
// for any shape: the data of the routing study's mixed workload (bench/routing.ts). A simple model,
// stated here with its sources and calibrated so that the seed's request reproduces the seed page;
// the simulator's own performance model (src/simulator/) is not imported: the study must not move
// when the simulator is tuned, and the gateway's code does not import the simulator.
//
// Per request of n tokens (the DiT's sequence length of one video) and s steps:
//   total = fixed + decode x n/N + s x step(n)
// with N = 27,280, the seed's request (1280x704, 121 frames: 31 latent frames x 22 x 40).
//
// - fixed: what does not grow with the video (input validation, text encoding, latent preparation,
//   post-processing), the seed page's stage table minus denoising and decoding: u1r1 90.63 -
//   71.6785 - 13.4314 = 5.5201 s, u1r2 63.74 - 52.6358 - 7.6708 = 3.4334 s. (Post-processing does
//   grow with the frames; the same on both configurations, so it does not move the routing.)
// - decode: the VAE decodes the latent volume, which grows as n: 13.4314 s (u1r1) and 7.6708 s
//   (u1r2, SGLang splits the decode over its GPUs) at N.
// - step(n) on u1r1: linear work plus attention, a n + b n^2. Their split from the model's size
//   (Wan2.2-TI2V-5B: 30 layers, hidden d = 3072, FFN 14,336): per token and layer the linear layers
//   are 4 d^2 (self-attention projections) + 2 d^2 (cross-attention query and output) + 2 d x 14,336
//   (FFN) = 144,703,488 multiply-adds, attention 2 n d (QK^T and AV) = 6,144 n: equal at
//   n* = 23,552 tokens. At N the attention share is N/n* = 1.15829 of the linear one, and the seed's
//   step is 71.6785 / 50 = 1.43357 s, so a N = 1.43357 / 2.15829 = 0.664215 s, b N^2 = 0.769355 s.
// - step(n) on u1r2: half of that compute on each GPU, plus ring communication: each GPU passes
//   its K/V shard (n/2 tokens x d x 2 tensors x 2 bytes) once per layer, 184,320 n bytes per step,
//   counted as unhidden at an effective 25 GB/s (PCIe 4.0 x16), 7.3728e-6 s per token; and a fixed
//   cost per step (kernel launches, the ring's synchronisation, merging partial attention) that is
//   the rest of the seed's step: 52.6358 / 50 - 1.43357 / 2 - 7.3728e-6 N = 0.134801 s.
//
// The consequence, as issue #14 says the hardware shows it: ring SP's speedup falls as the work
// shrinks and drops below 1x under about 7,300 tokens at 50 steps (1.42x at the seed's request,
// 1.80x at 1792x1024 x 289 frames).

export const SEED_TOKENS = 27_280
const SEED_STEPS = 50
// Linear and attention work are equal per token at this sequence length (derived above)
const ATTENTION_EQUALS_LINEAR_TOKENS = 23_552
const RING_SECONDS_PER_TOKEN_STEP = 184_320 / 25e9

interface Config {
  fixedSeconds: number
  decodeSeedSeconds: number
  denoiseSeedSeconds: number
  /** The devices the compute is split over. */
  spDegree: number
}

// The seed page's stage table (sgl-project/sglang PR #20998), as src/simulator/profiles.ts has it
const configs: Record<'u1r1' | 'u1r2', Config> = {
  u1r1: { fixedSeconds: 90.63 - 71.6785 - 13.4314, decodeSeedSeconds: 13.4314, denoiseSeedSeconds: 71.6785, spDegree: 1 },
  u1r2: { fixedSeconds: 63.74 - 52.6358 - 7.6708, decodeSeedSeconds: 7.6708, denoiseSeedSeconds: 52.6358, spDegree: 2 }
}

const baselineStepSeconds = configs.u1r1.denoiseSeedSeconds / SEED_STEPS
const linearSeedSeconds = baselineStepSeconds / (1 + SEED_TOKENS / ATTENTION_EQUALS_LINEAR_TOKENS)
const attentionSeedSeconds = baselineStepSeconds - linearSeedSeconds
const ringFixedSeconds = configs.u1r2.denoiseSeedSeconds / SEED_STEPS - baselineStepSeconds / 2 - RING_SECONDS_PER_TOKEN_STEP * SEED_TOKENS

function stepSeconds (config: Config, tokens: number): number {
  const r = tokens / SEED_TOKENS
  const compute = (linearSeedSeconds * r + attentionSeedSeconds * r * r) / config.spDegree
  return config.spDegree === 1 ? compute : compute + ringFixedSeconds + RING_SECONDS_PER_TOKEN_STEP * tokens
}

/** Service seconds of one request of `outputs` videos of `tokens` each, `steps` steps, on the configuration. */
export function wanServiceSeconds (config: 'u1r1' | 'u1r2', { tokens, steps, outputs }: { tokens: number, steps: number, outputs: number }): number {
  const c = configs[config]
  return c.fixedSeconds + outputs * (c.decodeSeedSeconds * tokens / SEED_TOKENS + steps * stepSeconds(c, tokens))
}

/** The model must give back the seed page's totals at the seed's request; a study on other figures would be of another model. */
export function checkCalibration (): void {
  const seed = { tokens: SEED_TOKENS, steps: SEED_STEPS, outputs: 1 }
  for (const [config, total] of [['u1r1', 90.63], ['u1r2', 63.74]] as const) {
    const seconds = wanServiceSeconds(config, seed)
    if (Math.abs(seconds - total) > 1e-9) throw new Error(`the service-time model gives ${seconds} s for the seed on ${config}, not the seed page's ${total} s`)
  }
}

/**
 * The same shapes' totals by the simulator's performance model (docs/performance-model.md), for a
 * second reading of the study: `predictStages(parseParallelName(config), shape).totalSeconds` of
 * src/simulator/perf-model.ts at main 6532411, copied as data (the study must not move when the
 * simulator is tuned). That model's ring cost is bandwidth only, partly hidden behind attention, and
 * it keeps the seed page's faster text encoding on u1r2: u1r2's Denoising drops below 1x only under
 * about a thousand tokens and its end-to-end speedup never does (1.21x at 2,730 tokens). The model
 * above charges a fixed ring cost per step as well, so its crossover is end to end, at ~7,300 tokens.
 */
export const simulatorModelSeconds: Record<string, { u1r1: number, u1r2: number }> = {
  't2v-832x480-25f-50s': { u1r1: 7.6711, u1r2: 6.3113 },
  't2v-832x480-49f-50s': { u1r1: 12.9436, u1r2: 10.7038 },
  't2v-1280x704-49f-20s': { u1r1: 17.3978, u1r2: 12.7133 },
  't2v-1280x704-97f-50s': { u1r1: 67.5376, u1r2: 49.2187 },
  't2v-1280x704-121f-50s': { u1r1: 90.63, u1r2: 63.74 },
  't2v-1792x1024-289f-50s': { u1r1: 1118.9295, u1r2: 585.3805 }
}
