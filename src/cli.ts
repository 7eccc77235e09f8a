import { startServer } from './server.ts'
import { ConfigError } from './config.ts'
import { runSimulatorCli, simulatorProfileNames } from './embedded.ts'
import { runCompare } from './cli/compare.ts'
import pino from 'pino'

const usage = `Usage:
  ringside [serve]                 start the gateway (configured by environment variables; see README)
  ringside simulate [options]      run one SGLang diffusion simulator
      --profile ${simulatorProfileNames.join('|')}  --port 30000  --host 127.0.0.1  --time-scale 1
      --perf-log-dir DIR  --output-dir DIR  --warmup-ms N
  ringside compare --gateway URL [options]
                                   a paired run on a gateway; prints the Markdown report
  ringside compare --from-perf-logs BASELINE.log CANDIDATE.log [options]
                                   the same report from two SGLang performance.log files
      (ringside compare --help lists the options)
`

export async function main (argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const [command = 'serve', ...rest] = argv
  if (command === 'serve') {
    await startServer(env)
  } else if (command === 'simulate') {
    const logger = pino({ level: env.LOG_LEVEL ?? 'info' })
    const simulator = await runSimulatorCli(rest, logger)
    logger.info({ url: simulator.url, profile: simulator.profile.name }, `SGLang diffusion simulator listening at ${simulator.url}`)
    const stop = () => { simulator.close().finally(() => process.exit(0)) }
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
  } else if (command === 'compare') {
    process.exitCode = await runCompare(rest)
  } else {
    process.stdout.write(usage)
    process.exitCode = command === 'help' || command === '--help' ? 0 : 2
  }
}

/** The binary: a bad setting is one line naming it, anything else its stack. */
export async function run (argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await main(argv, env)
  } catch (err) {
    process.stderr.write(`ringside: ${err instanceof ConfigError ? err.message : (err as Error)?.stack ?? err}\n`)
    process.exit(1)
  }
}

if (import.meta.main) await run(process.argv.slice(2), process.env)
