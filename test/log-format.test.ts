import { test } from 'tap'
import { PassThrough } from 'node:stream'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import { processLogger } from '../src/log-format.ts'
import { loadConfig } from '../src/config.ts'

/** A stdout stand-in that says whether it is a terminal, and keeps what is written to it. */
function stdout (isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY }) as PassThrough & NodeJS.WriteStream
  const chunks: string[] = []
  stream.on('data', (chunk) => chunks.push(String(chunk)))
  return { stream, text: () => chunks.join('') }
}

test('auto: readable lines on a terminal, JSON lines anywhere else', async (t) => {
  const config = loadConfig({})
  t.equal(config.logFormat, 'auto')
  t.same(processLogger(config, stdout(false).stream), { level: 'info' }, 'a pipe gets pino\'s JSON')
  const tty = stdout(true)
  const options = processLogger(config, tty.stream)
  pino(options, options.stream!).info({ backend: 'u1r2' }, 'Ringside is ready')
  t.match(tty.text(), /INFO.*Ringside is ready/)
  t.notMatch(tty.text(), /^\{"level"/, 'not a JSON line')
})

test('RINGSIDE_LOG_FORMAT forces either, and anything else stops the start naming it', async (t) => {
  const pipe = stdout(false)
  const options = processLogger(loadConfig({ RINGSIDE_LOG_FORMAT: 'pretty' }), pipe.stream)
  pino(options, options.stream!).warn('no key configured')
  t.match(pipe.text(), /WARN.*no key configured/)
  t.same(processLogger(loadConfig({ RINGSIDE_LOG_FORMAT: 'json' }), stdout(true).stream), { level: 'info' })
  t.throws(() => loadConfig({ RINGSIDE_LOG_FORMAT: 'colour' }), { name: 'ConfigError', message: /^RINGSIDE_LOG_FORMAT/ })
})

test('the binary with RINGSIDE_LOG_FORMAT=pretty prints readable lines, not JSON', async (t) => {
  const bin = fileURLToPath(new URL('../bin/ringside.js', import.meta.url))
  const env = { ...process.env, RINGSIDE_LOG_FORMAT: 'pretty', PORT: '0', HOST: '127.0.0.1', RINGSIDE_BACKENDS: '', NO_COLOR: '1' }
  const child = spawn(process.execPath, [bin], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  const lines: string[] = []
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${lines.join('\n')}`)), 30_000)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line)
      if (line.includes('Ringside is ready')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${lines.join('\n')}`)))
  })
  t.ok(lines.length > 1)
  for (const line of lines) t.notMatch(line, /^\{"level"/, line.slice(0, 80))
  t.match(lines.find((line) => line.includes('Ringside is ready')), /INFO.*Ringside is ready/)
})
