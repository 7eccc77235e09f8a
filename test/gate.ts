// A plain proxy in front of a backend that can hold the gateway's job polls: while held, the
// gateway cannot see a job complete, so a test reads "still running" as a fact, not a race.
import { createServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Teardown { teardown (fn: () => unknown): void }

export interface PollGate {
  url: string
  /** From now on, GET /v1/videos/{id} waits (submits, health checks and downloads still pass). */
  hold (): void
  /** Lets the held polls and every later one through. */
  release (): void
  /** Polls waiting now. */
  held (): number
}

const jobPoll = /^\/v1\/videos\/[^/?]+(\?.*)?$/

export async function startPollGate (t: Teardown, target: string): Promise<PollGate> {
  const upstream = new URL(target)
  let holding = false
  let waiting: Array<() => void> = []
  function forward (req: IncomingMessage, res: ServerResponse): void {
    const forwarded = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    forwarded.on('error', () => res.destroy())
    res.on('close', () => forwarded.destroy())
    req.pipe(forwarded)
  }
  const server = createServer((req, res) => {
    if (holding && req.method === 'GET' && jobPoll.test(req.url ?? '')) waiting.push(() => forward(req, res))
    else forward(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve) }))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hold () { holding = true },
    release () {
      holding = false
      const released = waiting
      waiting = []
      for (const go of released) go()
    },
    held: () => waiting.length
  }
}
