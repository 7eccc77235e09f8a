import { test } from 'tap'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
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
    const stageCounts = new RegExp(`ringside_stage_duration_seconds_count\\{backend="${backend}",workload="t2v-1280x704-97f-50s",stage="\\w+"\\} 1`, 'g')
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

test('`ringside simulate` takes sglang serve\'s own storage settings: --output-path "" keeps no file, SGLANG_CLOUD_STORAGE_TYPE=s3 uploads', async (t) => {
  const completedJob = async (url: string) => {
    const created = await (await fetch(`${url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"x"}' })).json()
    for (;;) {
      const job = await (await fetch(`${url}/v1/videos/${created.id}`)).json()
      if (job.status === 'completed') return job
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  const args = ['simulate', '--port', '0', '--warmup-ms', '0', '--time-scale', '0.001']
  const kept = await start(t, [...args, '--output-path', ''], {})
  t.same([(await completedJob(kept.url)).file_path, (await completedJob(kept.url)).url], [null, null], 'a temporary directory: no file_path')
  t.equal(await stop(kept.child), 0)
  const uploaded = await start(t, args, { SGLANG_CLOUD_STORAGE_TYPE: 's3' })
  t.match((await completedJob(uploaded.url)).url, /^http:\/\/127\.0\.0\.1:\d+\/s3\/ringside-simulated\/[\w-]+\.mp4$/)
  t.equal(await stop(uploaded.child), 0)
})

test('a bad setting stops the start with a message that names it', async (t) => {
  const child = spawn(process.execPath, [bin], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk) => { stderr += chunk })
  const [code] = await once(child, 'exit')
  t.equal(code, 1)
  t.match(stderr, /^ringside: PORT \(\/port\) must be integer/)
})

/** Runs the binary to its exit and gives what it printed. */
async function runToExit (args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => { stdout += chunk })
  child.stderr!.on('data', (chunk) => { stderr += chunk })
  const [code] = await once(child, 'exit')
  return { code, stdout, stderr }
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

test('--help answers every command with its usage and exit 0, --version with the version; nothing starts', async (t) => {
  for (const args of [['--help'], ['help'], ['-h'], ['serve', '--help'], ['simulate', '--help'], ['compare', '--help']]) {
    const { code, stdout, stderr } = await runToExit(args, { PORT: 'not-read-for-help' })
    t.equal(code, 0, `${args.join(' ')} exits 0`)
    t.match(stdout, /Usage/, `${args.join(' ')} prints a usage`)
    t.equal(stderr, '', `${args.join(' ')} prints nothing on stderr`)
  }
  for (const args of [['--version'], ['serve', '--version'], ['simulate', '--version'], ['compare', '--version']]) {
    const { code, stdout } = await runToExit(args)
    t.equal(code, 0)
    t.equal(stdout, `ringside ${version}\n`, `${args.join(' ')} prints the package's version`)
  }
})

test('a mistake on the command line is one line naming it and exit 2, never a stack trace', async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [['bogus'], /^ringside: unknown command 'bogus' \(ringside --help lists the commands\)\n$/],
    [['serve', 'extra'], /^ringside: serve takes no arguments .*'extra'\n$/],
    [['simulate', '--port', 'abc'], /^ringside: --port must be a number, got 'abc'\n$/],
    [['simulate', '--profile', 'x'], /^ringside: --profile: unknown configuration 'x' \(expected u1r2, u1r1, any u<U>r<R> or kvg<G>, optionally with c2\)\n$/],
    [['simulate', '--bogus'], /^ringside: Unknown option '--bogus'.*\n$/],
    [['simulate', '--port'], /^ringside: Option '--port <value>' argument missing\n$/]
  ]
  for (const [args, message] of cases) {
    const { code, stderr, stdout } = await runToExit(args)
    t.equal(code, 2, `${args.join(' ')} exits 2`)
    t.match(stderr, message, `${args.join(' ')}: ${stderr.trim()}`)
    t.notMatch(stderr, /\n\s+at /, 'no stack trace')
    t.equal(stdout, '')
  }
})

test('a busy port stops the start with one line naming PORT, before any simulator starts', async (t) => {
  const busy = createServer()
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
  t.teardown(() => busy.close())
  const port = String((busy.address() as AddressInfo).port)
  const { code, stdout, stderr } = await runToExit([], { PORT: port, HOST: '127.0.0.1', RINGSIDE_BACKENDS: '', LOG_LEVEL: 'info' })
  t.equal(code, 1)
  t.equal(stderr, `ringside: PORT: port ${port} on 127.0.0.1 is already in use: stop what listens there or set PORT\n`)
  t.notMatch(stdout, /embedded SGLang simulators/, 'checked before the simulators start')

  const simulate = await runToExit(['simulate', '--port', port, '--host', '127.0.0.1'])
  t.equal(simulate.code, 1)
  t.equal(simulate.stderr, `ringside: --port: port ${port} is already in use: stop what listens there or pick another\n`)
})

test('on a Node older than 24 the binary says what to do instead of failing on the .ts sources', async (t) => {
  // The machine's own Node, when it is older (Node 20 here; npm scripts run the pinned node@24)
  const system = spawnSync('/usr/bin/env', ['-i', `PATH=${systemPath()}`, 'node', '--version'], { encoding: 'utf8' })
  const major = Number(/^v(\d+)/.exec(system.stdout ?? '')?.[1])
  if (!(major < 24)) {
    t.comment(`the system Node is ${system.stdout?.trim() || 'missing'}: nothing older to run on`)
    return
  }
  const old = spawnSync('/usr/bin/env', ['-i', `PATH=${systemPath()}`, 'node', bin, '--version'], { encoding: 'utf8' })
  t.equal(old.status, 1)
  t.match(old.stderr, /^ringside: needs Node 24 or later, this is v\d+.*npm start, npx ringside.*\n$/)
  t.notMatch(old.stderr, /ERR_UNKNOWN_FILE_EXTENSION/)
})

/** PATH without npm's node_modules/.bin entries, where node@24 sits. */
function systemPath (): string {
  return (process.env.PATH ?? '').split(':').filter((dir) => !dir.includes('node_modules')).join(':')
}

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
