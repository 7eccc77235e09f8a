import { test } from 'tap'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, eventually, ready, startTestBackend, type TestBackend } from '../helper.ts'
import { createProgress, formatDuration, progressBar } from '../../src/cli/progress.ts'
import type { RunView } from '../../src/schemas/runs.ts'
import { defaultPrompt, parseCompareArgs, UsageError } from '../../src/cli/compare-args.ts'

const bin = fileURLToPath(new URL('../../bin/ringside.js', import.meta.url))
const stageHeader = '| Stage / Metric | u1r2 (s) | u1r1 baseline (s) | Speedup |'
const memoryHeader = '| Memory Metric | u1r2 (GiB) | u1r1 baseline (GiB) | Delta |'

interface Teardown { teardown (fn: () => unknown): void }

interface Outcome { code: number | null, stdout: string, stderr: string }

/** Runs the binary with pipes (not a TTY) and collects what it printed. */
function ringside (t: Teardown, args: string[]): { child: ChildProcess, output: Outcome, exited: Promise<Outcome> } {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') })
  const output: Outcome = { code: null, stdout: '', stderr: '' }
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { output.stdout += chunk })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { output.stderr += chunk })
  const exited = once(child, 'close').then(([code]) => Object.assign(output, { code: code as number | null }))
  return { child, output, exited }
}

const run = (t: Teardown, args: string[]) => ringside(t, args).exited

