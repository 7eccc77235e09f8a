import { startServer } from './server.ts'
import { ConfigError } from './config.ts'
import { runSimulatorCli, simulatorProfileNames, SimulatorUsageError } from './embedded.ts'
import { runCompare } from './cli/compare.ts'
import { runPlan } from './cli/plan.ts'
import { packageVersion } from './version.ts'
import pino from 'pino'

const simulateOptions = `      --profile ${simulatorProfileNames.join('|')}|u<U>r<R>|kvg<G>[c2]  --port 30000  --host 127.0.0.1  --time-scale 1
      --num-gpus N  --sp-degree S  --ulysses-degree U  --ring-degree R  --kv-gather-degree G
      --perf-log-dir DIR  --output-dir DIR  --warmup-ms N  --model-path M  --task-type T  --jitter X  --seed N
      --storage disk|temporary|s3 (or sglang serve's --output-path "" and SGLANG_CLOUD_STORAGE_TYPE=s3)  --dp-size N
      --batching-max-size N  --batching-delay-ms D (T2V/T2I task types only, as SGLang)`

const usage = `Usage:
  ringside [serve]                 start the gateway (configured by environment variables; see README)
  ringside simulate [options]      run one SGLang diffusion simulator
${simulateOptions}
  ringside compare --gateway URL [options]
                                   a paired run on a gateway; prints the Markdown report
  ringside compare --from-perf-logs BASELINE.log CANDIDATE.log [options]
                                   the same report from two SGLang performance.log files
      (ringside compare --help lists the options)
  ringside plan --gateway URL --gpus N [options]
                                   the gateway's capacity plan for N GPUs, as Markdown
  ringside --version | --help
`

const serveUsage = `Usage: ringside serve

Starts the gateway. It takes no options: every setting is an environment variable (PORT, HOST,
RINGSIDE_BACKENDS, ...; the README's configuration table lists them all). With no backend
configured it starts two embedded SGLang simulators with the seed's profiles.
`

const simulateUsage = `Usage: ringside simulate [options]

Runs one simulator that speaks SGLang's diffusion HTTP API, flags named after sglang serve's.
${simulateOptions}
`

/** A mistake in the command line: one line and exit 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

interface Io { out (text: string): void }
const stdout: Io = { out: (text) => process.stdout.write(text) }

/** `--help` and `--version` for a command; true when one was asked and answered. */
function answeredFlag (args: string[], help: string, io: Io): boolean {
  if (args.includes('--help') || args.includes('-h')) io.out(help)
  else if (args.includes('--version')) io.out(`ringside ${packageVersion()}\n`)
  else return false
  return true
}

async function simulate (args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const logger = pino({ level: env.LOG_LEVEL ?? 'info' })
  const simulator = await runSimulatorCli(args, logger).catch((err: unknown) => {
    if (err instanceof SimulatorUsageError) throw new UsageError(err.message, { cause: err })
    const { code, port } = err as { code?: string, port?: number }
    if (code === 'EADDRINUSE') throw new ConfigError(`--port: port ${port} is already in use: stop what listens there or pick another`, { cause: err })
    throw err
  })
  logger.info({ url: simulator.url, profile: simulator.profile.name }, `SGLang diffusion simulator listening at ${simulator.url}`)
  const stop = () => { simulator.close().finally(() => process.exit(0)) }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

export async function main (argv: string[], env: NodeJS.ProcessEnv, io: Io = stdout): Promise<void> {
  const [command = 'serve', ...rest] = argv
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(usage)
  } else if (command === '--version' || command === 'version') {
    io.out(`ringside ${packageVersion()}\n`)
  } else if (command === 'serve') {
    if (answeredFlag(rest, serveUsage, io)) return
    if (rest.length > 0) throw new UsageError(`serve takes no arguments (settings are environment variables), got '${rest[0]}'`)
    await startServer(env)
  } else if (command === 'simulate') {
    if (answeredFlag(rest, simulateUsage, io)) return
    await simulate(rest, env)
  } else if (command === 'compare') {
    if (rest.includes('--version')) return io.out(`ringside ${packageVersion()}\n`)
    process.exitCode = await runCompare(rest)
  } else if (command === 'plan') {
    if (rest.includes('--version')) return io.out(`ringside ${packageVersion()}\n`)
    process.exitCode = await runPlan(rest)
  } else {
    throw new UsageError(`unknown command '${command.slice(0, 40)}' (ringside --help lists the commands)`)
  }
}

/** The binary: a user's mistake (a bad setting, a bad flag, a busy port) is one line; anything else its stack. */
export async function run (argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await main(argv, env)
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`ringside: ${err.message}\n`)
      process.exit(2)
    }
    process.stderr.write(`ringside: ${err instanceof ConfigError ? err.message : (err as Error)?.stack ?? err}\n`)
    process.exit(1)
  }
}

if (import.meta.main) await run(process.argv.slice(2), process.env)
