// wrk (Debian's package) as the load generator: C, one thread on its own core, so the load
// generator is never what saturates. A Lua script sets the request and prints the result as JSON.
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { requireCommand } from './servers.ts'

const run = promisify(execFile)

export interface WrkRequest {
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
  /** paths to pick from at random, one per request (default: the URL's own path) */
  paths?: string[]
}

export interface WrkResult {
  requests: number
  bytes: number
  seconds: number
  requestsPerSecond: number
  megabytesPerSecond: number
  /** connect, read, write and timeout errors, and responses with a status >= 400 */
  errors: number
  latencyUs: { p50: number, p90: number, p99: number, mean: number }
}

function luaString (text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
}

function script (req: WrkRequest): string {
  const lines = [`wrk.method = ${luaString(req.method ?? 'GET')}`]
  if (req.body !== undefined) lines.push(`wrk.body = ${luaString(req.body)}`)
  for (const [name, value] of Object.entries(req.headers ?? {})) lines.push(`wrk.headers[${luaString(name)}] = ${luaString(value)}`)
  if (req.paths) {
    lines.push(`local paths = { ${req.paths.map(luaString).join(', ')} }`)
    lines.push('request = function() return wrk.format(nil, paths[math.random(#paths)]) end')
  }
  lines.push(`done = function(s, latency)
  local e = s.errors
  io.write(string.format('RESULT {"requests":%d,"bytes":%d,"durationUs":%d,"errors":%d,"p50":%.1f,"p90":%.1f,"p99":%.1f,"mean":%.1f}\\n',
    s.requests, s.bytes, s.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean))
end`)
  return lines.join('\n') + '\n'
}

export interface WrkOptions { cpu: number, connections: number, seconds: number, timeoutSeconds?: number }

export async function wrk (url: string, req: WrkRequest, options: WrkOptions): Promise<WrkResult> {
  requireCommand('wrk', 'wrk')
  const dir = await mkdtemp(join(tmpdir(), 'ringside-bench-wrk-'))
  const scriptPath = join(dir, 'request.lua')
  await writeFile(scriptPath, script(req))
  const args = ['-c', String(options.cpu), 'wrk', '-t1', `-c${options.connections}`, `-d${options.seconds}s`,
    '--timeout', `${options.timeoutSeconds ?? 10}s`, '-s', scriptPath, url]
  const { stdout } = await run('taskset', args, { maxBuffer: 16 * 1024 * 1024 })
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`)
  type Raw = { requests: number, bytes: number, durationUs: number, errors: number, p50: number, p90: number, p99: number, mean: number }
  const raw = JSON.parse(line.slice('RESULT '.length)) as Raw
  const seconds = raw.durationUs / 1e6
  return {
    requests: raw.requests,
    bytes: raw.bytes,
    seconds,
    requestsPerSecond: raw.requests / seconds,
    megabytesPerSecond: raw.bytes / seconds / 1e6,
    errors: raw.errors,
    latencyUs: { p50: raw.p50, p90: raw.p90, p99: raw.p99, mean: raw.mean }
  }
}
