import type { AddressInfo } from 'node:net'
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { recorded, seedPair } from '../../dashboards/rules.ts'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import {
  dashboardQueries, finiteValues, paths, readDashboard, readRules, startPrometheus, substitute, testVariables, type Prometheus, type PromResult
} from './helper.ts'
import { fakeGpus, startFakeDcgm } from './dcgm.ts'

// One Prometheus for the file: 2.42 sends its first target list ~5 s after start, so the
// first scrape, not the traffic, sets the pace.

const timeScale = 0.002

async function scalar (prometheus: Prometheus, expr: string): Promise<number | undefined> {
  const value = finiteValues(await prometheus.query(expr))[0]
  return value
}

/**
 * A paired run: the same request and seed on both backends, with output parity measured. Small
 * videos: the simulator renders real frames and ffmpeg compares them, on a two-core machine.
 */
async function startPairedRun (app: FastifyInstance): Promise<string> {
  const template = { prompt: 'a paper boat on a pond', seed: 7, size: '320x176', seconds: 1 }
  const res = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template, pairs: 2, warmup: 0 } })
  if (res.statusCode !== 202) throw new Error(`paired run refused: ${res.statusCode} ${res.body}`)
  return res.json().id
}

async function runStatus (app: FastifyInstance, id: string): Promise<string> {
  return (await app.inject(`/v1/compare/runs/${id}`)).json().status
}

/**
 * Everything the dashboard reads has moved since Prometheus first saw it. A histogram series
 * appears already counting its first observation, which rate() never sees; so this takes
 * observations on both sides of at least one scrape.
 */
async function everythingMoved (prometheus: Prometheus): Promise<boolean> {
  const moved = async (expr: string, series: number) => (await prometheus.query(`${expr} > 0`)).data?.result.length === series
  const checks = await Promise.all([
    moved('sum by (backend) (increase(ringside_stage_duration_seconds_count{stage="Denoising"}[1m]))', 2),
    moved('sum by (backend) (increase(ringside_gpu_peak_reserved_bytes_count[1m]))', 2),
    moved('sum by (backend) (increase(ringside_denoise_step_duration_seconds_count[1m]))', 2),
    moved('sum(increase(ringside_output_parity_ssim_count[1m]))', 1),
    moved('sum by (gpu) (increase(DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION[1m]))', 4)
  ])
  return checks.every(Boolean)
}

function describe (result: PromResult): string {
  return result.status === 'success' ? JSON.stringify(result.data?.result).slice(0, 300) : `${result.status}: ${result.error}`
}

