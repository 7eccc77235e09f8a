// The performance model: the seed page at the seed's request, and what it must predict away from
// it. Expected values are the page's figures or arithmetic written out here from the model's
// published sizes (docs/performance-model.md), never the module's own functions.
import { test } from 'tap'
import { decodesSharded, predictStages, sequenceLength } from '../../src/simulator/perf-model.ts'
import type { GenerationShape, ParallelConfig, StagePrediction } from '../../src/simulator/perf-model.ts'
import { parseParallelName } from '../../src/simulator/parallel.ts'
import { build, postJson, seedPage, settled } from './helper.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const GIB = 1024 ** 3
const shape = (width: number, height: number, numFrames: number, numInferenceSteps = 50): GenerationShape =>
  ({ width, height, numFrames, numInferenceSteps, numOutputs: 1 })
const seedShape = shape(1280, 704, 121)
const small = shape(480, 272, 17)
const config = (name: string): ParallelConfig => parseParallelName(name)!
const seconds = (p: StagePrediction, stage: string) => p.stages.find((s) => s.name === stage)!.seconds
const speedup = (stage: string, s: GenerationShape, candidate = 'u1r2', baseline = 'u1r1') =>
  seconds(predictStages(config(baseline), s), stage) / seconds(predictStages(config(candidate), s), stage)

// Per forward (one CFG branch) of the DiT, by hand: d 3072, ffn 14336, 512 text tokens, 30 layers
const d = 3072
const linearFlopsPerToken = 30 * (12 * d * d + 4 * d * 14336 + 4 * 512 * d) // 8,870,952,960
const textKvFlops = 30 * 4 * 512 * d * d // 579,820,584,960, on every rank
const attentionFlops = (n: number) => 30 * 4 * n * n * d
const flops = (n: number, sp: number) => textKvFlops + (linearFlopsPerToken * n + attentionFlops(n)) / sp
// u1r1's Denoising is 100 forwards (50 steps x 2 CFG passes) of the seed's 27,280 tokens
const seedForwardSeconds = 71.6785 / 100
const computeSeconds = (n: number, sp: number) => seedForwardSeconds * flops(n, sp) / flops(27_280, 1)
const linkBytesPerSecond = 25e9

test('the sequence length is latent frames x (H/32) x (W/32)', async (t) => {
  t.equal(sequenceLength(seedShape), 31 * 22 * 40, 'the seed: 121 frames -> 31 latent, 704/32 = 22, 1280/32 = 40: 27,280')
  t.equal(sequenceLength(shape(1280, 704, 97)), 25 * 22 * 40, 'the HTTP default of 97 frames: 22,000')
  t.equal(sequenceLength(small), 5 * 8 * 15, '480x272x17: 272/32 = 8.5 patchifies to 8: 600')
  t.equal(sequenceLength(shape(832, 480, 81)), 21 * 15 * 26)
})

test('the seed request reproduces the seed page: stages, Total, speedups and the memory table', async (t) => {
  const ring = predictStages(config('u1r2'), seedShape)
  const base = predictStages(config('u1r1'), seedShape)
  for (const [name, p] of [['u1r2', ring], ['u1r1', base]] as const) {
    for (const [stage, expected] of Object.entries(seedPage[name].stageSeconds)) {
      t.ok(Math.abs(seconds(p, stage) - expected) < 1e-9, `${name} ${stage} ${seconds(p, stage)} is the page's ${expected}`)
    }
    t.ok(Math.abs(p.totalSeconds - seedPage[name].totalSeconds) < 1e-9, `${name} Total`)
    t.equal(p.denoiseStepSeconds * 50, seconds(p, 'DenoisingStage'), 'the stage is 50 steps')
  }
  // The page's printed speedups: 71.6785 / 52.6358 = 1.3618, 13.4314 / 7.6708 = 1.7510, 90.63 / 63.74 = 1.4219
  t.equal(speedup('DenoisingStage', seedShape).toFixed(2), '1.36')
  t.equal(speedup('DecodingStage', seedShape).toFixed(2), '1.75')
  t.equal((base.totalSeconds / ring.totalSeconds).toFixed(2), '1.42')
  // Memory table (GiB): peak reserved 20.07 / 27.40, peak allocated 13.35 / 20.40
  t.ok(Math.abs(ring.memory.peakReservedMb / 1024 - 20.07) < 1e-9)
  t.ok(Math.abs(base.memory.peakReservedMb / 1024 - 27.40) < 1e-9)
  t.ok(Math.abs(ring.memory.peakAllocatedMb / 1024 - 13.35) < 1e-9)
  t.ok(Math.abs(base.memory.peakAllocatedMb / 1024 - 20.40) < 1e-9)
  t.ok(ring.memory.residentAllocatedMb < ring.memory.peakAllocatedMb && ring.memory.residentReservedMb < ring.memory.peakReservedMb, 'weights below the peaks')
})

