// `ringside compare` arguments. Two modes share one command: a paired run on a live gateway,
// or the same report built offline from two SGLang performance.log files. Bounds come from the
// request schemas, so the CLI refuses what the gateway would, with the option's name instead
// of a JSON path.
import { parseArgs } from 'node:util'
import { BackendName } from '../schemas/common.ts'
import { generationFields } from '../schemas/generate.ts'
import { maxSweep, runOptions } from '../schemas/runs.ts'
import { parseWorkloadKey } from '../workloads/workload.ts'

import type { RunSpec } from '../compare/runs.ts'

/** A bad command line: exit 2 with the message, which names the option. */
export class UsageError extends Error {}

/** What POST /v1/compare/runs takes: the run manager's spec, a side left out taking the gateway's configured pair. */
export type RunBody = Omit<RunSpec, 'baseline' | 'candidate' | 'workloads'> & Partial<Pick<RunSpec, 'baseline' | 'candidate' | 'workloads'>>

export interface GatewayCompareArgs { mode: 'gateway', gateway: URL, run: RunBody, out: string | undefined }

export interface PerfLogSideArgs { path: string, name: string, gpus: number | undefined }
export interface PerfLogCompareArgs { mode: 'perf-logs', baseline: PerfLogSideArgs, candidate: PerfLogSideArgs, out: string | undefined }

export type CompareArgs = GatewayCompareArgs | PerfLogCompareArgs | { mode: 'help' }

export const compareUsage = `Usage:
  ringside compare --gateway URL [--pairs 5] [--warmup 1] [--concurrency 1]
      [--baseline NAME] [--candidate NAME] [--prompt TEXT] [--size WxH] [--steps N]
      [--frames N] [--seconds N] [--seed N] [--no-parity] [--out report.md]
      [--workload KEY]...
    Starts a paired run on the gateway (a side left out is the gateway's default pair,
    RINGSIDE_COMPARE_PAIR), shows its progress on stderr and prints the
    Markdown report on stdout. Ctrl-C cancels the run and prints what was measured.
    --workload t2v-1280x704-121f-50s (repeatable, up to ${maxSweep}) sweeps those workloads:
    --pairs pairs of each, one report per workload and the speedup against size.

  ringside compare --from-perf-logs BASELINE.log CANDIDATE.log
      [--baseline-name u1r1] [--candidate-name u1r2]
      [--baseline-gpus N] [--candidate-gpus N] [--out report.md]
    Builds the same report offline from two SGLang performance.log files.

Exit status: 0 completed, 1 failed, 2 bad arguments, 130 cancelled with Ctrl-C.
`

const options = {
  gateway: { type: 'string' },
  pairs: { type: 'string' },
  warmup: { type: 'string' },
  concurrency: { type: 'string' },
  baseline: { type: 'string' },
  candidate: { type: 'string' },
  prompt: { type: 'string' },
  size: { type: 'string' },
  steps: { type: 'string' },
  frames: { type: 'string' },
  seconds: { type: 'string' },
  seed: { type: 'string' },
  parity: { type: 'boolean' },
  workload: { type: 'string', multiple: true },
  'from-perf-logs': { type: 'string' },
  'baseline-name': { type: 'string' },
  'candidate-name': { type: 'string' },
  'baseline-gpus': { type: 'string' },
  'candidate-gpus': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

type Values = ReturnType<typeof parse>['values']

const gatewayOnly = [
  'pairs', 'warmup', 'concurrency', 'baseline', 'candidate', 'prompt', 'size', 'steps', 'frames', 'seconds', 'seed', 'parity', 'workload'
] as const
const perfLogOnly = ['baseline-name', 'candidate-name', 'baseline-gpus', 'candidate-gpus'] as const

export const defaultPrompt = 'a lantern floating on a calm lake at dusk'
const maxGpus = 1024

function parse (argv: string[]) {
  return parseArgs({ args: argv, options, strict: true, allowPositionals: true, allowNegative: true })
}

// parseArgs' messages name the option but carry advice about `--` that does not apply here
function parseOrExplain (argv: string[]) {
  try {
    return parse(argv)
  } catch (err) {
    const { code, message } = err as { code?: string, message: string }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(message.replace(/\. To specify a positional.*$/s, ''))
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(message)
    throw err
  }
}

interface Keywords { minimum?: number, maximum?: number, pattern?: string, default?: unknown }
// TypeBox's static types do not carry a schema's keywords; the objects do
const keywords = (schema: object) => schema as Keywords
type Bounds = Pick<Keywords, 'minimum' | 'maximum'>

function integer (name: string, value: string | undefined, bounds: Bounds): number | undefined {
  if (value === undefined) return undefined
  const parsed = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN
  const { minimum = 0, maximum = Number.MAX_SAFE_INTEGER } = bounds
  if (!(parsed >= minimum && parsed <= maximum)) throw new UsageError(`--${name} must be an integer from ${minimum} to ${maximum}, got '${value}'`)
  return parsed
}

function optionalBackendName (name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!new RegExp(keywords(BackendName).pattern!).test(value)) {
    throw new UsageError(`--${name} must be a backend name (lower case letters, digits, - and _), got '${value}'`)
  }
  return value
}

