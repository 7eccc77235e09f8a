import { test } from 'tap'
import { readFileSync } from 'node:fs'
import { envOf, execForm, localBin, readDockerfile, runTool, type Stage } from './helper.ts'

const stages = readDockerfile()
const runtime = stages.at(-1)!
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'))

function all (stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args)
}

/** Each command of each RUN, split on `&&`. */
function commands (stage: Stage): string[] {
  return all(stage, 'RUN').flatMap((run) => run.split('&&').map((command) => command.trim()))
}

test('the Dockerfile passes dockerfile-utils lint without a warning', async (t) => {
  const { status, output } = runTool(localBin('dockerfile-utils'), ['lint', 'Dockerfile'], { install: 'a devDependency: npm ci' })
  t.equal(status, 0, output)
  t.equal(output, '', 'no problem reported')
})

test('both stages are the slim Node 24 image of the version the tests run on', async (t) => {
  t.ok(stages.length >= 2, 'multi-stage')
  const nodeVersion = lock.packages['node_modules/node'].version
  t.match(nodeVersion, /^24\./)
  for (const stage of stages) t.equal(stage.image, `node:${nodeVersion}-slim`, `stage ${stage.name}`)
})

test('the build stage installs dev dependencies and builds; the image installs production dependencies only', async (t) => {
  const build = stages[0]!
  t.ok(commands(build).includes('npm ci --no-audit --no-fund'), 'the build stage runs npm ci with dev dependencies')
  t.ok(commands(build).includes('npm run build'), 'and builds')
  const installs = commands(runtime).filter((command) => /^npm (ci|install|i)\b/.test(command))
  t.same(installs, ['npm ci --omit=dev --no-audit --no-fund'], 'the runtime stage installs with --omit=dev, once')
  const fromBuild = all(runtime, 'COPY').filter((args) => args.startsWith('--from='))
  t.same(fromBuild, [`--from=${build.name} /app/dist ./dist`], 'only the compiled output comes from the build stage, not its node_modules')
  t.equal(envOf(runtime).NODE_ENV, 'production')
})

test('the image runs as the non-root node user', async (t) => {
  const users = all(runtime, 'USER')
  t.same(users, ['node'])
  const userIndex = runtime.instructions.findIndex((i) => i.keyword === 'USER')
  const lastRun = runtime.instructions.findLastIndex((i) => i.keyword === 'RUN')
  t.ok(userIndex > lastRun, 'USER comes after the last RUN, so nothing at run time is root')
})

test('the command is node itself in exec form, and the gateway listens on 0.0.0.0:8080', async (t) => {
  const cmd = all(runtime, 'CMD')
  t.equal(cmd.length, 1)
  t.same(execForm(cmd[0]!), ['node', 'bin/ringside.js'], 'exec form, no npm and no shell between the signal and node')
  t.equal(all(runtime, 'ENTRYPOINT').length, 0, 'no entrypoint: `node bin/ringside.js simulate ...` replaces the command')
  const env = envOf(runtime)
  t.equal(env.HOST, '0.0.0.0')
  t.equal(env.PORT, '8080')
  t.same(all(runtime, 'EXPOSE'), ['8080'])
})

test("the healthcheck asks the readiness route with Node's fetch", async (t) => {
  const healthchecks = all(runtime, 'HEALTHCHECK')
  t.equal(healthchecks.length, 1)
  const [options = '', command = ''] = healthchecks[0]!.split(/\s+CMD\s+/)
  t.match(options, /--interval=\d+s/)
  t.match(options, /--timeout=\d+s/)
  const argv = execForm(command)
  t.ok(argv, 'exec form')
  t.equal(argv?.[0], 'node', 'node, which the slim image has (curl it has not)')
  t.match(argv?.at(-1), /fetch\(.*\/health\/ready/)
})
