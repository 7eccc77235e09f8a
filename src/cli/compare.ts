// `ringside compare`: the seed page's report from a paired run on a live gateway, or offline
// from two performance.log files. The report goes to stdout (and --out); everything else,
// progress included, to stderr, so `ringside compare ... > report.md` does what it says.
import { stat, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { buildReport } from '../compare/report.ts'
import type { Report } from '../schemas/compare.ts'
import { renderMarkdown } from '../compare/markdown.ts'
import type { RunView } from '../schemas/runs.ts'
import { compareUsage, parseCompareArgs, UsageError, type GatewayCompareArgs, type PerfLogCompareArgs, type PerfLogSideArgs } from './compare-args.ts'
import { createGatewayClient, GatewayError, type GatewayClient } from './gateway-client.ts'
import { parallelOf, PerfLogError, readPerfLog, skippedNote, type PerfLogSamples } from './perf-logs.ts'
import { createProgress, type Progress, type ProgressStream } from './progress.ts'

/** The report could not be written to --out: exit 1 with the message. */
export class OutputError extends Error {}

export interface CompareIo {
  stdout: { write (chunk: string): unknown }
  stderr: ProgressStream
  /** Calls `handler` on each Ctrl-C until the returned function is called. */
  onInterrupt (handler: () => void): () => void
  exit (code: number): void
  pollMs: number
}

export const exitCodes = { completed: 0, failed: 1, usage: 2, cancelled: 130 } as const
// Polls are idempotent GETs: a gateway that blinks should not cost a long run its report
const maxPollFailures = 5

function processIo (): CompareIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    onInterrupt (handler) {
      process.on('SIGINT', handler)
      return () => { process.off('SIGINT', handler) }
    },
    exit: (code) => process.exit(code),
    pollMs: 500
  }
}

const say = (io: CompareIo, message: string) => io.stderr.write(`ringside compare: ${message}\n`)

/** Runs the command and resolves with its exit status. */
export async function runCompare (argv: string[], io: CompareIo = processIo()): Promise<number> {
  try {
    const args = parseCompareArgs(argv)
    if (args.mode === 'help') {
      io.stdout.write(compareUsage)
      return exitCodes.completed
    }
    await checkOut(args.out)
    return args.mode === 'gateway' ? await compareOnGateway(args, io) : await compareFromPerfLogs(args, io)
  } catch (err) {
    if (err instanceof UsageError) {
      say(io, `${err.message}\n(see ringside compare --help)`)
      return exitCodes.usage
    }
    if (err instanceof GatewayError || err instanceof PerfLogError || err instanceof OutputError) {
      say(io, err.message)
      return exitCodes.failed
    }
    throw err
  }
}

// Found out before an hour of GPU time rather than after it
async function checkOut (out: string | undefined): Promise<void> {
  if (out === undefined) return
  const path = resolve(out)
  const existing = await stat(path).catch(() => undefined)
  if (existing?.isDirectory()) throw new UsageError(`--out names a directory: ${out}`)
  const parent = await stat(dirname(path)).catch(() => undefined)
  if (!parent?.isDirectory()) throw new UsageError(`--out: directory ${dirname(path)} does not exist`)
}

async function emit (markdown: string, out: string | undefined, io: CompareIo): Promise<void> {
  io.stdout.write(markdown)
  if (out === undefined) return
  try {
    await writeFile(out, markdown)
  } catch (err) {
    throw new OutputError(`cannot write the report to ${out}: ${(err as Error).message}`, { cause: err })
  }
}

// --- a paired run on a live gateway

function watchInterrupt (io: CompareIo) {
  let wake: (() => void) | null = null
  const state = { requested: false }
  const dispose = io.onInterrupt(function onInterrupt () {
    if (state.requested) {
      say(io, 'stopped waiting; the run stays cancelled on the gateway')
      io.exit(exitCodes.cancelled)
      return
    }
    state.requested = true
    wake?.()
  })
  return {
    state,
    dispose,
    /** Resolves after `ms`, or at once on Ctrl-C. */
    sleep (ms: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms)
        function done () {
          clearTimeout(timer)
          wake = null
          resolve()
        }
        wake = done
      })
    }
  }
}
type Interrupt = ReturnType<typeof watchInterrupt>

