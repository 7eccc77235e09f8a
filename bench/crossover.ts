// Where ring SP pays, measured end to end: a sweep paired run (POST /v1/compare/runs with
// `workloads`) through the real gateway against the two simulators, then each workload's
// measured Denoising and Total speedup of u1r2 over u1r1 with its 95% interval, the crossover
// the gateway estimates from them, and the same estimator over the performance model's own
// predictions (bench:model) for comparison: the measurement should find the model's crossover.
//   node bench/crossover.ts [--pairs 5] [--time-scale 0.02] [--jitter 0.02] [--out bench/results]
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { request } from 'undici'
import { crossoverOf } from '../src/compare/scaling.ts'
import { parseParallelName, predictStages } from '../src/simulator/index.ts'
import type { Crossover, Scaling } from '../src/schemas/compare.ts'
import type { RunView } from '../src/schemas/runs.ts'
import { freePorts } from './lib/ports.ts'
import { core, createProcessSet } from './lib/processes.ts'
import { benchApiKey, startGateway } from './lib/servers.ts'
import { startSimulatedBackends } from './lib/simulators.ts'

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '5' },
    'time-scale': { type: 'string', default: '0.02' },
    jitter: { type: 'string', default: '0.02' },
    out: { type: 'string', default: join(import.meta.dirname, 'results') }
  }
})
const pairs = Number(values.pairs)
const timeScale = Number(values['time-scale'])

// From well below to well above the model's crossover, each a size SGLang accepts for Wan2.2-5B
const ladder: Array<[number, number, number]> = [
  [480, 272, 17], [640, 352, 25], [832, 480, 49], [1280, 704, 97], [1280, 704, 121], [1280, 704, 241]
]

const processes = createProcessSet()
const backends = await startSimulatedBackends({ timeScale, jitter: Number(values.jitter) })
const [port] = await freePorts(1)
const env = { RINGSIDE_API_KEYS: `bench:admin:${benchApiKey}`, RINGSIDE_COMPARE_PAIR: 'u1r1,u1r2' }
processes.track(await startGateway(core(0), port as number, backends.configs, env))
const headers = { authorization: `Bearer ${benchApiKey}`, 'content-type': 'application/json' }
const base = `http://127.0.0.1:${port}`

async function json<T> (path: string, body?: unknown): Promise<T> {
  const res = await request(`${base}${path}`, { method: body ? 'POST' : 'GET', headers, body: body ? JSON.stringify(body) : undefined })
  const text = await res.body.text()
  if (res.statusCode >= 300) throw new Error(`${path} answered ${res.statusCode}: ${text}`)
  return JSON.parse(text) as T
}

let run: RunView
try {
  const workloads = ladder.map(([width, height, frames]) => ({ size: `${width}x${height}`, num_frames: frames }))
  run = await json<RunView>('/v1/compare/runs', { template: { prompt: 'a red fox running through snow', seed: 1 }, workloads, pairs, warmup: 1, parity: false })
  let shown = -1
  while (run.status === 'running') {
    await sleep(500)
    run = await json<RunView>(`/v1/compare/runs/${run.id}`)
    if (run.progress.pairs_done !== shown) process.stderr.write(`${shown = run.progress.pairs_done}/${run.progress.pairs_total} pairs\n`)
  }
} finally {
  await processes.stopAll()
  await backends.close()
}
if (run.status !== 'completed' || !run.scaling) throw new Error(`run ${run.id} ${run.status}: ${run.error}`)
const scaling: Scaling = run.scaling

// The model's own speedups at each shape, the estimator over them: the crossover to expect
const predicted = ladder.map(([width, height, numFrames]) => {
  const shape = { width, height, numFrames, numInferenceSteps: 50, numOutputs: 1 }
  const [b, c] = [predictStages(parseParallelName('u1r1')!, shape), predictStages(parseParallelName('u1r2')!, shape)]
  const denoise = (p: typeof b) => p.stages.find((stage) => stage.name === 'DenoisingStage')!.seconds
  return { tokens: c.tokens, denoising: denoise(b) / denoise(c), total: b.totalSeconds / c.totalSeconds }
})
const expected = {
  denoising: crossoverOf(predicted.map((p) => ({ tokens: p.tokens, speedup: p.denoising }))),
  total: crossoverOf(predicted.map((p) => ({ tokens: p.tokens, speedup: p.total })))
}

const x = (v: number | null | undefined) => v == null ? '—' : `${v.toFixed(2)}x`
const ci = (p: Scaling['points'][number]['denoising']) => p.ci95 ? `${x(p.ci95.low)}–${x(p.ci95.high)}` : '—'
const at = (c: Crossover) => c.tokens === null ? c.note : `${Math.round(c.tokens).toLocaleString('en-US')} tokens`
const rows = scaling.points.map((p) => {
  const model = predicted.find((m) => m.tokens === p.tokens)
  return `| ${p.workload} | ${p.tokens?.toLocaleString('en-US')} | ${x(p.denoising.speedup)} (${ci(p.denoising)}) | ${x(model?.denoising)} | ` +
    `${x(p.total.speedup)} (${ci(p.total)}) | ${x(model?.total)} | ${p.denoising.n.candidate}/${p.denoising.n.baseline} |`
})
const report = [
  '# Where ring SP pays: u1r2 over u1r1 by work size, measured through the gateway',
  '',
  `\`node bench/crossover.ts --pairs ${pairs} --time-scale ${timeScale} --jitter ${values.jitter}\`: a sweep paired run of ${ladder.length} workloads,`,
  `${pairs} pairs each after 1 warmup, the simulators' jitter on; measured speedups with their 95% intervals beside the performance model's.`,
  '',
  '| Workload | Tokens | Denoising measured (95% CI) | model | Total measured (95% CI) | model | n |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `- Denoising crossover: measured ${at(scaling.crossover.denoising)}; from the model's speedups ${at(expected.denoising)}.`,
  `- Total crossover: measured ${at(scaling.crossover.total)}; from the model's speedups ${at(expected.total)}.`,
  ''
].join('\n')

await mkdir(values.out, { recursive: true })
await writeFile(join(values.out, 'crossover.md'), report)
process.stdout.write(report)
