// `ringside plan`: asks a gateway's /v1/plan.md and prints it. The bounds are the route's
// (src/schemas/plan.ts), so the CLI refuses what the gateway would, naming the option.
import { parseArgs } from 'node:util'
import { PlanQuery } from '../schemas/plan.ts'
import { GatewayError } from './gateway-client.ts'

export const planUsage = `Usage:
  ringside plan --gateway URL --gpus N [--rate PER_HOUR] [--slo-p95-seconds S]
      [--workload KEY] [--configs NAME,NAME]
    Prints the gateway's capacity plan as Markdown: every fleet of its backends' configurations
    that fits in N GPUs, its capacity, p50/p95 at the rate (default: the rate the gateway
    observed) and GPU-seconds per video, and the three recommendations.

Exit status: 0 printed, 1 the gateway failed or refused, 2 bad arguments.
`

export interface PlanIo {
  stdout: { write (chunk: string): unknown }
  stderr: { write (chunk: string): unknown }
}

class UsageError extends Error {}

const options = {
  gateway: { type: 'string' },
  gpus: { type: 'string' },
  rate: { type: 'string' },
  'slo-p95-seconds': { type: 'string' },
  workload: { type: 'string' },
  configs: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

// TypeBox's static types do not carry a schema's keywords; the object does
const maxGpus = (PlanQuery.properties.gpus as object as { maximum: number }).maximum

function parse (argv: string[]) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values
  } catch (err) {
    const { code, message } = err as { code?: string, message: string }
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(message.replace(/\. To specify a positional.*$/s, ''))
    throw err
  }
}

function gatewayUrl (value: string | undefined): URL {
  if (value === undefined) throw new UsageError('--gateway URL is required')
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--gateway must be an http(s) URL, got '${value}'`)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

function number (name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!(value.trim() !== '' && Number(value) >= 0 && Number.isFinite(Number(value)))) throw new UsageError(`--${name} must be a number >= 0, got '${value}'`)
  return value.trim()
}

/** The plan's URL for the command line, or null when help was asked. */
export function planUrl (argv: string[]): URL | null {
  const values = parse(argv)
  if (values.help) return null
  const gateway = gatewayUrl(values.gateway)
  const gpus = values.gpus
  if (gpus === undefined) throw new UsageError('--gpus N is required')
  if (!/^\d+$/.test(gpus) || Number(gpus) < 1 || Number(gpus) > maxGpus) throw new UsageError(`--gpus must be an integer from 1 to ${maxGpus}, got '${gpus}'`)
  const url = new URL('v1/plan.md', gateway)
  url.search = ''
  const query: Record<string, string | undefined> = {
    gpus,
    rate: number('rate', values.rate),
    slo_p95_seconds: number('slo-p95-seconds', values['slo-p95-seconds']),
    workload: values.workload,
    configs: values.configs
  }
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value)
  return url
}

async function fetchPlan (url: URL): Promise<string> {
  let res: Response
  try {
    res = await fetch(url, { headers: { accept: 'text/markdown' }, signal: AbortSignal.timeout(30_000) })
  } catch (err) {
    const cause = (err as { cause?: { message?: string, code?: string } }).cause
    throw new GatewayError(`cannot reach the gateway at ${url.href}: ${cause?.message || cause?.code || (err as Error).message}`, { cause: err })
  }
  const text = await res.text()
  if (!res.ok) {
    let message = text.trim().slice(0, 200)
    try { message = (JSON.parse(text) as { message?: string }).message ?? message } catch {}
    throw new GatewayError(`the gateway at ${url.href} answered ${res.status}: ${message}`)
  }
  return text
}

export async function runPlan (argv: string[], io: PlanIo = process): Promise<number> {
  try {
    const url = planUrl(argv)
    if (url === null) {
      io.stdout.write(planUsage)
      return 0
    }
    io.stdout.write(await fetchPlan(url))
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`ringside plan: ${err.message} (see ringside plan --help)\n`)
      return 2
    }
    if (err instanceof GatewayError) {
      io.stderr.write(`ringside plan: ${err.message}\n`)
      return 1
    }
    throw err
  }
}
