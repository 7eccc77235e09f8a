// How the process logs: JSON lines for machines (a pipe, a file, a container's log driver), and
// pino-pretty's one readable line per event when a person watches a terminal. RINGSIDE_LOG_FORMAT
// decides; `auto` asks whether stdout is a TTY.
import pretty from 'pino-pretty'
import type { Config } from './config.ts'

/** The logger options for the process: its level, and a pretty stream when the format (or the terminal) says so. */
export function processLogger (config: Pick<Config, 'logLevel' | 'logFormat'>, stdout: NodeJS.WriteStream = process.stdout)
: { level: string, stream?: NodeJS.WritableStream } {
  const tty = stdout.isTTY === true
  if (config.logFormat === 'json' || (config.logFormat === 'auto' && !tty)) return { level: config.logLevel }
  // Synchronous, as pino's own destination to stdout: the lines of a crash are not lost
  return { level: config.logLevel, stream: pretty({ destination: stdout, colorize: tty, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }) }
}
