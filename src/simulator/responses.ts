// Response writers shared by the routes; malformed-JSON faults are applied here, in one place.
import type { ServerResponse } from 'node:http'
import { STATUS_CODES } from 'node:http'

const CORS = { 'access-control-allow-origin': '*' }

export function sendJson (res: ServerResponse, status: number, body: unknown, malformed = false): void {
  let text = JSON.stringify(body)
  // a response cut mid-way with a consistent Content-Length: the client reads it all and fails to parse
  if (malformed) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  res.writeHead(status, { ...CORS, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function sendEmpty (res: ServerResponse, status: number): void {
  res.writeHead(status, { ...CORS, 'content-length': 0 })
  res.end()
}

export function sendText (res: ServerResponse, status: number, text = STATUS_CODES[status] ?? 'Error'): void {
  res.writeHead(status, { ...CORS, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

// FastAPI's 422 body for a query parameter that failed validation
export function queryValidationError (name: string, input: string, type: string, msg: string, ctx?: Record<string, unknown>): unknown {
  const error: Record<string, unknown> = { type, loc: ['query', name], msg, input }
  if (ctx !== undefined) error.ctx = ctx
  return { detail: [error] }
}