async function tempDir (t: Teardown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-cli-compare-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

const simulatorOptions = { timeScale: 0.002, render: 'synthetic' } as const

/** The real app on two simulators, listening on a port like a deployed gateway. */
async function liveGateway (t: Teardown) {
  const u1r2 = await startTestBackend(t, 'u1r2', simulatorOptions)
  const u1r1 = await startTestBackend(t, 'u1r1', simulatorOptions)
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return { url, u1r2, u1r1 }
}

test('a paired run on a live gateway prints both seed tables, plain progress lines on stderr, and --out gets the same report', async (t) => {
  const { url } = await liveGateway(t)
  const out = join(await tempDir(t), 'report.md')
  const { code, stdout, stderr } = await run(t, ['compare', '--gateway', url, '--pairs', '3', '--warmup', '0', '--no-parity', '--out', out])
  t.equal(code, 0, stderr)
  t.match(stdout, stageHeader)
  t.match(stdout, memoryHeader)
  t.match(stdout, /^\| Denoising \| [\d.]+ \| [\d.]+ \| [\d.]+x \|/m)
  t.match(stdout, /^\| Total \| .* \| 3\/3 \|$/m, 'three pairs measured')
  t.match(stdout, /Not measured: disabled for this run/, '--no-parity reached the gateway')
  t.equal(await readFile(out, 'utf8'), stdout, '--out holds what stdout printed')

  t.match(stderr, /^ringside compare: run run_\S+ on http:\/\/127\.0\.0\.1:\d+\/: 3 pairs of u1r2 vs u1r1 baseline after 0 warmup$/m)
  t.match(stderr, /^ringside compare: follow it in a browser at http:\/\/127\.0\.0\.1:\d+\/compare\/runs\/run_\S+$/m)
  t.match(stderr, /^run run_\S+ completed: pairs 3\/3$/m, 'a line when the run completed')
  t.notOk(stderr.includes('\r') || stderr.includes('\x1b'), 'no bar redraws when stderr is not a terminal')
  const lines = stderr.split('\n').filter((line) => line.startsWith('run '))
  t.same(lines, [...new Set(lines)], 'a line only when progress changed')
  t.notMatch(stdout, /ringside compare:/, 'stdout is the report alone')
})

test('a bad option exits 2 with a message naming it', async (t) => {
  const cases = [
    [['compare', '--gateway', 'http://127.0.0.1:1', '--pairs', 'zero'], /^ringside compare: --pairs must be an integer from 1 to 1000, got 'zero'$/m],
    [['compare', '--gateway', 'http://127.0.0.1:1', '--bogus'], /^ringside compare: Unknown option '--bogus'$/m]
  ] as const
  const outcomes = await Promise.all(cases.map(([args]) => run(t, [...args])))
  cases.forEach(([args, named], i) => {
    const { code, stdout, stderr } = outcomes[i]!
    t.equal(code, 2, args.join(' '))
    t.match(stderr, named)
    t.equal(stdout, '')
  })
})

test('argument checks name the option at fault', async (t) => {
  for (const [args, named] of [
    [['--gateway', 'http://gw', '--warmup', '101'], /^--warmup must be an integer from 0 to 100, got '101'$/],
    [['--gateway', 'http://gw', '--seed', '1.5'], /^--seed must be an integer/],
    [['--gateway', 'http://gw', '--steps', '0'], /^--steps must be an integer from 1 to 1000/],
    [['--gateway', 'localhost:3000'], /^--gateway must be an http\(s\) URL/],
    [['--gateway', 'http://gw', '--size', 'big'], /^--size must be WIDTHxHEIGHT/],
    [['--gateway', 'http://gw', '--candidate', 'U1R2'], /^--candidate must be a backend name/],
    [['--gateway', 'http://gw', '--baseline', 'u1r2', '--candidate', 'u1r2'], /^--baseline and --candidate must differ/],
    [['--gateway', 'http://gw', '--baseline-gpus', '2'], /^--baseline-gpus applies only with --from-perf-logs/],
    [['--gateway', 'http://gw', 'extra'], /^unexpected argument 'extra'/],
    [['--from-perf-logs', 'a.log', 'b.log', '--no-parity'], /^--no-parity applies only with --gateway/],
    [['--from-perf-logs', 'a.log', 'b.log', '--candidate-gpus', 'two'], /^--candidate-gpus must be an integer/],
    [['--from-perf-logs', 'only-one.log'], /^--from-perf-logs needs two files/],
    [['--from-perf-logs', 'a.log', '--gateway', 'http://gw'], /^--gateway and --from-perf-logs cannot be used together/],
    [[], /^needs --gateway URL/],
    [['--gateway', 'http://gw', '--workload', 't2v-1280x704'], /^--workload must be a workload key such as t2v-1280x704-121f-50s, got 't2v-1280x704'$/],
    [['--gateway', 'http://gw', '--workload', 'i2v-1280x704-97f-50s'], /^--workload i2v-1280x704-97f-50s: only text-to-video/],
    [['--gateway', 'http://gw', '--workload', 'other'], /^--workload must be a workload key/],
    [['--gateway', 'http://gw', ...Array.from({ length: 17 }, () => ['--workload', 't2v-640x352-25f-50s']).flat()], /^--workload can be given at most 16 times, got 17$/],
    [['--from-perf-logs', 'a.log', 'b.log', '--workload', 't2v-640x352-25f-50s'], /^--workload applies only with --gateway/]
  ] as const) {
    const err = (() => { try { parseCompareArgs([...args]) } catch (err) { return err } })()
    t.ok(err instanceof UsageError, `${args.join(' ')}: a UsageError, so exit 2`)
    t.match((err as Error).message, named)
  }
  const parsed = parseCompareArgs(['--gateway', 'http://gw/prefix', '--pairs', '3', '--size', '832x480', '--steps', '20', '--seed', '7', '--no-parity'])
  t.same(parsed, {
    mode: 'gateway',
    gateway: new URL('http://gw/prefix/'),
    run: { template: { prompt: defaultPrompt, size: '832x480', num_inference_steps: 20, seed: 7 }, pairs: 3, warmup: 1, concurrency: 1, parity: false },
    out: undefined
  }, 'defaults from the run schema, the pair left to the gateway; a gateway under a prefix keeps it')
  const swept = parseCompareArgs(['--gateway', 'http://gw', '--workload', 't2v-640x352-25f-50s', '--workload', 't2v-1792x1024-289f-40s-x2'])
  t.same(swept.mode === 'gateway' && swept.run.workloads, [
    { size: '640x352', num_frames: 25, num_inference_steps: 50 },
    { size: '1792x1024', num_frames: 289, num_inference_steps: 40, num_outputs_per_prompt: 2 }
  ], 'each key is the shape fields a sweep entry takes')
})

test('--workload sweeps: one report per workload, the By workload table and the crossover', async (t) => {
  const { url } = await liveGateway(t)
  const args = ['compare', '--gateway', url, '--pairs', '1', '--warmup', '0', '--no-parity', '--workload', 't2v-640x352-25f-50s', '--workload', 't2v-1280x704-49f-50s']
  const { code, stdout, stderr } = await run(t, args)
  t.equal(code, 0, stderr)
  t.match(stderr, /: 1 pair for each of 2 workloads of u1r2 vs u1r1 baseline after 0 warmup$/m)
  t.match(stdout, '## By workload')
  t.match(stdout, /^\| t2v-640x352-25f-50s \| — \| 1,540 \| 1\/1 \|/m, '7 x 11 x 20 tokens')
  t.match(stdout, /^\| \*\*t2v-1280x704-49f-50s\*\* \| — \| 11,440 \| 1\/1 \|/m, '13 x 22 x 40 tokens')
  t.match(stdout, /: workload t2v-1280x704-49f-50s$|: workload t2v-640x352-25f-50s$/m, 'the other workload\'s own report follows')
  t.match(stdout, /^- Denoising: /m)
})

test('an unreachable gateway exits 1 with a message naming its URL', async (t) => {
  const server = createServer()
  await once(server.listen(0, '127.0.0.1'), 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')

  const { code, stdout, stderr } = await run(t, ['compare', '--gateway', `http://127.0.0.1:${port}`, '--pairs', '1'])
  t.equal(code, 1)
  t.match(stderr, `ringside compare: cannot reach the gateway at http://127.0.0.1:${port}/v1/compare/runs: connect ECONNREFUSED`)
  t.equal(stdout, '')
})

test('a gateway that answers an error exits 1 with the URL and the gateway\'s message', async (t) => {
  const { url } = await liveGateway(t)
  const { code, stderr } = await run(t, ['compare', '--gateway', url, '--candidate', 'u9r9', '--pairs', '1'])
  t.equal(code, 1)
  t.match(stderr, `the gateway at ${url}/v1/compare/runs answered 400: candidate: unknown backend "u9r9" (known: u1r2, u1r1)`)
})

test('a run that fails exits 1 with the reason', async (t) => {
  const { url, u1r2 } = await liveGateway(t)
  u1r2.simulator.setFaults({ failJobs: 'CUDA out of memory (simulated)' })
  const { code, stdout, stderr } = await run(t, ['compare', '--gateway', url, '--pairs', '2', '--warmup', '0', '--no-parity'])
  t.equal(code, 1)
  t.match(stderr, /run run_\S+ failed after \d of 2 pairs: pair 0: u1r2 job failed: .*CUDA out of memory \(simulated\)/)
  t.match(stderr, 'no pair was measured, so there is no report')
  t.equal(stdout, '')
})

test('Ctrl-C cancels the run and prints the report of the pairs measured', async (t) => {
  const { url } = await liveGateway(t)
  const { child, output, exited } = ringside(t, ['compare', '--gateway', url, '--pairs', '200', '--warmup', '0', '--no-parity'])
  await eventually(() => /pairs [1-9]\d*\/200/.test(output.stderr), { timeoutMs: 20_000, intervalMs: 20 })
  child.kill('SIGINT')
  const { code, stdout, stderr } = await exited
  t.equal(code, 130, stderr)
  t.match(stderr, /cancelling run run_\S+: no new pairs/)
  const cancelled = /run run_\S+ cancelled after (\d+) of 200 pairs; the report covers those/.exec(stderr)
  t.ok(cancelled, 'says how far the run got')
  t.ok(Number(cancelled?.[1]) < 200, 'stopped early')
  t.match(stdout, stageHeader)
  t.match(stdout, new RegExp(`^\\| Total \\| .* \\| ${cancelled?.[1]}/${cancelled?.[1]} \\|$`, 'm'), 'the report covers the pairs measured')
})

/** Sends requests straight to a simulator, as a client of SGLang would, and waits for them. */
async function generate (backend: TestBackend, bodies: Array<Record<string, unknown>>): Promise<void> {
  const { url } = backend.simulator
  const ids: string[] = []
  for (const body of bodies) {
    const res = await fetch(`${url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    ids.push((await res.json()).id)
  }
  for (const id of ids) {
    await eventually(async () => (await (await fetch(`${url}/v1/videos/${id}`)).json()).status === 'completed', { timeoutMs: 20_000, intervalMs: 20 })
  }
}

test('--from-perf-logs builds the report from two simulators\' performance.log files', async (t) => {
  const u1r1 = await startTestBackend(t, 'u1r1', simulatorOptions)
  const u1r2 = await startTestBackend(t, 'u1r2', simulatorOptions)
  // the seed's request, 121 frames: where the simulator reproduces the page's 1.36x
  const requests = [1, 2, 3, 4].map((seed) => ({ prompt: 'a lantern on a lake', seed, num_frames: 121 }))
  // n = 2: Wan logs one record under the bare id, as SGLang does
  requests.push({ prompt: 'a lantern on a lake', seed: 5, num_frames: 121, n: 2 } as (typeof requests)[number])
  await Promise.all([generate(u1r1, requests), generate(u1r2, requests)])
  const baselineLog = join(u1r1.config.perf_log_dir!, 'performance.log')
  const candidateLog = join(u1r2.config.perf_log_dir!, 'performance.log')
  await appendFile(baselineLog, '{"request_id": "cut-short", "stages": [\n')
  // A model that expands its outputs logs `<id>:0` (spec: entrypoints/utils.py:326-366); a
  // second output's record stands for the same run and is skipped
  for (const log of [baselineLog, candidateLog]) {
    const [first = '{}'] = (await readFile(log, 'utf8')).split('\n')
    await appendFile(log, JSON.stringify({ ...JSON.parse(first), request_id: 'expanded-run:1' }) + '\n')
  }
  const out = join(await tempDir(t), 'offline.md')

  const { code, stdout, stderr } = await run(t, ['compare', '--from-perf-logs', baselineLog, candidateLog, '--out', out])
  t.equal(code, 0, stderr)
  t.match(stdout, stageHeader)
  t.match(stdout, memoryHeader)
  t.match(stdout, /^# u1r2 vs u1r1 baseline, from SGLang performance\.log files$/m)
  t.match(stdout, 'sp=2, ulysses=1, ring=2 on 2 GPUs (**u1r2**)', 'parallel config from the name')
  t.match(stdout, 'sp=1, ulysses=1, ring=1 on 1 GPU (**u1r1**)')
  t.match(stdout, /Total here is the server's `total_duration_ms`.*excludes queue wait and mp4 encoding/)
  t.notMatch(stdout, 'Total is submit to completed')
  const denoising = /^\| Denoising \| [\d.]+ \| [\d.]+ \| ([\d.]+)x \|.* \| 5\/5 \|$/m.exec(stdout)
  t.ok(denoising, 'a Denoising row over five requests a side')
  t.ok(Math.abs(Number(denoising?.[1]) - 1.36) <= 0.03, `Denoising speedup ${denoising?.[1]}x is the seed's 1.36x`)
  t.match(stdout, /^\| GPU-seconds per video \| \d+\.\d\d \| \d+\.\d\d \|$/m, 'cost uses the server total as service time')
  t.match(stderr, `${baselineLog}: ignored 1 line that did not parse as performance records; skipped 1 record of extra outputs`)
  t.match(stderr, `${candidateLog}: skipped 1 record of extra outputs`)
  t.equal(await readFile(out, 'utf8'), stdout)

  const named = await run(t, ['compare', '--from-perf-logs', baselineLog, candidateLog, '--baseline-name', 'one-gpu', '--candidate-name', 'u2r1', '--candidate-gpus', '4'])
  t.equal(named.code, 0, named.stderr)
  t.match(named.stdout, 'sp=2, ulysses=2, ring=1 on 4 GPUs (**u2r1**)', '--candidate-gpus overrides the count from the name')
  t.match(named.stdout, 'sp=1, ulysses=1, ring=1 on 1 GPU (**one-gpu**)', 'a name that says nothing is one GPU')
})

test('--from-perf-logs with a log that is missing or holds no record exits 1 naming the file', async (t) => {
  const dir = await tempDir(t)
  const empty = join(dir, 'empty.log')
  await appendFile(empty, 'not json\n')
  const noRecord = await run(t, ['compare', '--from-perf-logs', empty, empty])
  t.equal(noRecord.code, 1)
  t.match(noRecord.stderr, `ringside compare: ${empty} holds no performance record (1 line did not parse)`)
  const missing = await run(t, ['compare', '--from-perf-logs', empty, join(dir, 'missing.log')])
  t.equal(missing.code, 1)
  t.match(missing.stderr, `ringside compare: cannot read ${join(dir, 'missing.log')}: ENOENT`)
})

function runAt (pairsDone: number, status = 'running'): RunView {
  return {
    id: 'run_1',
    status,
    baseline: 'u1r1',
    candidate: 'u1r2',
    progress: {
      pairs_done: pairsDone, pairs_total: 4, warmup_done: 1, warmup_total: 1, elapsed_seconds: 30 + pairsDone, eta_seconds: pairsDone === 0 ? null : 75
    }
  } as RunView
}

test('on a terminal the progress is one bar redrawn in place, never wider than the terminal', async (t) => {
  const writes: string[] = []
  const progress = createProgress({ isTTY: true, columns: 60, write: (chunk: string) => writes.push(chunk) })
  progress.update(runAt(0))
  progress.update(runAt(2))
  progress.update(runAt(2))
  progress.end()
  t.equal(writes.length, 4, 'every poll redraws; end moves to a new line')
  t.ok(writes.slice(0, 3).every((line) => line.startsWith('\r\x1b[2K') && !line.includes('\n')))
  t.ok(writes.slice(0, 3).every((line) => line.length - '\r\x1b[2K'.length < 60), 'fits 60 columns: a wrapped line would not redraw')
  t.equal(progressBar(runAt(2), 80), 'u1r2 vs u1r1 ██████████████░░░░░░░░░░ 2/4 pairs  32s elapsed, ETA 1:15', 'warmup pairs count towards the bar')
  t.equal(writes[3], '\n')
})

test('without a terminal the progress is a plain line each time something was measured', async (t) => {
  const writes: string[] = []
  const progress = createProgress({ write: (chunk: string) => writes.push(chunk) })
  for (const run of [runAt(0), runAt(0), runAt(1), runAt(1), runAt(4, 'completed')]) progress.update(run)
  progress.end()
  t.same(writes, [
    'run run_1 running: pairs 0/4, warmup 1/1, ETA –\n',
    'run run_1 running: pairs 1/4, warmup 1/1, ETA 1:15\n',
    'run run_1 completed: pairs 4/4, warmup 1/1\n'
  ])
  t.same([formatDuration(null), formatDuration(42.4), formatDuration(75), formatDuration(3725)], ['–', '42s', '1:15', '1:02:05'])
})
