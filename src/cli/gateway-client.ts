// The paired-run API as the CLI sees it. Every failure names the URL it was talking to and,
// when the gateway answered, the gateway's own message.
import type { RunView } from '../schemas/runs.ts'
import type { RunBody } from './compare-args.ts'

/** The gateway could not be reached or answered with an error: exit 1 with the message. */
export class GatewayError extends Error {
  /** Worth asking again (a network failure, a 502/503/504), if the request is safe to repeat. */
  retryable: boolean
  constructor (message: string, options: { cause?: unknown, retryable?: boolean } = {}) {
    super(message, { cause: options.cause })
    this.retryable = options.retryable ?? false
  }
}

const retryableStatuses = new Set([502, 503, 504])

const requestTimeoutMs = 30_000

// fetch() reports every network failure as "fetch failed"; the reason is in the cause
// (an AggregateError with only a code when both address families were refused).
function networkReason (err: unknown): string {
  const cause = (err as { cause?: { message?: string, code?: string } }).cause
  if (err instanceof Error && err.name === 'TimeoutError') return `no answer within ${requestTimeoutMs / 1000} s`
  return cause?.message || cause?.code || (err as Error).message
}

async function errorMessage (res: Response): Promise<string> {
  const text = await res.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { message?: unknown, detail?: unknown }
    if (typeof body.message === 'string') return body.message
    if (typeof body.detail === 'string') return body.detail
  } catch {}
  return text.trim().slice(0, 200) || res.statusText || 'no message'
}

function isRunView (value: unknown): value is RunView {
  const run = value as RunView | null
  return typeof run?.id === 'string' && typeof run.status === 'string' && typeof run.progress?.pairs_total === 'number'
}

export function createGatewayClient (gateway: URL) {
  const runsUrl = new URL('v1/compare/runs', gateway)
  const runUrl = (id: string, suffix = '') => new URL(`v1/compare/runs/${encodeURIComponent(id)}${suffix}`, gateway)

  async function call (method: string, url: URL, init: { body?: unknown, accept?: string } = {}): Promise<Response> {
    let res: Response
    try {
      res = await fetch(url, {
        method,
        headers: { accept: init.accept ?? 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(requestTimeoutMs)
      })
    } catch (err) {
      throw new GatewayError(`cannot reach the gateway at ${url.href}: ${networkReason(err)}`, { cause: err, retryable: true })
    }
    if (!res.ok) {
      throw new GatewayError(`the gateway at ${url.href} answered ${res.status}: ${await errorMessage(res)}`, { retryable: retryableStatuses.has(res.status) })
    }
    return res
  }

  async function runView (method: string, url: URL, body?: unknown): Promise<RunView> {
    const res = await call(method, url, { body })
    const view: unknown = await res.json().catch(() => undefined)
    if (!isRunView(view)) throw new GatewayError(`the gateway at ${url.href} did not answer with a paired run: is it a Ringside gateway?`)
    return view
  }

  return {
    start: (body: RunBody) => runView('POST', runsUrl, body),
    get: (id: string) => runView('GET', runUrl(id)),
    /** No new pairs; the gateway awaits the jobs already on a backend. */
    cancel: (id: string) => runView('DELETE', runUrl(id)),
    async markdown (id: string): Promise<string> {
      return (await call('GET', runUrl(id, '.md'), { accept: 'text/markdown' })).text()
    }
  }
}
export type GatewayClient = ReturnType<typeof createGatewayClient>
