// The Dockerfile's own steps, run on this machine without a Docker engine: the build context
// is what .dockerignore lets through of a clean copy of the repository, every stage gets a
// directory standing for its filesystem, COPY and WORKDIR are followed, and the npm commands
// of each RUN are run (system setup, which needs root inside the image, is reported and skipped).
// Then the last stage's CMD starts and its HEALTHCHECK command must pass.
import tap, { test } from 'tap'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, posix } from 'node:path'
import { envOf, execForm, readDockerfile, repoRoot, type Stage } from './helper.ts'

// What this runner follows; any other instruction that changes the filesystem fails the test.
const followed = new Set(['WORKDIR', 'COPY', 'RUN', 'ENV'])
const described = new Set(['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'LABEL', 'ARG'])
const npmStep = /^npm (ci|run [\w:-]+|prune)\b/

// Two npm installs and a TypeScript build: minutes, not the suite's default two.
tap.setTimeout(600_000)

/**
 * A clean copy of the repository: the files git tracks plus new ones it does not ignore, as
 * they are in the work tree (so work not yet committed is built too), never node_modules or dist.
 */
function repositoryFiles (): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
  if (listed.error || listed.status !== 0) throw new Error(`git ls-files failed (the build test copies the repository's files): ${listed.error?.message ?? listed.stderr}`)
  return listed.stdout.split('\0').filter((file) => file !== '' && existsSync(join(repoRoot, file)))
}

/** .dockerignore is an allow-list: `*` then `!entry` lines, so the context is easy to reproduce. */
function contextEntries (): string[] {
  const lines = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  if (lines[0] !== '*' || !lines.slice(1).every((line) => /^![\w.-]+$/.test(line))) {
    throw new Error('.dockerignore must be `*` followed by `!entry` lines (this test reproduces the build context from them)')
  }
  return lines.slice(1).map((line) => line.slice(1))
}

function buildContext (dir: string): string[] {
  const allowed = new Set(contextEntries())
  const files = repositoryFiles().filter((file) => allowed.has(file.split('/')[0]!))
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    cpSync(join(repoRoot, file), join(dir, file))
  }
  return files
}

/**
 * The machine's environment (proxies, CA files) without the outer npm's, tap's or the
 * repository's settings, Node 24 first on the PATH as in the image.
 */
function cleanEnv (extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|tap_|_tapjs|node_options$|node_env$|ringside_|port$|host$)/i.test(key)) env[key] = value
  }
  const path = [dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules'))]
  return { ...env, PATH: path.join(delimiter), ...extra }
}

/** Runs one shell command of a RUN instruction; rejects with its output when it fails. */
async function sh (command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => { output += chunk })
  child.stderr.on('data', (chunk) => { output += chunk })
  const [code, signal] = await once(child, 'exit')
  if (code !== 0) throw new Error(`${command} failed (${code ?? signal}):\n${output}`)
}

interface StageRun { root: string, workdir: string, env: Record<string, string> }

