// `ringside simulate` arguments, named after `sglang serve` where one exists. The caller owns
// the process (signals, exit); this only parses and starts.
import { parseArgs } from 'node:util'
import type { EngineLogger } from './engine.ts'
import { startSimulator } from './index.ts'
import type { Simulator } from './index.ts'
import { defaultProfileName, profileFor, resolveProfile } from './profiles.ts'
import type { Profile } from './profiles.ts'
import { parallelConfig } from './parallel.ts'
import type { ParallelFlags } from './parallel.ts'
import { batchingSettingsError } from './batching.ts'
import { storageModes, type StorageMode } from './storage.ts'

/** A mistake in the simulator's command line (a bad value, an unknown flag): the caller says it in one line. */
export class SimulatorUsageError extends Error {
  override name = 'SimulatorUsageError'
}

function numberOption (name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new SimulatorUsageError(`--${name} must be a number, got '${value}'`)
  return parsed
}

// argparse's own refusal of a value its type= cannot read (sglang serve parses these with type=int / float)
function argparseNumber (name: string, value: string | undefined, type: 'int' | 'float'): number | undefined {
  if (value === undefined) return undefined
  const pattern = type === 'int' ? /^\s*[-+]?\d+\s*$/ : /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i
  if (!pattern.test(value)) throw new SimulatorUsageError(`argument --${name}: invalid ${type} value: '${value}'`)
  return Number(value)
}

function batchingOf (values: { 'batching-max-size'?: string, 'batching-delay-ms'?: string }): { batchingMaxSize?: number, batchingDelayMs?: number } {
  const batchingMaxSize = argparseNumber('batching-max-size', values['batching-max-size'], 'int')
  const batchingDelayMs = argparseNumber('batching-delay-ms', values['batching-delay-ms'], 'float')
  const error = batchingSettingsError(batchingMaxSize ?? 1, batchingDelayMs ?? 0)
  if (error !== undefined) throw new SimulatorUsageError(error)
  return { batchingMaxSize, batchingDelayMs }
}

const parallelFlags = {
  'num-gpus': 'numGpus',
  'sp-degree': 'spDegree',
  'ulysses-degree': 'ulyssesDegree',
  'ring-degree': 'ringDegree',
  'kv-gather-degree': 'kvGatherDegree'
} as const

function storageMode (value: string): StorageMode {
  if (!(storageModes as readonly string[]).includes(value)) throw new SimulatorUsageError(`--storage must be one of ${storageModes.join(', ')}, got '${value}'`)
  return value as StorageMode
}

/**
 * Where finished videos go: --storage, else as sglang serve decides it: SGLANG_CLOUD_STORAGE_TYPE=s3
 * uploads (entrypoints/openai/storage.py:11-12), `--output-path ""` keeps no file, else disk.
 */
function storageOf (values: { storage?: string, 'output-path'?: string }): StorageMode {
  if (values.storage !== undefined) return storageMode(values.storage)
  if ((process.env.SGLANG_CLOUD_STORAGE_TYPE ?? '').toLowerCase() === 's3') return 's3'
  return values['output-path'] === '' ? 'temporary' : 'disk'
}

const options = {
  profile: { type: 'string' },
  'num-gpus': { type: 'string' },
  'sp-degree': { type: 'string' },
  'ulysses-degree': { type: 'string' },
  'ring-degree': { type: 'string' },
  'kv-gather-degree': { type: 'string' },
  port: { type: 'string', default: '30000' },
  host: { type: 'string', default: '127.0.0.1' },
  'time-scale': { type: 'string' },
  'perf-log-dir': { type: 'string' },
  'output-dir': { type: 'string' },
  'warmup-ms': { type: 'string' },
  'model-path': { type: 'string' },
  'task-type': { type: 'string' },
  jitter: { type: 'string' },
  seed: { type: 'string' },
  storage: { type: 'string' },
  // sglang serve's own: an empty output path keeps no file (video_api.py:819-824 at d315eb72)
  'output-path': { type: 'string' },
  'dp-size': { type: 'string' },
  'batching-max-size': { type: 'string' },
  'batching-delay-ms': { type: 'string' }
} as const

type Values = ReturnType<typeof parseSimulatorArgs>['values']

function parseSimulatorArgs (argv: string[]) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false })
  } catch (err) {
    // parseArgs' own: an unknown flag, a flag without its value, a stray argument
    throw new SimulatorUsageError((err as Error).message, { cause: err })
  }
}

// --profile names a configuration; sglang serve's parallel flags, when given, replace it: the
// profile's degrees are the starting point only for the flags left out
function profileOf (values: Values): Profile {
  const flags: ParallelFlags = {}
  for (const [flag, key] of Object.entries(parallelFlags)) {
    const value = numberOption(flag, values[flag as keyof typeof parallelFlags])
    if (value !== undefined) flags[key] = value
  }
  try {
    const named = resolveProfile(values.profile ?? defaultProfileName)
    if (Object.keys(flags).length === 0) return named
    const base: ParallelFlags = values.profile === undefined
      ? {}
      : { ulyssesDegree: named.parallel.ulyssesDegree, ringDegree: named.parallel.ringDegree, kvGatherDegree: named.parallel.kvGatherDegree }
    return profileFor(parallelConfig({ ...base, ...flags }))
  } catch (err) {
    if (err instanceof SimulatorUsageError) throw err
    throw new SimulatorUsageError((err as Error).message.replace(/^unknown simulator profile/, '--profile: unknown configuration'), { cause: err })
  }
}

export async function runSimulatorCli (argv: string[], logger?: EngineLogger): Promise<Simulator> {
  const { values } = parseSimulatorArgs(argv)
  const perfLogDir = values['perf-log-dir'] ?? (process.env.SGLANG_PERF_LOG_DIR || undefined)
  return startSimulator({
    profile: profileOf(values),
    host: values.host,
    port: numberOption('port', values.port),
    timeScale: numberOption('time-scale', values['time-scale']),
    warmupMs: numberOption('warmup-ms', values['warmup-ms']),
    jitter: numberOption('jitter', values.jitter),
    randomSeed: numberOption('seed', values.seed),
    perfLogDir,
    outputDir: values['output-dir'] ?? (values['output-path'] || undefined),
    modelPath: values['model-path'],
    taskType: values['task-type'],
    storage: storageOf(values),
    dpSize: numberOption('dp-size', values['dp-size']),
    ...batchingOf(values),
    logger
  })
}
