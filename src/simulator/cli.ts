// `ringside simulate` arguments, named after `sglang serve` where one exists. The caller owns
// the process (signals, exit); this only parses and starts.
import { parseArgs } from 'node:util'
import type { EngineLogger } from './engine.ts'
import { startSimulator } from './index.ts'
import type { Simulator } from './index.ts'
import { defaultProfileName, profileNames, profiles } from './profiles.ts'
import type { ProfileName } from './profiles.ts'
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

function profileName (value: string): ProfileName {
  if (!Object.hasOwn(profiles, value)) throw new SimulatorUsageError(`--profile must be one of ${profileNames.join(', ')}, got '${value}'`)
  return value as ProfileName
}

function storageMode (value: string): StorageMode {
  if (!(storageModes as readonly string[]).includes(value)) throw new SimulatorUsageError(`--storage must be one of ${storageModes.join(', ')}, got '${value}'`)
  return value as StorageMode
}

const options = {
  profile: { type: 'string', default: defaultProfileName },
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
  storage: { type: 'string', default: 'disk' }
} as const

function parseSimulatorArgs (argv: string[]) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false })
  } catch (err) {
    // parseArgs' own: an unknown flag, a flag without its value, a stray argument
    throw new SimulatorUsageError((err as Error).message, { cause: err })
  }
}

export async function runSimulatorCli (argv: string[], logger?: EngineLogger): Promise<Simulator> {
  const { values } = parseSimulatorArgs(argv)
  const perfLogDir = values['perf-log-dir'] ?? (process.env.SGLANG_PERF_LOG_DIR || undefined)
  return startSimulator({
    profile: profileName(values.profile),
    host: values.host,
    port: numberOption('port', values.port),
    timeScale: numberOption('time-scale', values['time-scale']),
    warmupMs: numberOption('warmup-ms', values['warmup-ms']),
    jitter: numberOption('jitter', values.jitter),
    randomSeed: numberOption('seed', values.seed),
    perfLogDir,
    outputDir: values['output-dir'],
    modelPath: values['model-path'],
    taskType: values['task-type'],
    storage: storageMode(values.storage),
    logger
  })
}
