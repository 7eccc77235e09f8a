import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, type Test } from 'tap'
import { parse } from 'yaml'
import { rulesFile } from '../../dashboards/artefacts.ts'
import { rulePair, seedPair, type RuleOptions } from '../../dashboards/rules.ts'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { paths, promtoolPath, readRules, root, run, type Rule } from './helper.ts'

// promtool comes with Debian's `prometheus` package (2.42 here and in CI).

test('promtool check config accepts prometheus.yml and the rule files it loads', async (t) => {
  const result = await run(promtoolPath, ['check', 'config', paths.prometheusConfig])
  t.equal(result.code, 0, result.stdout + result.stderr)
  t.match(result.stdout, /SUCCESS: 1 rule files found/, 'rule_files finds the rules next to the config')
})

test('promtool check rules accepts every recording and alert rule', async (t) => {
  const result = await run(promtoolPath, ['check', 'rules', paths.rules])
  t.equal(result.code, 0, result.stdout + result.stderr)
  t.match(result.stdout, new RegExp(`SUCCESS: ${readRules().length} rules found`))
})

test('promtool test rules passes every rule unit test', async (t) => {
  const result = await run(promtoolPath, ['test', 'rules', paths.rulesTest])
  t.equal(result.code, 0, result.stdout + result.stderr)
})

interface RuleTests {
  tests: Array<{
    interval: string
    promql_expr_test?: Array<{ expr: string }>
    alert_rule_test?: Array<{ alertname: string, exp_alerts?: unknown[] }>
  }>
}

test('every alert has a unit test that makes it fire, and every recording rule one that reads it', async (t) => {
  const suite = parse(readFileSync(paths.rulesTest, 'utf8')) as RuleTests
  const firing = new Set(suite.tests.flatMap((group) => (group.alert_rule_test ?? []).filter((a) => (a.exp_alerts ?? []).length > 0).map((a) => a.alertname)))
  const exprs = suite.tests.flatMap((group) => (group.promql_expr_test ?? []).map((p) => p.expr)).join('\n')
  for (const rule of readRules()) {
    if (rule.alert) t.ok(firing.has(rule.alert), `${rule.alert} is tested firing`)
    if (rule.record) t.ok(exprs.includes(rule.record), `${rule.record} is tested`)
  }
  for (const group of suite.tests) t.equal(group.interval, '15s', 'series are spaced like real scrapes')
})

/**
 * The committed unit tests with the seed's backends renamed, against rules built for the same
 * names in a temp dir: the whole suite, not a sample, must hold for any pair the rules are built with.
 */
async function unitTestRenamed (t: Test, names: Record<string, string>, options: Partial<RuleOptions>) {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-rules-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const suite = (await readFile(paths.rulesTest, 'utf8')).replace(/u1r[12]/g, (name) => names[name] ?? name)
  await writeFile(join(dir, 'ringside.rules.test.yml'), suite)
  await writeFile(join(dir, 'ringside.rules.yml'), rulesFile(options))
  return {
    check: await run(promtoolPath, ['check', 'rules', join(dir, 'ringside.rules.yml')]),
    test: await run(promtoolPath, ['test', 'rules', join(dir, 'ringside.rules.test.yml')])
  }
}

test('rules built for another pair pass the whole unit-test suite with the backends renamed', async (t) => {
  const names = { u1r1: 'h100x1', u1r2: 'h100ring4' }
  const other = await unitTestRenamed(t, names, { pair: { baseline: 'h100x1', candidates: ['h100ring4'] } })
  t.equal(other.check.code, 0, other.check.stdout + other.check.stderr)
  t.equal(other.test.code, 0, other.test.stdout + other.test.stderr)
  // The pair is really built in: the seed's rules fail the renamed suite.
  const seed = await unitTestRenamed(t, names, { pair: seedPair })
  t.not(seed.test.code, 0, 'the seed\'s rules do not compare the renamed pair')
  const several = rulesFile({ pair: { baseline: 'h100x1', candidates: ['h100ring4', 'h100ring8'] } })
  t.match(several, 'mean5m{backend=~"h100ring4|h100ring8", workload!="other"}', 'several candidates in one matcher')
})

test('a pair the rules cannot express is refused with the setting named', async (t) => {
  t.same(rulePair(undefined, undefined), seedPair, 'the seed\'s pair by default')
  t.same(rulePair('a1', ' b1, c1 '), { baseline: 'a1', candidates: ['b1', 'c1'] })
  t.throws(() => rulePair('u1r1', 'u1r1'), /candidate: u1r1 is the baseline/)
  t.throws(() => rulePair('u1.*', undefined), /baseline: "u1\.\*" is not a backend name/)
  t.throws(() => rulePair(undefined, 'u1r2|x'), /candidate: "u1r2\|x" is not a backend name/)
  t.throws(() => rulePair(undefined, ''), /candidate: at least one backend/)
})

