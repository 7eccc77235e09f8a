import { test } from 'tap'
import { readFileSync } from 'node:fs'
import { build, startTestBackend } from './helper.ts'
import { environment } from '../src/config.ts'
import { metricNames } from '../src/metrics/names.ts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('the README starts with the start command and the test command', async (t) => {
  const commands = readme.split('\n').filter((line) => line.startsWith('    ')).slice(0, 2).map((line) => line.trim().split('#')[0]!.trim())
  t.same(commands, ['npm ci && npm start', 'npm test'])
})

test('the README documents every setting and every metric', async (t) => {
  for (const [variable] of Object.values(environment)) t.match(readme, `\`${variable}\``, variable)
  for (const name of Object.values(metricNames)) t.match(readme, `\`${name}\``, name)
})

test('the OpenAPI document at /docs/json describes every route, and /docs serves its UI', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  const res = await app.inject('/docs/json')
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.equal(doc.info.title, 'Ringside')
  t.matchSnapshot(Object.keys(doc.paths).sort(), 'documented paths')
  t.matchSnapshot(doc, 'the whole OpenAPI document')
  const ui = await app.inject('/docs/')
  t.equal(ui.statusCode, 200)
  t.match(ui.headers['content-type'], /text\/html/)
})
