// Reading the deployment files the way Docker and Compose read them, without a Docker engine:
// the tools these tests run, the Dockerfile's instructions, and Compose's interpolation.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ToolResult { status: number | null, output: string }

/**
 * Runs a tool the deploy checks need. A missing tool is an error naming how to install it,
 * never a skip: CI installs every one of them, and a skipped lint is a lint that never runs.
 */
export function runTool (command: string, args: string[], options: { env?: NodeJS.ProcessEnv, install: string }): ToolResult {
  const result = spawnSync(command, args, { cwd: repoRoot, env: options.env ?? process.env, encoding: 'utf8', timeout: 60_000 })
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${command} is not installed (${options.install})`)
  }
  if (result.error) throw result.error
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() }
}

export const localBin = (name: string): string => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url))

// ---- Dockerfile ----

export interface Instruction { keyword: string, args: string, line: number }
export interface Stage { name: string, image: string, instructions: Instruction[] }

/** Instructions with their continuation lines joined, grouped by build stage. */
export function parseDockerfile (text: string): Stage[] {
  const stages: Stage[] = []
  let pending = ''
  let startLine = 0
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (pending === '' && (line === '' || line.startsWith('#'))) return
    if (pending === '') startLine = index + 1
    if (line.startsWith('#')) return
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      return
    }
    const full = (pending + line).trim()
    pending = ''
    const keyword = full.split(/\s+/, 1)[0] ?? ''
    const instruction = { keyword: keyword.toUpperCase(), args: full.slice(keyword.length).trim(), line: startLine }
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.args.split(/\s+/)
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), image, instructions: [] })
    } else {
      stages.at(-1)?.instructions.push(instruction)
    }
  })
  return stages
}

/** The JSON array of an exec-form instruction, or undefined for the shell form. */
export function execForm (args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined
  const parsed: unknown = JSON.parse(args)
  return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined
}

/** `ENV A=1 B=2` as a record (the legacy `ENV A 1` form is rejected by the lint test anyway). */
export function envOf (stage: Stage): Record<string, string> {
  const env: Record<string, string> = {}
  for (const { keyword, args } of stage.instructions) {
    if (keyword !== 'ENV') continue
    for (const pair of args.split(/\s+/)) {
      const eq = pair.indexOf('=')
      if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/^"(.*)"$/, '$1')
    }
  }
  return env
}

export function readDockerfile (): Stage[] {
  return parseDockerfile(readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8'))
}

// ---- Compose ----

export type ComposeFile = {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}
export type Service = Record<string, unknown> & {
  image?: string
  build?: unknown
  command?: string[]
  environment?: Record<string, string | null>
  volumes?: string[]
  ports?: string[]
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  deploy?: { resources?: { reservations?: { devices?: Array<{ driver?: string, count?: unknown, device_ids?: string[], capabilities?: string[] }> } } }
}

export const composeFiles = ['docker-compose.yml', 'docker-compose.simulator.yml'] as const

export function readRaw (file: string): string {
  return readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
}

/** The file as Compose sees it once `${VAR}`, `${VAR:-default}` and `${VAR:?message}` are resolved. */
export function readCompose (file: string, env: Record<string, string | undefined> = {}): ComposeFile {
  return interpolate(parse(readRaw(file)), env) as ComposeFile
}

export function interpolate (value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolateString(value, env)
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, env)]))
  }
  return value
}

function interpolateString (text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}|\$(\w+)/g, (match, braced?: string, colon?: string, operator?: string, word?: string, bare?: string) => {
    if (match === '$$') return '$'
    const name = (braced ?? bare)!
    const value = env[name]
    const unset = value === undefined || (colon === ':' && value === '')
    if (!unset) return value
    if (operator === '-') return word ?? ''
    if (operator === '?') throw new Error(`${name}: ${word}`)
    return ''
  })
}

/** A service's short-syntax volume entries as source, target and read-only flag. */
export function mountsOf (service: Service): Array<{ source: string, target: string, readOnly: boolean, bind: boolean }> {
  return (service.volumes ?? []).map((entry) => {
    const [source = '', target = '', mode = ''] = entry.split(':')
    return { source, target, readOnly: mode.split(',').includes('ro'), bind: source.startsWith('.') || source.startsWith('/') }
  })
}

/** The value following `--flag` in a command line (`--flag value` or `--flag=value`). */
export function flag (command: string[], name: string): string | undefined {
  const index = command.indexOf(`--${name}`)
  if (index >= 0) return command[index + 1]
  return command.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
}