test('npm run dashboards takes the pair from the environment, flags first, and writes where it is told', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-build-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const env = {
    ...process.env, RINGSIDE_RULES_BASELINE: 'envbase', RINGSIDE_RULES_CANDIDATE: 'envcand', RINGSIDE_RUNBOOK_URL: 'https://runbooks.example/RUNBOOK.md'
  }
  const built = await runWith(['dashboards/build.ts', '--baseline', 'flagbase', '--out-dir', dir], env)
  t.equal(built.code, 0, built.stderr)
  const rules = readFileSync(join(dir, 'prometheus', 'rules', 'ringside.rules.yml'), 'utf8')
  t.match(rules, 'mean5m{backend="flagbase", workload!="other"} / ignoring (backend) group_right () backend_workload_stage:ringside_stage_duration_seconds:mean5m{backend=~"envcand", workload!="other"}')
  t.match(rules, 'runbook_url: https://runbooks.example/RUNBOOK.md#ringsidebackenddown')
  const dashboard = readFileSync(join(dir, 'dashboards', 'ring-sp-vs-baseline.json'), 'utf8')
  t.equal(dashboard, readFileSync(paths.dashboard, 'utf8'), 'the dashboard does not depend on the pair')
  const refused = await runWith(['dashboards/build.ts', '--candidate', 'flagbase', '--baseline', 'flagbase', '--out-dir', dir], env)
  t.equal(refused.code, 2)
  t.match(refused.stderr, /^ringside dashboards: candidate: flagbase is the baseline/)
  t.notMatch(refused.stderr, /\n\s+at /, 'no stack trace')
})

function runWith (args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number, stderr: string }>((resolve) => {
    execFile(process.execPath, args, { cwd: root, env }, (err, _stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }))
  })
}

interface RunbookSection { heading: string, body: string }

function runbookSections (): RunbookSection[] {
  const text = readFileSync(join(root, 'RUNBOOK.md'), 'utf8')
  return text.split(/^## /m).slice(1).map((part) => ({ heading: part.slice(0, part.indexOf('\n')).trim(), body: part }))
}

test('every alert links to its own RUNBOOK.md section, which says what it means, how to check and what to do', async (t) => {
  const alerts = readRules().filter((rule): rule is Rule & { alert: string } => rule.alert !== undefined)
  const sections = new Map(runbookSections().map((section) => [section.heading, section.body]))
  for (const alert of alerts) {
    const url = (alert as { annotations?: Record<string, string> }).annotations?.runbook_url
    // GitHub's anchor for a heading made of one word is that word in lower case.
    t.equal(url, `RUNBOOK.md#${alert.alert.toLowerCase()}`, `${alert.alert} has a runbook_url`)
    const body = sections.get(alert.alert)
    t.ok(body, `RUNBOOK.md has a section ## ${alert.alert}`)
    for (const part of ['**What it means.**', '**How to check.**', '**What to do.**']) t.ok(body?.includes(part), `${alert.alert}: ${part}`)
  }
  t.same([...sections.keys()].sort(), alerts.map((alert) => alert.alert).sort(), 'one section per alert, none for an alert that is gone')
  const base = 'https://git.example/ringside/blob/main/RUNBOOK.md'
  const other = parse(rulesFile({ runbookUrl: base })) as { groups: Array<{ rules: Array<{ annotations?: Record<string, string> }> }> }
  t.ok(other.groups[1]?.rules.every((rule) => rule.annotations?.runbook_url?.startsWith(`${base}#`)), 'the runbook base URL is set at build')
})

test('promtool check metrics finds nothing to report in the app\'s own registry after traffic', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.002 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.002 })
  // Poll backends often: job completion, not the tracker's back-off, should set the pace.
  const app = await build(t, { backends: [u1r2.config, u1r1.config], pollMaxMs: 20 })
  await ready(app)
  const ids = await Promise.all(['u1r2', 'u1r1'].map(async (backend) => {
    const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'a paper boat', backend, seed: 1, size: '320x176', seconds: 1 } })
    return res.json().id as string
  }))
  await eventually(async () => {
    const jobs = await Promise.all(ids.map(async (id) => (await app.inject(`/v1/video/jobs/${id}`)).json()))
    return jobs.every((job) => job.status === 'completed')
  }, { timeoutMs: 20_000 })
  const exposition = await app.metricsRegistry.metrics()
  t.match(exposition, /ringside_stage_duration_seconds_count\{backend="u1r2",workload="[^"]+",stage="Denoising"\} 1/, 'stage series are there to lint')
  const result = await run(promtoolPath, ['check', 'metrics'], exposition)
  t.equal(result.code, 0, result.stderr)
  t.equal(result.stdout + result.stderr, '', 'no lint findings')
})
