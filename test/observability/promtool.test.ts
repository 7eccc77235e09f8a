import { readFileSync } from 'node:fs'
import { test } from 'tap'
import { parse } from 'yaml'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { paths, promtoolPath, readRules, run } from './helper.ts'

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
  t.match(exposition, /ringside_stage_duration_seconds_count\{backend="u1r2",stage="Denoising"\} 1/, 'stage series are there to lint')
  const result = await run(promtoolPath, ['check', 'metrics'], exposition)
  t.equal(result.code, 0, result.stderr)
  t.equal(result.stdout + result.stderr, '', 'no lint findings')
})
