// What the simulator's performance model predicts (src/simulator/perf-model.ts): for a ladder of
// shapes, every configuration's Denoising and end-to-end speedup over u1r1 and its peak GPU
// memory. Deterministic (no jitter): a table of the model, not a measurement of a GPU; it lives
// here so docs/performance-model.md can quote it with the command that made it.
//   node bench/perf-model.ts [--configs u1r2,u2r1,...] [--out bench/results]
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { parseParallelName, predictStages } from '../src/simulator/index.ts'
import type { GenerationShape, StagePrediction } from '../src/simulator/index.ts'

const SHAPES: Array<[number, number, number]> = [[1280, 704, 241], [1280, 704, 121], [1280, 704, 97], [832, 480, 81], [480, 272, 17]]

const { values } = parseArgs({
  options: {
    configs: { type: 'string', default: 'u1r2,u2r1,kvg2,u1r4,u2r2,u4r1,u1r1c2' },
    out: { type: 'string', default: join(import.meta.dirname, 'results') }
  }
})

const names = values.configs.split(',').map((name) => name.trim())
const denoising = (p: StagePrediction) => p.stages.find((stage) => stage.name === 'DenoisingStage')?.seconds ?? NaN

function row ([width, height, numFrames]: [number, number, number]): string {
  const shape: GenerationShape = { width, height, numFrames, numInferenceSteps: 50, numOutputs: 1 }
  const base = predictStages(parseParallelName('u1r1')!, shape)
  const cells = names.map((name) => {
    const config = parseParallelName(name)
    if (config === undefined) throw new Error(`--configs: '${name}' is not a configuration (u<U>r<R> or kvg<G>, optionally c2)`)
    const p = predictStages(config, shape)
    const speedups = `${(denoising(base) / denoising(p)).toFixed(2)}x / ${(base.totalSeconds / p.totalSeconds).toFixed(2)}x`
    return `${speedups} / ${(p.memory.peakReservedMb / 1024).toFixed(1)}`
  })
  const baseline = `${base.totalSeconds.toFixed(1)} s, ${(base.memory.peakReservedMb / 1024).toFixed(1)} GiB`
  return `| ${width}x${height}, ${numFrames} f | ${base.tokens} | ${baseline} | ${cells.join(' | ')} |`
}

const report = [
  '# Performance model: predicted speedups over u1r1',
  '',
  `\`node bench/perf-model.ts --configs ${names.join(',')}\`. Each cell: Denoising speedup / end-to-end speedup / peak reserved GiB`,
  'of one GPU, 50 steps, one output, no jitter.',
  '',
  `| Shape | Tokens | u1r1 Total, peak | ${names.join(' | ')} |`,
  `|---|---:|---:|${names.map(() => '---:').join('|')}|`,
  ...SHAPES.map(row),
  ''
].join('\n')

await mkdir(values.out, { recursive: true })
await writeFile(join(values.out, 'perf-model.md'), report)
process.stdout.write(report)
