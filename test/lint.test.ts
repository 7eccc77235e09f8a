// The boundaries of issue #12 are rules in eslint.config.js, run by `npm test`: each is shown to
// bite here, on a file written to break it, through ESLint's own Node API and the real config.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { test } from 'tap'

const root = new URL('..', import.meta.url).pathname
const eslint = new ESLint({ cwd: root })

/** The rules a file at `path` (relative to the repository) breaks, as `rule: message` lines. */
async function problems (path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

test('a clean domain file passes', async (t) => {
  const code = "import { createRandom } from './routing/random.ts'\nimport type { Config } from './config.ts'\n\n" +
    'export const draw = (config: Config) => createRandom(config.port)()\n'
  t.same(await problems('src/lint-probe.ts', code), [])
})

test('domain code in src/ that imports plugins/ or routes/ fails', async (t) => {
  t.match(await problems('src/jobs/lint-probe.ts', "import backends from '../../plugins/backends.ts'\n\nexport default backends\n"),
    [/^import-x\/no-restricted-paths: .*does not import plugins\/ or routes\//])
  t.match(await problems('src/lint-probe.ts', "import type health from '../routes/health.ts'\n\nexport type Health = typeof health\n"),
    [/^import-x\/no-restricted-paths: /], 'a type import too')
})

test('domain code in src/ that imports fastify fails; the composition root may', async (t) => {
  t.match(await problems('src/jobs/lint-probe.ts', "import type { FastifyInstance } from 'fastify'\n\nexport type App = FastifyInstance\n"),
    [/^no-restricted-imports: .*never receives or builds a Fastify instance/])
  t.match(await problems('src/lint-probe.ts', "import fp from 'fastify-plugin'\n\nexport default fp\n"), [/^no-restricted-imports: /])
  const errors = "import createError from '@fastify/error'\n\nexport default createError\n"
  t.same(await problems('src/lint-probe.ts', errors), [], '@fastify/error builds error classes only')
  t.same(await problems('src/server.ts', "import type { FastifyInstance } from 'fastify'\n\nexport type App = FastifyInstance\n"), [])
})

test('a simulator file that imports the gateway fails', async (t) => {
  t.match(await problems('src/simulator/lint-probe.ts', "import type { BackendConfig } from '../config.ts'\n\nexport type Entry = BackendConfig\n"),
    [/^import-x\/no-restricted-paths: .*imports nothing outside src\/simulator\//])
  const probe = "import { ffmpegAvailable } from '../ffmpeg.ts'\n\nexport default ffmpegAvailable\n"
  t.match(await problems('src/simulator/lint-probe.ts', probe), [/^import-x\/no-restricted-paths: /], 'the gateway\'s ffmpeg probe')
  t.same(await problems('src/simulator/lint-probe.ts', probe.replace('../', './')), [], 'its own probe is fine')
})

test('a gateway file that imports the simulator fails; the embedding entry may', async (t) => {
  const code = "import { startEmbeddedBackends } from '../src/simulator/embedded.ts'\n\nexport default startEmbeddedBackends\n"
  t.match(await problems('plugins/lint-probe.ts', code), [/^import-x\/no-restricted-paths: .*Only src\/embedded.ts imports the simulator/])
  t.match(await problems('src/jobs/lint-probe.ts', code.replace('../src/', '../')), [/^import-x\/no-restricted-paths: .*Only src\/embedded.ts/])
  t.match(await problems('src/server.ts', code.replace('../src/', './')), [/^import-x\/no-restricted-paths: /], 'the composition root goes through the entry too')
  t.same(await problems('src/embedded.ts', code.replace('../src/', './')), [])
})

test('a line over 160 characters fails; one of 160, or a long URL, does not', async (t) => {
  // `export const text = '` and the closing quote are 22 characters
  const line = (length: number) => `export const text = '${'x'.repeat(length - 22)}'\n`
  t.match(await problems('src/lint-probe.ts', line(161)), [/^@stylistic\/max-len: This line has a length of 161\. Maximum allowed is 160/])
  t.same(await problems('src/lint-probe.ts', line(160)), [])
  t.same(await problems('src/lint-probe.ts', `// https://example.com/${'x'.repeat(160)}\nexport const x = 1\n`), [])
})

test('an import cycle fails, one made of type imports included', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-lint-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await mkdir(join(dir, 'src'))
  const files = {
    'src/a.ts': "import type { B } from './b.ts'\n\nexport interface A { b?: B }\n",
    'src/b.ts': "import type { A } from './a.ts'\n\nexport interface B { a?: A }\n",
    'src/c.ts': "import { d } from './d.ts'\n\nexport const c = () => d\n",
    'src/d.ts': "import { c } from './c.ts'\n\nexport const d = () => c\n",
    'src/e.ts': "import type { A } from './a.ts'\n\nexport type E = A\n"
  }
  for (const [path, code] of Object.entries(files)) await writeFile(join(dir, path), code)
  const inTemp = new ESLint({ cwd: dir, overrideConfigFile: join(root, 'eslint.config.js') })
  const results = await inTemp.lintFiles(Object.keys(files))
  const rules = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]))
  t.same(rules, {
    'src/a.ts': ['import-x/no-cycle'],
    'src/b.ts': ['import-x/no-cycle'],
    'src/c.ts': ['import-x/no-cycle'],
    'src/d.ts': ['import-x/no-cycle'],
    'src/e.ts': []
  })
})
