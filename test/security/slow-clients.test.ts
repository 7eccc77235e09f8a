import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, ready } from '../helper.ts'
import { startScriptedBackend } from './helper.ts'
import { ConfigError, loadConfig, type Config } from '../../src/config.ts'

interface Teardown { teardown (fn: () => unknown): void }

async function listening (t: Teardown, overrides: Partial<Config>): Promise<{ app: FastifyInstance, port: number }> {
  const app = await build(t, overrides)
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, port: (app.server.address() as AddressInfo).port }
}

interface Opened { socket: Socket, received: () => string, closed: Promise<number> }

/** A real TCP client; `closed` resolves with the milliseconds from connect to the server closing it. */
async function open (t: Teardown, port: number): Promise<Opened> {
  const socket = connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  let text = ''
  socket.on('data', (chunk: Buffer) => { text += chunk.toString('latin1') })
  socket.on('error', () => {})
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  const startedAt = Date.now()
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - startedAt)))
  return { socket, received: () => text, closed }
}

/** Writes `text` a byte every `everyMs` until the socket closes or the text runs out. */
function drip (socket: Socket, text: string, everyMs: number): void {
  let i = 0
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer)
    socket.write(text[i++]!)
  }, everyMs)
  socket.once('close', () => clearInterval(timer))
}

const headersTimeoutMs = 400
const requestTimeoutMs = 1200
const timeouts = { clientHeadersTimeoutMs: headersTimeoutMs, clientRequestTimeoutMs: requestTimeoutMs }
// Node checks the timeouts every connectionsCheckingInterval (a quarter of the headers timeout
// here); the rest is a loaded CI machine's slack
const slackMs = 600

test('slowloris: a client dripping its headers a byte at a time is cut off at the headers timeout', async (t) => {
  const { port } = await listening(t, timeouts)
  const client = await open(t, port)
  drip(client.socket, `GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(1000)}\r\n\r\n`, 20)
  const heldMs = await client.closed
  t.ok(heldMs >= headersTimeoutMs - 50 && heldMs < headersTimeoutMs + slackMs, `held ${heldMs} ms for a ${headersTimeoutMs} ms headers timeout`)
  t.match(client.received(), /^HTTP\/1\.1 408/, 'told it took too long')
})

test('slowloris: a connection that never sends a byte is cut off at the headers timeout', async (t) => {
  const { port } = await listening(t, timeouts)
  const client = await open(t, port)
  const heldMs = await client.closed
  t.ok(heldMs < headersTimeoutMs + slackMs, `held ${heldMs} ms for a ${headersTimeoutMs} ms headers timeout`)
})

test('slow body: a client dripping its upload is cut off at the request timeout, however steady its drip', async (t) => {
  const { port } = await listening(t, timeouts)
  const client = await open(t, port)
  const body = JSON.stringify({ prompt: 'a paper boat'.padEnd(400, '.') })
  client.socket.write(`POST /v1/video/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`)
  drip(client.socket, body, 20)
  const heldMs = await client.closed
  t.ok(heldMs >= requestTimeoutMs - 50 && heldMs < requestTimeoutMs + slackMs, `held ${heldMs} ms for a ${requestTimeoutMs} ms request timeout`)
  t.match(client.received(), /^HTTP\/1\.1 408/)
})

test('a slow answer is not cut by the request timeout: only receiving the request is timed', async (t) => {
  // A backend that takes longer over the submit than the client had to send it
  const slow = await startScriptedBackend(t, 'u1r1', (_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"job-1","status":"queued"}'), requestTimeoutMs + 400)
  })
  const { app, port } = await listening(t, { ...timeouts, backends: [slow.config] })
  await ready(app)
  const client = await open(t, port)
  const body = JSON.stringify({ prompt: 'a paper boat', backend: 'u1r1' })
  client.socket.write(`POST /v1/video/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`)
  const startedAt = Date.now()
  await new Promise<void>((resolve) => {
    client.socket.on('data', () => { if (/\r\n\r\n/.test(client.received())) resolve() })
    client.socket.once('close', () => resolve())
  })
  t.match(client.received(), /^HTTP\/1\.1 202/, `answered after ${Date.now() - startedAt} ms`)
})

test('a keep-alive client that asks promptly keeps its connection between requests', async (t) => {
  const { port } = await listening(t, timeouts)
  const client = await open(t, port)
  client.socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  await new Promise((resolve) => setTimeout(resolve, 100))
  t.match(client.received(), /^HTTP\/1\.1 200/)
  await new Promise((resolve) => setTimeout(resolve, headersTimeoutMs / 2))
  client.socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  await new Promise((resolve) => setTimeout(resolve, 100))
  t.equal(client.received().match(/HTTP\/1\.1 200/g)?.length, 2, 'both answered on one socket')
})

test('idle keep-alive: a connection that asked once and then sits idle is closed at the keep-alive timeout', async (t) => {
  const { port } = await listening(t, { ...timeouts, clientKeepAliveTimeoutMs: 500 })
  const client = await open(t, port)
  client.socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  const heldMs = await client.closed
  t.match(client.received(), /^HTTP\/1\.1 200/)
  // Node 24 keeps the socket server.keepAliveTimeoutBuffer (1 s) longer than it tells the client, against reuse races
  t.ok(heldMs >= 450 && heldMs < 500 + 1000 + slackMs, `held ${heldMs} ms for a 500 ms keep-alive timeout`)
})

test('connection flood: connections from one address past RINGSIDE_MAX_CONNECTIONS_PER_ADDRESS are closed at once and counted', async (t) => {
  const { app, port } = await listening(t, { maxConnectionsPerAddress: 3, clientHeadersTimeoutMs: 10_000, clientRequestTimeoutMs: 10_000 })
  const held = [await open(t, port), await open(t, port), await open(t, port)]
  const extra = await open(t, port)
  const extraMs = await extra.closed
  t.ok(extraMs < 500, `the fourth connection was closed after ${extraMs} ms`)
  t.equal(extra.received(), '', 'without a byte of answer')
  const metrics = (await app.inject('/metrics')).body
  t.match(metrics, /^ringside_connections_refused_total 1$/m)

  held[0]!.socket.destroy()
  await held[0]!.closed
  const next = await open(t, port)
  next.socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.match(next.received(), /^HTTP\/1\.1 200/, 'a closed connection frees its place')
})

test('the client timeouts are settings: a headers timeout longer than the request timeout is refused at start', async (t) => {
  t.equal(loadConfig({ RINGSIDE_CLIENT_HEADERS_TIMEOUT_MS: '5000' }).clientHeadersTimeoutMs, 5000)
  const err = t.throws(() => loadConfig({ RINGSIDE_CLIENT_HEADERS_TIMEOUT_MS: '90000', RINGSIDE_CLIENT_REQUEST_TIMEOUT_MS: '60000' })) as Error
  t.ok(err instanceof ConfigError)
  t.match(err.message, /RINGSIDE_CLIENT_HEADERS_TIMEOUT_MS must not exceed RINGSIDE_CLIENT_REQUEST_TIMEOUT_MS/)
})
