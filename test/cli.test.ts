import { test } from 'tap'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/ringside.js', import.meta.url))

/** Starts the binary and resolves with the URL from its "listening at" log line. */
async function start (t: { teardown (fn: () => unknown): void }, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  const lines: string[] = []
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in time:\n${lines.join('\n')}`)), 20_000)
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line)
      const match = /listening at (http:\/\/[^\s"]+)/.exec(line)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${lines.join('\n')}`)))
  })
  return { child, url, lines }
}

async function stop (child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  return code
}

test('`ringside` with no backend configured serves the gateway on two embedded simulators', async (t) => {
  const { child, url, lines } = await start(t, [], { PORT: '0', HOST: '127.0.0.1', RINGSIDE_SIM_TIME_SCALE: '0.002', RINGSIDE_BACKENDS: '', LOG_LEVEL: 'info' })
  t.ok(lines.some((line) => line.includes('started the embedded SGLang simulators')), 'says so in the log')

  const deadline = Date.now() + 10_000
  while ((await fetch(`${url}/health/ready`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  for (const backend of ['u1r2', 'u1r1']) {
    const body = JSON.stringify({ prompt: 'a windmill', backend })
    const res = await fetch(`${url}/v1/video/generate?wait=10`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const job = await res.json()
    t.equal(job.status, 'completed', `${backend} completed`)
    const content = Buffer.from(await (await fetch(`${url}${job.links.content}`)).arrayBuffer())
    t.equal(content.subarray(4, 8).toString('latin1'), 'ftyp')
  }
  const metrics = await (await fetch(`${url}/metrics`)).text()
  for (const backend of ['u1r2', 'u1r1']) {
    const stageCounts = new RegExp(`ringside_stage_duration_seconds_count\\{backend="${backend}",stage="\\w+"\\} 1`, 'g')
    t.equal(metrics.match(stageCounts)?.length, 6, `six stages for ${backend}`)
  }
  t.equal(await stop(child), 0, 'SIGTERM closes cleanly')
})

test('`ringside simulate` runs one simulator that answers like SGLang', async (t) => {
  const { child, url } = await start(t, ['simulate', '--profile', 'u1r1', '--port', '0', '--warmup-ms', '0'], {})
  const models = await (await fetch(`${url}/v1/models`)).json()
  t.equal(models.object, 'list')
  t.equal(models.data[0].num_gpus, 1)
  t.equal(await stop(child), 0)
})

test('a bad setting stops the start with a message that names it', async (t) => {
  const child = spawn(process.execPath, [bin], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk) => { stderr += chunk })
  const [code] = await once(child, 'exit')
  t.equal(code, 1)
  t.match(stderr, /^ringside: PORT \(\/port\) must be integer/)
})

test('SIGTERM during a download and during Prefer: wait: both clients get their answer, then the process exits 0', async (t) => {
  const { request } = await import('undici')
  const { child, url } = await start(t, [], { PORT: '0', HOST: '127.0.0.1', RINGSIDE_SIM_TIME_SCALE: '0.05', RINGSIDE_BACKENDS: '', LOG_LEVEL: 'info' })
  const deadline = Date.now() + 10_000
  while ((await fetch(`${url}/health/ready`)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  const post = (backend: string, wait: number) => fetch(`${url}/v1/video/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', prefer: `wait=${wait}` },
    body: JSON.stringify({ prompt: 'a heron', backend })
  })
  const done = await (await post('u1r2', 30)).json()
  t.equal(done.status, 'completed')

  // A download that has started and is paused by its reader, and a request holding for a job.
  const download = await request(`${url}${done.links.content}`)
  const expected = Number(download.headers['content-length'])
  const chunks: Buffer[] = []
  const iterator = download.body[Symbol.asyncIterator]()
  chunks.push((await iterator.next()).value)
  const waiting = post('u1r1', 60)
  await new Promise((resolve) => setTimeout(resolve, 200))

  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const held = await waiting
  t.equal(held.status, 202, 'the waiting client is answered at once with the job as it stands')
  t.match((await held.json()).status, /^(queued|running)$/)
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) chunks.push(next.value)
  t.equal(Buffer.concat(chunks).length, expected, 'the download completes')
  const [code, signal] = await exited
  t.equal(code, 0, `exit code ${code} ${signal}`)
})
