import { createServer } from 'node:http'
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
