// Runs contenders interleaved (A B C, A B C, ...) after a warmup of each, so that a machine
// getting busier or quieter during the run moves every contender alike, and reports medians.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { loadavg, cpus } from 'node:os'
import { parseArgs } from 'node:util'
import type { WrkResult } from './wrk.ts'

export interface Contender { name: string, run (seconds: number): Promise<WrkResult> }

export interface BenchOptions { seconds: number, rounds: number, warmupSeconds: number, connections: number }

/**
 * The common options, plus a benchmark's own numeric ones: `extra` maps a camelCase name to its
 * default, read from the kebab-case flag (`{ memorySeconds: 10 }` is `--memory-seconds`).
 */
export function readBenchOptions<Extra extends string = never> (
  defaults: Partial<BenchOptions> = {},
  extra: Record<Extra, number> = {} as Record<Extra, number>
): BenchOptions & Record<Extra, number> {
  const flagOf = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  const extraNames = Object.keys(extra) as Extra[]
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: String(defaults.seconds ?? 5) },
      rounds: { type: 'string', default: String(defaults.rounds ?? 3) },
      'warmup-seconds': { type: 'string', default: String(defaults.warmupSeconds ?? 2) },
      connections: { type: 'string', default: String(defaults.connections ?? 32) },
      ...Object.fromEntries(extraNames.map((name) => [flagOf(name), { type: 'string', default: String(extra[name]) }] as const))
    }
  })
  const flags = ['seconds', 'rounds', 'warmup-seconds', 'connections', ...extraNames.map(flagOf)]
  const numbers: Record<string, number> = Object.fromEntries(flags.map((flag) => [flag, Number((values as Record<string, string>)[flag])]))
  for (const [flag, value] of Object.entries(numbers)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a number > 0, got ${value}`)
  }
  const own = Object.fromEntries(extraNames.map((name) => [name, numbers[flagOf(name)]])) as Record<Extra, number>
  return { seconds: numbers.seconds!, rounds: numbers.rounds!, warmupSeconds: numbers['warmup-seconds']!, connections: numbers.connections!, ...own }
}

export async function interleave (contenders: Contender[], options: BenchOptions): Promise<Map<string, WrkResult[]>> {
  const results = new Map<string, WrkResult[]>(contenders.map((c) => [c.name, []]))
  for (const contender of contenders) await contender.run(options.warmupSeconds)
  for (let round = 0; round < options.rounds; round++) {
    for (const contender of contenders) {
      const result = await contender.run(options.seconds)
      results.get(contender.name)!.push(result)
      process.stderr.write(`  round ${round + 1} ${contender.name}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
        `${result.megabytesPerSecond.toFixed(0)} MB/s, p50 ${result.latencyUs.p50.toFixed(0)} us, errors ${result.errors}\n`)
    }
  }
  return results
}

export function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] as number : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The median of each measure over the rounds, and the errors summed. */
export function summarise (runs: WrkResult[]) {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    megabytesPerSecond: median(runs.map((r) => r.megabytesPerSecond)),
    p50Us: median(runs.map((r) => r.latencyUs.p50)),
    p99Us: median(runs.map((r) => r.latencyUs.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0)
  }
}

export function markdownTable (header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export const fixed = (value: number, digits = 0) => value.toFixed(digits)
export const ratio = (value: number, reference: number) => reference > 0 ? `${(value / reference).toFixed(2)}x` : 'n/a'

/** What a reader needs to weigh the figures: when, on what, under what load, by which command. */
export function preamble (command: string): string {
  const nginx = execFileSync('sh', ['-c', 'nginx -v 2>&1 || true'], { encoding: 'utf8' }).trim()
  return [
    `Command: \`${command}\``,
    `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ` +
      `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`,
    `Node ${process.version}; ${nginx}; ${execFileSync('sh', ['-c', 'wrk --version 2>&1 | head -1 || true'], { encoding: 'utf8' }).trim()}`
  ].join('  \n')
}

/** Prints the report and keeps it in bench/results/<name>.md for BENCHMARKS.md to quote. */
export async function publish (name: string, markdown: string): Promise<void> {
  process.stdout.write(markdown + '\n')
  const dir = new URL('../results/', import.meta.url)
  await mkdir(dir, { recursive: true })
  await writeFile(new URL(`${name}.md`, dir), markdown + '\n')
}
