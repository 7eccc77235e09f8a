// Every benchmark of issue #7 in turn, each in its own process (so one's servers, heap and
// leftovers cannot weigh on the next), then one report made of their bench/results/<name>.md.
// The common options go to every wrk benchmark; --arg name:--flag=value to one benchmark only.
//   node bench/all.ts [--seconds 5] [--rounds 3] [--warmup-seconds 2] [--connections 32]
//                     [--only poll,content] [--arg content:--memory-seconds=5 --arg routing:--seeds=3]
// Each benchmark's own output goes to stderr; stdout gets the combined report alone.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'

// routing and queue run in-process and take none of the wrk options
const wrkBenchmarks = ['poll', 'submit', 'content', 'latency', 'metrics-scrape', 'jobs']
const benchmarks = [...wrkBenchmarks, 'routing', 'queue']
const commonFlags = ['seconds', 'rounds', 'warmup-seconds', 'connections'] as const

function readOptions () {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      'warmup-seconds': { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      arg: { type: 'string', multiple: true, default: [] }
    }
  })
  const common = commonFlags.flatMap((flag) => values[flag] === undefined ? [] : [`--${flag}`, String(values[flag])])
  const only = values.only?.split(',').map((name) => name.trim())
  for (const name of only ?? []) if (!benchmarks.includes(name)) throw new Error(`--only: no benchmark named ${name} (${benchmarks.join(', ')})`)
  const own = new Map<string, string[]>()
  for (const arg of values.arg) {
    const [name, flag] = [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)]
    if (!benchmarks.includes(name) || !flag.startsWith('--')) throw new Error(`--arg ${arg}: expected <benchmark>:--flag[=value]`)
    own.set(name, [...own.get(name) ?? [], flag])
  }
  return { common, only, own }
}

function scriptOf (name: string): URL {
  return new URL(`./${name}.ts`, import.meta.url)
}

/** Runs one benchmark to its end, its stdout and stderr on ours; answers its exit code. */
function runBenchmark (name: string, args: string[]): Promise<number> {
  process.stderr.write(`\n# ${name}: node bench/${name}.ts ${args.join(' ')}\n`)
  const child = spawn(process.execPath, [scriptOf(name).pathname, ...args], { stdio: ['ignore', 2, 2] })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** The report the benchmark wrote in this run, if it wrote one (an older file is not this run's). */
async function reportSince (name: string, startedAtMs: number): Promise<string | undefined> {
  const file = new URL(`./results/${name}.md`, import.meta.url)
  if (!existsSync(file) || (await stat(file)).mtimeMs < startedAtMs) return undefined
  return (await readFile(file, 'utf8')).trim()
}

const options = readOptions()
const sections: string[] = []
const failed: string[] = []
// routing.ts is written separately: it joins the suite once it exists
const selected = benchmarks.filter((name) => existsSync(scriptOf(name)) && (options.only?.includes(name) ?? true))
for (const name of selected) {
  const startedAtMs = Date.now()
  const args = [...wrkBenchmarks.includes(name) ? options.common : [], ...options.own.get(name) ?? []]
  const code = await runBenchmark(name, args)
  const report = await reportSince(name, startedAtMs)
  if (code !== 0) failed.push(`${name} (exit code ${code}${report ? ', after its report' : ', no report'})`)
  sections.push(report ?? `## ${name}\n\nNo report: \`node bench/${name}.ts ${args.join(' ')}\` ended with exit code ${code}.`)
}
process.stdout.write(sections.join('\n\n') + '\n')
if (failed.length > 0) {
  process.stderr.write(`\nNot clean: ${failed.join('; ')}\n`)
  process.exitCode = 1
}