test('ring SP\'s denoise speedup falls with the work and is below 1x for a 480x272 x 17-frame video', async (t) => {
  // By hand at N = 600: u1r1 computes flops(600, 1); u1r2 half the token work plus one hop a layer
  // of its local K and V, 2 x 300 tokens x 3072 x 2 bytes = 3,686,400 B at 25 GB/s = 0.147 ms,
  // 4.42 ms a forward, against 4.59 ms of compute; the attention it could hide behind is ~1.5 us
  // a layer, so at most 30 x 1.5 us is hidden: the speedup is 0.929..0.931
  const base = computeSeconds(600, 1)
  const ringCompute = computeSeconds(600, 2)
  const hop = 30 * 2 * 300 * d * 2 / linkBytesPerSecond
  const hideable = 30 * seedForwardSeconds * (4 * 600 * 600 * d) / flops(27_280, 1) / 4
  const low = base / (ringCompute + hop)
  const high = base / (ringCompute + hop - hideable)
  const measured = speedup('DenoisingStage', small)
  t.ok(measured >= low - 1e-9 && measured <= high + 1e-9, `speedup ${measured} in [${low}, ${high}]`)
  t.ok(measured < 1, 'slower on two GPUs than on one')

  const ladder = [shape(1280, 704, 241), seedShape, shape(1280, 704, 97), shape(832, 480, 81), small]
  const speedups = ladder.map((s) => speedup('DenoisingStage', s))
  for (let i = 1; i < speedups.length; i++) t.ok(speedups[i]! < speedups[i - 1]!, `shorter or smaller, slower: ${speedups.map((x) => x.toFixed(3)).join(' > ')}`)
  t.ok(speedups[0]! > 1.5, 'twice the seed\'s frames gains more than the seed')
})

test('Ulysses and kv-gather at degree 2 move the same bytes and hide none; ring hides part', async (t) => {
  // Ulysses: 4 all-to-alls of 1/2 of 13,640 tokens x 3072 x 2 B; kv-gather: one K/V block of
  // 2 x 13,640 x 3072 x 2 B: both 167,608,320 B a layer, 6.704 ms at 25 GB/s, 0.2011 s a forward
  const exposed = 30 * 167_608_320 / linkBytesPerSecond
  const forward = computeSeconds(27_280, 2) + exposed
  for (const name of ['u2r1', 'kvg2']) {
    const p = predictStages(config(name), seedShape)
    t.ok(Math.abs(seconds(p, 'DenoisingStage') - 100 * forward) < 1e-6, `${name} denoises in ${100 * forward} s`)
  }
  t.equal((71.6785 / (100 * forward)).toFixed(3), '1.280', 'by hand 71.6785 / 55.99: 1.28x, below ring\'s 1.36x')
})

test('CFG parallel runs the two branches at once and exchanges one latent a step', async (t) => {
  // 27,280 tokens x 2 x 2 patch x 48 latent channels x 2 B = 10,475,520 B a step at 25 GB/s
  const p = predictStages(config('u1r1c2'), seedShape)
  t.equal(p.stages.length, 6)
  t.ok(Math.abs(seconds(p, 'DenoisingStage') - (71.6785 / 2 + 50 * 10_475_520 / linkBytesPerSecond)) < 1e-9)
})

test('decoding is split only where SGLang shards it: 4096 latent elements a rank at least', async (t) => {
  // 480x272x17: 5 latent frames x 17 x 30 = 2,550 latent elements, 1,275 a rank: decoded whole
  t.notOk(decodesSharded(small, 2))
  t.equal(speedup('DecodingStage', small), 1)
  // 1280x704x17: 5 x 44 x 80 = 17,600, 8,800 a rank: split, the seed's 1.75x
  t.ok(decodesSharded(shape(1280, 704, 17), 2))
  t.equal(speedup('DecodingStage', shape(1280, 704, 17)).toFixed(2), '1.75')
  // decoding is linear in frames x pixels: 241 frames take (241 / 121) x the seed's 13.4314 s on one GPU
  t.ok(Math.abs(seconds(predictStages(config('u1r1'), shape(1280, 704, 241)), 'DecodingStage') - 13.4314 * 241 / 121) < 1e-9)
})

test('memory: ring SP saves more the longer the video', async (t) => {
  const saving = (s: GenerationShape, key: 'peakReservedMb' | 'peakAllocatedMb') =>
    (predictStages(config('u1r1'), s).memory[key] - predictStages(config('u1r2'), s).memory[key]) / 1024
  t.ok(Math.abs(saving(seedShape, 'peakReservedMb') - 7.33) < 1e-9, 'the page\'s -7.33 GiB')
  t.ok(saving(small, 'peakReservedMb') < 7.33 && saving(shape(1280, 704, 241), 'peakReservedMb') > 7.33)
  // By hand, a token costs u1r1 2 B x (2 x 14336 + 8 x 3072) = 106,496 B of activations and u1r2
  // half of that plus its send and receive K/V blocks (2 x 2 x 3072 x 2 B / 2 ranks = 12,288 B):
  // the allocated saving grows 106,496 - 53,248 - 12,288 = 40,960 B a token, and 241 frames hold
  // 53,680 - 27,280 = 26,400 tokens more than the seed's request
  const growthGiB = 40_960 * 26_400 / GIB
  const measured = saving(shape(1280, 704, 241), 'peakAllocatedMb') - saving(seedShape, 'peakAllocatedMb')
  t.ok(Math.abs(measured - growthGiB) < 1e-9, `the saving grows ${measured} GiB, by hand ${growthGiB}`)
})

async function denoisingMs (perfLogDir: string): Promise<number> {
  const record = JSON.parse((await readFile(join(perfLogDir, 'performance.log'), 'utf8')).trim())
  return record.stages.find((s: { name: string }) => s.name === 'DenoisingStage').execution_time_ms
}

test('the simulator serves the model: a small video is slower on ring SP than on one GPU, by its performance.log', async (t) => {
  const ring = await build(t, { profile: 'u1r2' })
  const base = await build(t, { profile: 'u1r1' })
  for (const built of [ring, base]) {
    const created = await postJson(`${built.sim.url}/v1/videos`, { prompt: 'small', size: '480x272', num_frames: 17 })
    t.equal((await settled(built.sim, created.body.id)).status, 'completed')
  }
  const ratio = await denoisingMs(base.perfLogDir) / await denoisingMs(ring.perfLogDir)
  t.ok(ratio < 1 && ratio > 0.92, `u1r1 / u1r2 denoising ${ratio}`)
})
