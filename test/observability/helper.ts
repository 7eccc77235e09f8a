import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { parser } from '@prometheus-io/lezer-promql'
import { eventually } from '../helper.ts'

export const root = join(import.meta.dirname, '..', '..')
export const paths = {
  dashboard: join(root, 'dashboards', 'ring-sp-vs-baseline.json'),
  prometheusConfig: join(root, 'prometheus', 'prometheus.yml'),
  rules: join(root, 'prometheus', 'rules', 'ringside.rules.yml'),
  rulesTest: join(root, 'prometheus', 'rules', 'ringside.rules.test.yml'),
  datasource: join(root, 'provisioning', 'datasources', 'prometheus.yaml'),
  dashboardProvider: join(root, 'provisioning', 'dashboards', 'ringside.yaml')
}

export const promtoolPath = '/usr/bin/promtool'
export const prometheusPath = '/usr/bin/prometheus'

// The JSON as committed, typed loosely: tests read it the way Grafana does, not through the SDK.
export interface PanelJson {
  id?: number
  type: string
  title?: string
  gridPos?: { x: number, y: number, w: number, h: number }
  datasource?: { type?: string, uid?: string }
  description?: string
  interval?: string
  targets?: Array<{ refId?: string, expr?: string, instant?: boolean, range?: boolean, legendFormat?: string, datasource?: { type?: string, uid?: string } }>
  fieldConfig?: {
    defaults?: { unit?: string, custom?: unknown }
    overrides?: Array<{ matcher: { id: string, options?: unknown }, properties: Array<{ id: string, value?: unknown }> }>
  }
  options?: unknown
  panels?: PanelJson[]
}
export interface DashboardJson {
  uid: string
  title: string
  panels: PanelJson[]
  templating: { list?: Array<VariableJson> }
  links?: Array<{ title?: string, type?: string, url?: string, placement?: string }>
  __inputs?: Array<{ name: string, type: string, pluginId: string }>
}
export interface VariableJson {
  name: string
  type?: string
  query?: unknown
  datasource?: { type?: string, uid?: string }
  current?: { text?: unknown, value?: unknown }
  multi?: boolean
  includeAll?: boolean
  allValue?: string
}

export function readDashboard (): DashboardJson {
  return JSON.parse(readFileSync(paths.dashboard, 'utf8'))
}

/** Every panel, the ones inside collapsed rows included. */
export function allPanels (dashboard: DashboardJson): PanelJson[] {
  return dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])])
}

export interface PanelQuery { panel: string, refId: string, expr: string, instant: boolean }

export function dashboardQueries (dashboard: DashboardJson): PanelQuery[] {
  return allPanels(dashboard).flatMap((panel) => (panel.targets ?? []).map((target) => ({
    panel: `${panel.id} ${panel.title}`,
    refId: target.refId ?? '',
    expr: target.expr ?? '',
    instant: target.instant === true
  })))
}

export interface Rule { record?: string, alert?: string, expr: string, for?: string, labels?: Record<string, string> }

export function readRules (): Rule[] {
  const { groups } = parse(readFileSync(paths.rules, 'utf8')) as { groups: Array<{ rules: Rule[] }> }
  return groups.flatMap((group) => group.rules)
}

/** What Grafana substitutes before a query reaches Prometheus, with values that fit a short test. */
export const testVariables = {
  baseline: 'u1r1',
  candidate: 'u1r2',
  // the workload of the paired runs' 320x176, 1 s clips: 24 fps x 1 s floored to 4k+1 = 25 frames, Wan2.2-5B's 50 steps
  workload: 't2v-320x176-25f-50s',
  job: '.*',
  instance: '.*',
  __rate_interval: '1m',
  __range: '5m',
  __interval: '15s'
} as const

export function substitute (expr: string, values: Record<string, string> = testVariables): string {
  return expr.replace(/\$(\w+)|\$\{(\w+)\}/g, (whole, plain, braced) => values[plain ?? braced] ?? whole)
}

export interface ParsedPromql { errors: string[], metrics: string[] }

/** Parses with Prometheus' own Lezer grammar: syntax errors and the metric names of every selector. */
export function parsePromql (expr: string): ParsedPromql {
  const errors: string[] = []
  const metrics = new Set<string>()
  parser.parse(expr).iterate({
    enter (node) {
      if (node.type.isError) errors.push(`syntax error at ${node.from}: ${JSON.stringify(expr.slice(Math.max(0, node.from - 20), node.to + 20))}`)
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') metrics.add(expr.slice(node.from, node.to))
    }
  })
  return { errors, metrics: [...metrics] }
}

const execFileAsync = promisify(execFile)

export interface ToolResult { code: number, stdout: string, stderr: string }

/** Runs a tool to completion, its exit code returned instead of thrown; `input` goes to stdin. */
export function run (file: string, args: string[], input?: string): Promise<ToolResult> {
  if (input === undefined) {
    return execFileAsync(file, args, { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (err: { code?: number, stdout?: string, stderr?: string }) => ({ code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? String(err) })
    )
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input)
  })
}

interface Teardown { teardown (fn: () => unknown): void }

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface Prometheus {
  url: string
  process: ChildProcess
  query (expr: string): Promise<PromResult>
  queryRange (expr: string, seconds: number): Promise<PromResult>
}
export type PromSample = { metric: Record<string, string>, value?: [number, string], values?: Array<[number, string]> }
export interface PromResult { status: string, error?: string, data?: { resultType: string, result: PromSample[] } }

/**
 * The Debian package's Prometheus on loopback, with a temp config and TSDB, stopped by its pid
 * when the test ends. A taken port shows as an early exit and is retried once on another.
 */
export async function startPrometheus (t: Teardown, config: object): Promise<Prometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-prometheus-'))
  const configFile = join(dir, 'prometheus.yml')
  await writeFile(configFile, JSON.stringify(config))
  let stderr = ''
  let child: ChildProcess | undefined
  let url = ''
  t.teardown(async () => {
    await stop(child)
    await rm(dir, { recursive: true, force: true })
  })
  for (let attempt = 0; attempt < 2; attempt++) {
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    child = spawn(prometheusPath, [
      `--config.file=${configFile}`, `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'
    ], { stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr?.on('data', (chunk) => { stderr += chunk })
    const started = child
    const ok = await eventually(async () => {
      if (started.exitCode !== null) return 'exited'
      return (await fetch(`${url}/-/ready`)).ok && 'ready'
    }, { timeoutMs: 10_000, intervalMs: 50 })
    if (ok === 'ready') break
    if (attempt === 1) throw new Error(`prometheus did not start: ${stderr}`)
  }
  const api = async (path: string, params: Record<string, string>): Promise<PromResult> => {
    const res = await fetch(`${url}${path}`, { method: 'POST', body: new URLSearchParams(params) })
    return await res.json() as PromResult
  }
  return {
    url,
    process: child as ChildProcess,
    query: (expr) => api('/api/v1/query', { query: expr }),
    queryRange: (expr, seconds) => {
      const end = Date.now() / 1000
      return api('/api/v1/query_range', { query: expr, start: String(end - seconds), end: String(end), step: '1' })
    }
  }
}

async function stop (child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(child.pid, 'SIGTERM')
  const timer = setTimeout(() => { if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL') }, 5000)
  await exited
  clearTimeout(timer)
}

/** Values of a query result that are numbers Grafana would draw (not NaN, not ±Inf). */
export function finiteValues (result: PromResult): number[] {
  return (result.data?.result ?? [])
    .flatMap((sample) => sample.values ?? (sample.value ? [sample.value] : []))
    .map(([, value]) => Number(value))
    .filter(Number.isFinite)
}