function gatewayUrl (value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`--gateway must be an http(s) URL, got '${value}'`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--gateway must be an http(s) URL, got '${value}'`)
  // A trailing slash makes the API paths resolve under a gateway mounted at a prefix
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  url.search = ''
  url.hash = ''
  return url
}

function template (values: Values): Record<string, unknown> {
  const prompt = values.prompt ?? defaultPrompt
  if (prompt.trim() === '') throw new UsageError('--prompt must not be empty')
  if (values.size !== undefined && !new RegExp(keywords(generationFields.size).pattern!).test(values.size)) {
    throw new UsageError(`--size must be WIDTHxHEIGHT such as 1280x704, got '${values.size}'`)
  }
  const fields: Record<string, unknown> = {
    prompt,
    size: values.size,
    num_inference_steps: integer('steps', values.steps, keywords(generationFields.num_inference_steps)),
    num_frames: integer('frames', values.frames, keywords(generationFields.num_frames)),
    seconds: integer('seconds', values.seconds, keywords(generationFields.seconds)),
    seed: integer('seed', values.seed, keywords(generationFields.seed))
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

/** A workload key as the shape fields a sweep entry merges over the template. */
function sweepEntry (key: string): Record<string, unknown> {
  const shape = parseWorkloadKey(key)
  if (!shape) throw new UsageError(`--workload must be a workload key such as t2v-1280x704-121f-50s, got '${key}'`)
  // An image-to-video workload needs a reference image, which the command line does not take
  if (shape.task !== 't2v') throw new UsageError(`--workload ${key}: only text-to-video (t2v-) workloads can be swept from the command line`)
  const entry: Record<string, unknown> = { size: `${shape.width}x${shape.height}`, num_frames: shape.frames, num_inference_steps: shape.steps }
  if (shape.outputs > 1) entry.num_outputs_per_prompt = shape.outputs
  return entry
}

function sweep (keys: string[] | undefined): Array<Record<string, unknown>> | undefined {
  if (keys === undefined) return undefined
  if (keys.length > maxSweep) throw new UsageError(`--workload can be given at most ${maxSweep} times, got ${keys.length}`)
  return keys.map(sweepEntry)
}

function gatewayArgs (values: Values, positionals: string[]): GatewayCompareArgs {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`)
  // A side left out is the gateway's to choose: its configured pair, not a name written here
  const baseline = optionalBackendName('baseline', values.baseline)
  const candidate = optionalBackendName('candidate', values.candidate)
  if (baseline !== undefined && baseline === candidate) throw new UsageError(`--baseline and --candidate must differ, both are '${baseline}'`)
  const runOption = (name: 'pairs' | 'warmup' | 'concurrency') => {
    const schema = keywords(runOptions[name])
    return integer(name, values[name], schema) ?? schema.default as number
  }
  return {
    mode: 'gateway',
    gateway: gatewayUrl(values.gateway!),
    run: {
      template: template(values),
      ...(values.workload !== undefined && { workloads: sweep(values.workload) }),
      ...(baseline !== undefined && { baseline }),
      ...(candidate !== undefined && { candidate }),
      pairs: runOption('pairs'),
      warmup: runOption('warmup'),
      concurrency: runOption('concurrency'),
      parity: values.parity ?? true
    },
    out: values.out
  }
}

function perfLogArgs (values: Values, positionals: string[]): PerfLogCompareArgs {
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0
      ? '--from-perf-logs needs two files: BASELINE.log CANDIDATE.log'
      : `--from-perf-logs takes two files, got ${positionals.length + 1}`)
  }
  // Offline there is no gateway to ask: the seed's names are the default labels, as the usage
  // says, and a name like u1r2 is what the report reads the parallel configuration from.
  const side = (which: 'baseline' | 'candidate', path: string, fallback: string): PerfLogSideArgs => ({
    path,
    name: values[`${which}-name`] ?? fallback,
    gpus: integer(`${which}-gpus`, values[`${which}-gpus`], { minimum: 1, maximum: maxGpus })
  })
  const args: PerfLogCompareArgs = {
    mode: 'perf-logs',
    baseline: side('baseline', values['from-perf-logs']!, 'u1r1'),
    candidate: side('candidate', positionals[0]!, 'u1r2'),
    out: values.out
  }
  for (const which of ['baseline', 'candidate'] as const) {
    if (args[which].name.trim() === '') throw new UsageError(`--${which}-name must not be empty`)
  }
  return args
}

/** Parses and checks the command line; throws UsageError naming the option at fault. */
export function parseCompareArgs (argv: string[]): CompareArgs {
  const { values, positionals } = parseOrExplain(argv)
  if (values.help) return { mode: 'help' }
  const online = values.gateway !== undefined
  const offline = values['from-perf-logs'] !== undefined
  if (online && offline) throw new UsageError('--gateway and --from-perf-logs cannot be used together')
  if (!online && !offline) throw new UsageError('needs --gateway URL (a paired run) or --from-perf-logs BASELINE.log CANDIDATE.log')
  const misplaced = online ? perfLogOnly.find((name) => values[name] !== undefined) : gatewayOnly.find((name) => values[name] !== undefined)
  if (misplaced !== undefined) {
    // --parity and --no-parity are one option: name the one that was typed
    const option = misplaced === 'parity' ? (values.parity ? 'parity' : 'no-parity') : misplaced
    throw new UsageError(`--${option} applies only with ${online ? '--from-perf-logs' : '--gateway'}`)
  }
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out must name a file')
  return online ? gatewayArgs(values, positionals) : perfLogArgs(values, positionals)
}
