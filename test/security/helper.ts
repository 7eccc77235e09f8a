import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BackendConfig } from '../../src/config.ts'

interface Teardown { teardown (fn: () => unknown): void }

export interface FakeBackend {
  config: BackendConfig
  /** Bodies of the generations it was sent, as received. */
  submitted: string[]
}

/**
 * A backend that is healthy and answers every submit with `answer` (a job in SGLang's shape by
 * default): for what a simulator would never send. It records what reached it.
 */
export async function startFakeBackend (t: Teardown, name: string, answer: Record<string, unknown> = { id: 'job-1', status: 'queued' }): Promise<FakeBackend> {
  const submitted: string[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/videos') submitted.push(Buffer.concat(chunks).toString('utf8'))
      const status = req.url === '/health' || req.url === '/v1/models' || req.url === '/v1/videos' ? 200 : 404
      const body = req.url === '/health' ? '' : JSON.stringify(req.url === '/v1/models' ? { data: [] } : status === 200 ? answer : { detail: 'Not Found' })
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  const { port } = server.address() as AddressInfo
  return { config: { name, urls: [`http://127.0.0.1:${port}`], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }, submitted }
}

export type FakeHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void

export interface ScriptedBackend {
  config: BackendConfig
  /** Requests other than /health and /v1/models, as `METHOD /path`, in arrival order. */
  calls: string[]
}

/**
 * A backend that passes its health checks and answers everything else as `handle` says: one
 * that hangs, lies, sends garbage or huge bodies, while /health says all is well.
 */
export async function startScriptedBackend (t: Teardown, name: string, handle: FakeHandler): Promise<ScriptedBackend> {
  const calls: string[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.url === '/health') return res.writeHead(200).end()
      if (req.url === '/v1/models') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}')
      calls.push(`${req.method} ${req.url}`)
      handle(req, res, Buffer.concat(chunks).toString('utf8'))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  const { port } = server.address() as AddressInfo
  return { config: { name, urls: [`http://127.0.0.1:${port}`], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 }, calls }
}

/** Writes a JSON-looking body of `bytes` bytes (no content-length: chunked), with backpressure; resolves with the bytes the socket took before it closed. */
export function sendHugeBody (res: ServerResponse, bytes: number): Promise<number> {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 'a')
  let written = 0
  return new Promise((resolve) => {
    res.on('close', () => resolve(written))
    function more (): void {
      while (written < bytes && !res.destroyed) {
        written += chunk.length
        if (!res.write(chunk)) {
          res.once('drain', more)
          return
        }
      }
      if (!res.destroyed) res.end()
    }
    res.write('{"id":"job-1","status":"queued","pad":"')
    more()
  })
}
