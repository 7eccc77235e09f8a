import { test } from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build, ready, sequentialTraffic, startTestBackend } from '../helper.ts'
import { runPlan } from '../../src/cli/plan.ts'

function capture () {
  const io = { out: '', err: '', stdout: { write: (chunk: string) => { io.out += chunk } }, stderr: { write: (chunk: string) => { io.err += chunk } } }
  return io
}

async function listeningGateway (t: Parameters<typeof build>[0]) {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.01 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.01 })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  return { app, url }
}

test('ringside plan --help prints the usage and exits 0, through the binary', async (t) => {
  const bin = fileURLToPath(new URL('../../bin/ringside.js', import.meta.url))
  const child = spawn(process.execPath, [bin, 'plan', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
  const [code] = await once(child, 'close')
  t.equal(code, 0)
  t.match(stdout, /ringside plan --gateway URL --gpus N/)
})

test('a bad command line is one line on stderr and exit 2, naming the option', async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [['--gpus', '8'], /--gateway URL is required/],
    [['--gateway', 'ftp://x', '--gpus', '8'], /--gateway must be an http\(s\) URL/],
    [['--gateway', 'http://127.0.0.1:1'], /--gpus N is required/],
    [['--gateway', 'http://127.0.0.1:1', '--gpus', '0'], /--gpus must be an integer from 1 to 4096, got '0'/],
    [['--gateway', 'http://127.0.0.1:1', '--gpus', '8', '--rate', 'fast'], /--rate must be a number >= 0, got 'fast'/],
    [['--gateway', 'http://127.0.0.1:1', '--gpus', '8', '--pairs', '3'], /Unknown option '--pairs'/]
  ]
  for (const [argv, message] of cases) {
    const io = capture()
    t.equal(await runPlan(argv, io), 2, argv.join(' '))
    t.match(io.err, message)
    t.equal(io.err.trim().split('\n').length, 1, 'one line')
    t.equal(io.out, '')
  }
})

test('an unreachable gateway is exit 1 with the URL it tried', async (t) => {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  const io = capture()
  t.equal(await runPlan(['--gateway', `http://127.0.0.1:${port}`, '--gpus', '8'], io), 1)
  t.match(io.err, new RegExp(`cannot reach the gateway at http://127\\.0\\.0\\.1:${port}/v1/plan\\.md\\?gpus=8`))
})

test('ringside plan --gateway URL --gpus 8 prints the gateway\'s Markdown plan; the gateway\'s refusal is exit 1 with its message', async (t) => {
  const { app, url } = await listeningGateway(t)
  await sequentialTraffic(t, app, 3)
  const io = capture()
  t.equal(await runPlan(['--gateway', url, '--gpus', '8', '--rate', '0'], io), 0, io.err)
  t.equal(io.out, (await app.inject('/v1/plan.md?gpus=8&rate=0')).body)
  t.match(io.out, /# Capacity plan: 8 GPUs/)
  // in 8 GPUs: 4 x u1r2, 3 + 2, 2 + 4, 1 + 6, 8 x u1r1 — five fleets, one table row each
  t.equal(io.out.split('\n').filter((line) => /^\| \d x u1r[12]/.test(line)).length, 5)
  const refused = capture()
  t.equal(await runPlan(['--gateway', url, '--gpus', '8', '--configs', 'u9r9'], refused), 1)
  t.match(refused.err, /answered 400: configs: unknown "u9r9" \(accepted: u1r2, u1r1\)/)
})