async function poll (client: GatewayClient, id: string, io: CompareIo, progress: Progress, interrupt: Interrupt): Promise<RunView> {
  for (let failures = 1; ; failures++) {
    try {
      return await client.get(id)
    } catch (err) {
      if (!(err instanceof GatewayError) || !err.retryable || failures >= maxPollFailures) throw err
      progress.note(`ringside compare: ${err.message}; trying again (${failures}/${maxPollFailures - 1})`)
      await interrupt.sleep(io.pollMs * 2 ** failures)
    }
  }
}

async function follow (client: GatewayClient, started: RunView, io: CompareIo, progress: Progress, interrupt: Interrupt): Promise<RunView> {
  let run = started
  let cancelling = false
  progress.update(run)
  while (run.status === 'running' || run.status === 'cancelling') {
    if (interrupt.state.requested && !cancelling) {
      cancelling = true
      progress.note(`ringside compare: cancelling run ${run.id}: no new pairs; the jobs already on a backend are awaited (Ctrl-C again to stop waiting)`)
      run = await client.cancel(run.id)
      continue
    }
    await interrupt.sleep(io.pollMs)
    run = await poll(client, run.id, io, progress, interrupt)
    progress.update(run)
  }
  return run
}

async function conclude (client: GatewayClient, run: RunView, args: GatewayCompareArgs, io: CompareIo): Promise<number> {
  if (run.report !== null) await emit(await client.markdown(run.id), args.out, io)
  else say(io, 'no pair was measured, so there is no report')
  const { pairs_done, pairs_total } = run.progress
  if (run.status === 'completed') return exitCodes.completed
  if (run.status === 'cancelled') {
    say(io, `run ${run.id} cancelled after ${pairs_done} of ${pairs_total} pairs${run.report === null ? '' : '; the report covers those'}`)
    return exitCodes.cancelled
  }
  say(io, `run ${run.id} failed after ${pairs_done} of ${pairs_total} pairs: ${run.error ?? 'no reason given'}`)
  return exitCodes.failed
}

async function compareOnGateway (args: GatewayCompareArgs, io: CompareIo): Promise<number> {
  const client = createGatewayClient(args.gateway)
  // Listening before the run exists: a Ctrl-C during the POST still cancels what it started
  const interrupt = watchInterrupt(io)
  try {
    const started = await client.start(args.run)
    const progress = createProgress(io.stderr)
    const { pairs, warmup, workloads } = started.spec
    const sweep = workloads.length > 0 ? ` for each of ${workloads.length} workloads` : ''
    const what = `${pairs} pair${pairs === 1 ? '' : 's'}${sweep} of ${started.candidate} vs ${started.baseline} baseline after ${warmup} warmup`
    progress.note(`ringside compare: run ${started.id} on ${args.gateway.href}: ${what}`)
    progress.note(`ringside compare: follow it in a browser at ${new URL(started.links.page, args.gateway).href}`)
    const run = await follow(client, started, io, progress, interrupt)
    progress.end()
    return await conclude(client, run, args, io)
  } finally {
    interrupt.dispose()
  }
}

// --- offline, from two performance.log files

/** Total here is the server's own span, not what the gateway saw: the note says so. */
function offlineMarkdown (report: Report, args: PerfLogCompareArgs, logs: PerfLogSamples[]): string {
  const [baseline, candidate] = logs as [PerfLogSamples, PerfLogSamples]
  const note = [
    'Total here is the server\'s `total_duration_ms` from performance.log: the pipeline\'s own time, which excludes queue wait and mp4 encoding',
    '(the seed page\'s Total includes both), so it is shorter than what a client waits; cost uses it as the service time.',
    `Requests: ${candidate.samples.length} from \`${args.candidate.path}\`, ${baseline.samples.length} from \`${args.baseline.path}\`.`
  ].join(' ')
  return renderMarkdown(report, { title: `${report.candidate.name} vs ${report.baseline.name} baseline, from SGLang performance.log files`, totalNote: note })
}

function side (args: PerfLogSideArgs, log: PerfLogSamples) {
  return { name: args.name, parallel: parallelOf(args.name, args.gpus), samples: log.samples }
}

async function compareFromPerfLogs (args: PerfLogCompareArgs, io: CompareIo): Promise<number> {
  const logs = await Promise.all([readPerfLog(args.baseline.path), readPerfLog(args.candidate.path)])
  for (const log of logs) {
    const note = skippedNote(log)
    if (note !== null) say(io, note)
  }
  const [baseline, candidate] = logs
  const report = buildReport(side(args.baseline, baseline), side(args.candidate, candidate), { stageOrder: baseline.stageOrder, parity: null })
  await emit(offlineMarkdown(report, args, logs), args.out, io)
  return exitCodes.completed
}