async function runStage (stage: Stage, root: string, context: string, done: Map<string, StageRun>, log: (line: string) => void): Promise<StageRun> {
  const state: StageRun = { root, workdir: '/', env: {} }
  const inStage = (path: string, base: StageRun) => join(base.root, posix.resolve(base.workdir, path))
  for (const { keyword, args, line } of stage.instructions) {
    if (described.has(keyword)) continue
    if (!followed.has(keyword)) throw new Error(`Dockerfile:${line}: ${keyword} is not followed by this test; teach it`)
    if (keyword === 'WORKDIR') {
      state.workdir = posix.resolve(state.workdir, args)
      mkdirSync(inStage('.', state), { recursive: true })
    } else if (keyword === 'ENV') {
      Object.assign(state.env, envOf({ ...stage, instructions: [{ keyword, args, line }] }))
    } else if (keyword === 'COPY') {
      const parts = args.split(/\s+/)
      const from = parts[0]?.startsWith('--from=') ? done.get(parts.shift()!.slice('--from='.length)) : undefined
      if (parts.some((part) => part.startsWith('--'))) throw new Error(`Dockerfile:${line}: COPY option not followed: ${args}`)
      const target = parts.pop()!
      for (const source of parts) {
        const sourcePath = from ? inStage(source, from) : join(context, source)
        if (!existsSync(sourcePath)) throw new Error(`Dockerfile:${line}: COPY ${source}: not in the ${from ? 'stage' : 'build context'}`)
        const targetPath = inStage(target, state)
        const intoDir = target.endsWith('/') || parts.length > 1
        cpSync(sourcePath, intoDir ? join(targetPath, posix.basename(source)) : targetPath, { recursive: true })
      }
    } else {
      for (const command of args.split('&&').map((c) => c.trim())) {
        if (!npmStep.test(command)) {
          log(`skipped (system setup inside the image): ${command}`)
          continue
        }
        const startedAt = Date.now()
        // prefer-offline: the lockfile pins every tarball by integrity, so the npm cache serves
        // the same bytes the registry would, without a metadata round trip per package.
        await sh(command, inStage('.', state), cleanEnv({ ...state.env, npm_config_prefer_offline: 'true' }))
        log(`RUN ${command} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)
      }
    }
  }
  return state
}

async function freePort (): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  return port
}

test('the Dockerfile steps build a clean copy of the repository, and the image starts and answers its healthcheck', { timeout: 600_000 }, async (t) => {
  t.ok(Number(process.versions.node.split('.')[0]) >= 24, `runs on the image's Node major (this is ${process.version})`)
  const work = mkdtempSync(join(tmpdir(), 'ringside-image-'))
  t.teardown(() => rmSync(work, { recursive: true, force: true }))
  const context = join(work, 'context')
  const files = buildContext(context)
  t.notOk(files.some((file) => /^(node_modules|dist|test|\.git)\//.test(file)), 'no node_modules, dist, tests or .git in the context')

  const stages = readDockerfile()
  const done = new Map<string, StageRun>()
  for (const stage of stages) done.set(stage.name, await runStage(stage, join(work, 'stages', stage.name), context, done, (line) => t.comment(`${stage.name}: ${line}`)))

  const runtime = stages.at(-1)!
  const image = done.get(runtime.name)!
  const app = join(image.root, image.workdir)
  t.ok(existsSync(join(app, 'dist', 'src', 'cli.js')), 'the compiled output is in the image')
  t.notOk(existsSync(join(app, 'src')), 'the TypeScript sources are not')
  for (const devOnly of ['typescript', 'tap', 'eslint', 'node']) t.notOk(existsSync(join(app, 'node_modules', devOnly)), `no devDependency ${devOnly}`)
  t.ok(existsSync(join(app, 'node_modules', 'fastify')), 'production dependencies are')

  const port = await freePort()
  // The image's environment, on loopback and a free port here; no backend: embedded simulators.
  const env = cleanEnv({ ...image.env, HOST: '127.0.0.1', PORT: String(port), RINGSIDE_SIM_TIME_SCALE: '0.002', LOG_LEVEL: 'warn' })
  const [command, ...args] = execForm(runtime.instructions.findLast((i) => i.keyword === 'CMD')!.args)!
  t.equal(command, 'node', 'CMD runs node')
  const child = spawn(process.execPath, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => { output += chunk })
  child.stderr.on('data', (chunk) => { output += chunk })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })

  const deadline = Date.now() + 30_000
  let status = 0
  while (status !== 200 && Date.now() < deadline && child.exitCode === null) {
    status = await fetch(`http://127.0.0.1:${port}/health/ready`).then((res) => res.status, () => 0)
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.equal(status, 200, '/health/ready answers 200', { output })

  const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.args.split(/\s+CMD\s+/)[1]!
  const [probe, ...probeArgs] = execForm(healthcheck)!
  t.equal(probe, 'node', 'HEALTHCHECK runs node')
  const check = spawnSync(process.execPath, probeArgs, { cwd: app, env, encoding: 'utf8', timeout: 10_000 })
  t.equal(check.status, 0, 'the HEALTHCHECK command passes', { stderr: check.stderr })

  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  t.equal(code, 0, 'SIGTERM closes the gateway cleanly')
})