test('a real Prometheus scraping the gateway under paired traffic answers every panel query and every recording rule with data', async (t) => {
  // Real H.264 (ffmpeg), so the parity series get data too.
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale, render: 'ffmpeg' })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale, render: 'ffmpeg' })
  // Poll backends often: job completion, not the tracker's back-off, should set the pace.
  // u1r1 names its GPU by UUID, u1r2 by index: both joins of the GPU row are exercised
  const gpus = fakeGpus()
  const backends = [{ ...u1r2.config, gpus: ['0', '1'] }, { ...u1r1.config, gpus: [gpus[2]!.UUID] }]
  const app = await build(t, { backends, pollMaxMs: 20 })
  await ready(app)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  const dcgm = await startFakeDcgm(t, gpus)
  // The energy counters climb while the GPUs work: 300 J per GPU per tick
  const timer = setInterval(() => { for (const gpu of gpus) gpu.energy += 300_000 }, 200)
  t.teardown(() => clearInterval(timer))
  // A scanner's 404: the refused-answers panel has a series from the start
  await app.inject('/wp-login.php')

  const prometheus = await startPrometheus(t, {
    global: { scrape_interval: '1s', evaluation_interval: '1s' },
    rule_files: [paths.rules],
    scrape_configs: [
      { job_name: 'ringside', static_configs: [{ targets: [`127.0.0.1:${port}`] }] },
      { job_name: 'dcgm', static_configs: [{ targets: [dcgm.target] }] }
    ]
  })
  // Traffic starts at once and overlaps target discovery; runs follow one another until
  // Prometheus has seen everything move.
  let run = await startPairedRun(app)
  await eventually(async () => (await scalar(prometheus, 'up{job="ringside"}')) === 1, { timeoutMs: 20_000, intervalMs: 250 })
  t.pass('Prometheus scrapes the gateway')
  await eventually(async () => {
    if (await everythingMoved(prometheus)) return true
    if (await runStatus(app, run) !== 'running') run = await startPairedRun(app)
    return false
  }, { timeoutMs: 40_000, intervalMs: 250 })
  t.pass('rates have data for both backends and for output parity')

  await t.test('every panel query of the dashboard returns numbers for the u1r1 vs u1r2 pair', async (t) => {
    const queries = dashboardQueries(readDashboard())
    for (const query of queries) {
      const expr = substitute(query.expr)
      // Instant queries as the stat and table panels send them, range queries as the graphs do.
      const result = query.instant ? await prometheus.query(expr) : await prometheus.queryRange(expr, 30)
      t.equal(result.status, 'success', `${query.panel} ${query.refId}: ${describe(result)}`)
      t.ok(finiteValues(result).length > 0, `${query.panel} ${query.refId} has data: ${expr}`)
    }
  })

  await t.test('the workload variable lists what Grafana\'s label_values would: the paired runs\' workload and the zeroed presets', async (t) => {
    const variable = (readDashboard().templating.list ?? []).find((v) => v.name === 'workload')
    const [, selector] = /^label_values\((.*), workload\)$/.exec(String(variable?.query)) ?? []
    // Grafana asks Prometheus for the label's values over the series the selector matches
    const url = `${prometheus.url}/api/v1/label/workload/values?${new URLSearchParams({ 'match[]': substitute(selector ?? '') })}`
    const { status, data } = await (await fetch(url)).json() as { status: string, data: string[] }
    t.equal(status, 'success')
    t.ok(data.includes(testVariables.workload), `${testVariables.workload} in ${data.join(', ')}`)
    t.ok(data.includes('t2v-1280x704-97f-50s'), 'the default preset, zeroed at start, before any job of it')
  })

  await t.test('every panel query is empty for a job or an instance Prometheus does not scrape: the filters reach every selector', async (t) => {
    for (const query of dashboardQueries(readDashboard())) {
      for (const scope of [{ job: 'elsewhere' }, { instance: 'gateway-b:8080' }]) {
        const result = await prometheus.query(substitute(query.expr, { ...testVariables, ...scope }))
        t.same([result.status, finiteValues(result)], ['success', []], `${query.panel} ${query.refId} with ${JSON.stringify(scope)}`)
      }
    }
  })

  await t.test('every recording rule records data and every rule evaluates without error', async (t) => {
    const rules = readRules()
    for (const rule of rules.filter((r) => r.record)) {
      const name = rule.record as string
      await eventually(async () => finiteValues(await prometheus.query(name)).length > 0, { timeoutMs: 10_000, intervalMs: 250 })
        .then(() => t.pass(`${name} has data`), (err) => t.fail(`${name} has data: ${err.message}`))
      const direct = await prometheus.query(rule.expr)
      t.ok(finiteValues(direct).length > 0, `${name}'s expression answers directly: ${describe(direct)}`)
    }
    const { data } = await (await fetch(`${prometheus.url}/api/v1/rules`)).json() as { data: { groups: Array<{ rules: Array<{ name: string, health: string, lastError?: string }> }> } }
    const evaluated = data.groups.flatMap((group) => group.rules)
    t.equal(evaluated.length, rules.length, 'Prometheus loaded every rule')
    for (const rule of evaluated) t.equal(rule.health, 'ok', `${rule.name} evaluates${rule.lastError ? `: ${rule.lastError}` : ''}`)
  })

  await t.test('the Denoising speedup rule agrees with /v1/compare once Prometheus has seen every job', async (t) => {
    await eventually(async () => (await runStatus(app, run)) !== 'running', { timeoutMs: 40_000, intervalMs: 100 })
    const report = (await app.inject('/v1/compare?baseline=u1r1&candidate=u1r2')).json()
    const row = report.stages.find((stage: { name: string }) => stage.name === 'Denoising')
    const counts = { u1r1: row.baseline.n, u1r2: row.candidate.n }
    const scraped = 'ringside_stage_duration_seconds_count{stage="Denoising"}'
    // Wait for a scrape with the final counts, then for a rule evaluation after that scrape.
    await eventually(async () => {
      const [u1r1Count, u1r2Count] = await Promise.all(['u1r1', 'u1r2'].map((backend) => scalar(prometheus, `sum(${scraped.replace('{', `{backend="${backend}",`)})`)))
      return u1r1Count === counts.u1r1 && u1r2Count === counts.u1r2
    }, { timeoutMs: 30_000, intervalMs: 200 })
    // The paired runs' one workload: the rule keeps it, so it is selected as the comparison would
    const rule = `${recorded.stageSpeedup}{stage="Denoising",workload="${testVariables.workload}",backend="u1r2",baseline="${seedPair.baseline}"}`
    await eventually(async () => {
      const [ruleAt, scrapeAt] = await Promise.all([scalar(prometheus, `timestamp(${rule})`), scalar(prometheus, `max(timestamp(${scraped}))`)])
      return ruleAt !== undefined && scrapeAt !== undefined && ruleAt > scrapeAt
    }, { timeoutMs: 30_000, intervalMs: 200 })
    const fromRule = await scalar(prometheus, rule)
    t.ok(fromRule !== undefined && Math.abs(fromRule - row.speedup) / row.speedup < 0.05,
      `rule ${fromRule} vs /v1/compare ${row.speedup} (rate() leaves out each series' first observation)`)
  })
})
