import { readFileSync } from 'node:fs'
import t, { test } from 'tap'
import { parse } from 'yaml'
import { parser } from '@prometheus-io/lezer-promql'
import { dcgmMetricNames, metricNames, workloadMetrics } from '../../src/metrics/names.ts'
import { build, startTestBackend } from '../helper.ts'
import { dashboardQueries, parsePromql, paths, readDashboard, readRules, substitute } from './helper.ts'

const dashboard = readDashboard()
const rules = readRules()
const panelQueries = dashboardQueries(dashboard)
// Query variables only: the datasource variable's query is a plugin type, the text box's a URL.
const variableQueries = (dashboard.templating.list ?? []).filter((variable) => variable.type === 'query').map((variable) => String(variable.query ?? ''))
const recordedNames = new Set(rules.flatMap((rule) => rule.record ? [rule.record] : []))
// Series Prometheus itself writes for every target: not the app's to export.
const prometheusOwn = new Set(['up'])
// NVIDIA dcgm-exporter's, scraped from the GPU hosts: the dashboard joins them to backends.
const dcgmOwn = new Set<string>(Object.values(dcgmMetricNames))

const everyExpression = [
  ...panelQueries.map((query) => ({ where: `panel ${query.panel} ${query.refId}`, expr: substitute(query.expr) })),
  ...rules.map((rule) => ({ where: `rule ${rule.record ?? rule.alert}`, expr: rule.expr }))
]

function metricsIn (expr: string): string[] {
  return parsePromql(expr).metrics
}

/** `label_values(metric, label)` or `label_values(metric{matchers}, label)`: Grafana's variable function, not PromQL. */
function labelValuesMetric (query: string): string | undefined {
  return /^label_values\((\w+)(\{[^}]*\})?,\s*\w+\)$/.exec(query)?.[1]
}

test('every dashboard query and rule expression parses as PromQL once Grafana\'s variables are substituted', async (t) => {
  t.ok(panelQueries.length >= 30, `${panelQueries.length} panel queries`)
  for (const { where, expr } of everyExpression) {
    t.notMatch(expr, /\$/, `${where} has no variable left`)
    t.same(parsePromql(expr).errors, [], `${where} parses`)
  }
  for (const query of variableQueries) t.ok(labelValuesMetric(query), `variable query ${query} is label_values(metric, label)`)
  t.not(parsePromql('sum(rate(ringside_jobs_total[5m])').errors.length, 0, 'an unbalanced query is caught')
})

/** The label matchers of every vector selector in `expr`, as written. */
function selectorMatchers (expr: string): Array<{ selector: string, matchers: string[] }> {
  const found: Array<{ selector: string, matchers: string[] }> = []
  parser.parse(expr).iterate({
    enter (node) {
      if (node.name !== 'VectorSelector') return
      const braces = node.node.getChild('LabelMatchers')
      const matchers = (braces?.getChildren('UnquotedLabelMatcher') ?? []).map((matcher) => expr.slice(matcher.from, matcher.to))
      found.push({ selector: expr.slice(node.from, node.to), matchers })
    }
  })
  return found
}

test('every selector of every panel query is narrowed to the $job and $instance picked', async (t) => {
  let selectors = 0
  for (const query of panelQueries) {
    // Range variables only: $job and $instance must stay as written to be seen.
    const expr = substitute(query.expr, { __rate_interval: '1m', __range: '5m', __interval: '15s' })
    for (const { selector, matchers } of selectorMatchers(expr)) {
      selectors++
      // DCGM's series carry the exporter's job and instance: the gateways picked reach them through the join
      const scoped = matchers.includes('job=~"$job"') && matchers.includes('instance=~"$instance"')
      t.equal(scoped, !dcgmOwn.has(selectorMetric(selector)), `panel ${query.panel} ${query.refId}: ${selector}`)
    }
  }
  t.ok(selectors >= panelQueries.length, `${selectors} selectors in ${panelQueries.length} queries`)
  const joined = panelQueries.filter((query) => parsePromql(substitute(query.expr)).metrics.some((name) => dcgmOwn.has(name)))
  t.ok(joined.length >= 4, `${joined.length} queries read DCGM`)
  for (const query of joined) t.match(query.expr, /ringside_backend_info\{job=~"\$job", instance=~"\$instance"/, `panel ${query.panel} ${query.refId} joins the gateways picked`)
  const sample = selectorMatchers('sum(rate(x_count{backend="a"}[5m])) / y').map((s) => s.matchers)
  t.same(sample, [['backend="a"'], []], 'the check reads matchers, and sees a bare selector')
})

/** The metric a selector names, without a histogram's suffix. */
function selectorMetric (selector: string): string {
  return (/^\w+/.exec(selector)?.[0] ?? '').replace(/_(bucket|sum|count)$/, '')
}

test('every selector of a timing or memory histogram selects the one $workload picked, and no other selector does', async (t) => {
  const perWorkload = new Set(workloadMetrics)
  let selected = 0
  for (const query of panelQueries) {
    const expr = substitute(query.expr, { __rate_interval: '1m', __range: '5m', __interval: '15s' })
    for (const { selector, matchers } of selectorMatchers(expr)) {
      const wanted = perWorkload.has(selectorMetric(selector))
      if (wanted) selected++
      t.equal(matchers.includes('workload="$workload"'), wanted, `panel ${query.panel} ${query.refId}: ${selector}`)
    }
  }
  t.ok(selected >= 40, `${selected} selectors of per-workload histograms`)
  const variable = (dashboard.templating.list ?? []).find((v) => v.name === 'workload')
  t.match(variable, { type: 'query', query: /^label_values\(ringside_request_duration_seconds_count\{.*backend=~"\$baseline\|\$candidate".*\}, workload\)$/ })
  t.notOk(variable?.multi, 'one workload at a time: a speedup over two pools unlike work')
  t.notOk(variable?.includeAll, 'no All either')
  // What a request naming nothing runs on Wan2.2-TI2V-5B: 24 fps x 4 s floored to 4k+1 = 97 frames, 1280x704, 50 steps
  t.same(variable?.current, { text: 't2v-1280x704-97f-50s', value: 't2v-1280x704-97f-50s' })
})

test('every recording rule over a timing or memory histogram keeps the workload, and a speedup ignores only the backend', async (t) => {
  const readsHistogram = (rule: { expr: string }) => metricsIn(rule.expr).some((name) => workloadMetrics.includes(selectorMetric(name)))
  const direct = rules.filter((rule) => rule.record && readsHistogram(rule))
  t.ok(direct.length >= 7, `${direct.length} rules over the histograms`)
  for (const rule of direct) {
    for (const [grouping, labels] of rule.expr.matchAll(/\bby \(([^)]*)\)/g)) t.match(labels, /\bworkload\b/, `${rule.record}: ${grouping}`)
  }
  const ratios = rules.filter((rule) => /:speedup|parallel_efficiency/.test(rule.record ?? ''))
  t.equal(ratios.length, 4, 'stage, request and service speedups, parallel efficiency')
  for (const rule of ratios) {
    t.match(rule.record, /^backend_workload/, `${rule.record} is per workload`)
    t.same([...rule.expr.matchAll(/ignoring \(([^)]*)\)/g)].map((match) => match[1]), ['backend'], `${rule.record} pairs the sides on every label but the backend`)
  }
})

test('no query matches a literal `le` value, which Prometheus 3 writes differently (1 vs 1.0)', async (t) => {
  for (const { where, expr } of everyExpression) t.notMatch(expr, /\ble\s*(=|!=|=~|!~)/, where)
})

/** Names a scrape of a booted app yields: histograms as their three series, the rest as declared. */
async function exportedNames (): Promise<Set<string>> {
  const backend = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  // HELP and TYPE lines are written for every registered metric, observed or not.
  const text = await app.metricsRegistry.metrics()
  const names = new Set<string>()
  for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (name === undefined) continue
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`)
    else names.add(name)
  }
  return names
}
const exported = await exportedNames()
const unsuffixed = (name: string) => name.replace(/_(bucket|sum|count)$/, '')

test('every metric a panel or rule reads is exported by a booted app and named in src/metrics/names.ts', async (t) => {
  const constants = new Set<string>(Object.values(metricNames))
  const used = new Set([
    ...everyExpression.flatMap(({ expr }) => metricsIn(expr)),
    ...variableQueries.map(labelValuesMetric).filter((name): name is string => name !== undefined)
  ])
  t.ok(used.size > 10, `${used.size} metric names used`)
  for (const name of used) {
    if (name.includes(':')) {
      t.ok(recordedNames.has(name), `${name} is recorded by a rule`)
      continue
    }
    if (prometheusOwn.has(name) || dcgmOwn.has(name)) continue
    t.ok(exported.has(name), `${name} is exported by the app`)
    t.ok(constants.has(unsuffixed(name)), `${name} comes from metricNames`)
  }
})

test('every metric the app exports appears on the dashboard, so none is collected for nobody', async (t) => {
  const onDashboard = new Set([
    ...panelQueries.flatMap((query) => metricsIn(substitute(query.expr))),
    ...variableQueries.map(labelValuesMetric)
  ].map((name) => name && unsuffixed(name)))
  t.ok(exported.size > 10, `${exported.size} series names exported`)
  for (const name of new Set([...exported].map(unsuffixed))) t.ok(onDashboard.has(name), `${name} is on the dashboard`)
})

test('every recording rule an alert or another rule reads is defined before it is read', async (t) => {
  const seen = new Set<string>()
  for (const rule of rules) {
    for (const name of metricsIn(rule.expr).filter((metric) => metric.includes(':'))) {
      t.ok(seen.has(name), `${rule.record ?? rule.alert} reads ${name} after it is recorded`)
    }
    if (rule.record) seen.add(rule.record)
  }
})

test('Grafana\'s rate interval assumes the scrape interval Prometheus is configured with', async (t) => {
  const prometheus = parse(readFileSync(paths.prometheusConfig, 'utf8')) as { global: { scrape_interval: string }, scrape_configs: Array<{ job_name: string, scrape_interval?: string, static_configs: Array<{ targets: string[] }> }> }
  const datasource = parse(readFileSync(paths.datasource, 'utf8')) as { datasources: Array<{ url: string, jsonData: { timeInterval: string } }> }
  t.equal(datasource.datasources[0]?.jsonData.timeInterval, prometheus.global.scrape_interval)
  t.equal(datasource.datasources[0]?.url, 'http://prometheus:9090')
  const gateway = prometheus.scrape_configs.find((job) => job.job_name === 'ringside')
  t.same(gateway?.static_configs[0]?.targets, ['gateway:8080'])
  t.equal(gateway?.scrape_interval, undefined, 'the gateway is scraped at the global interval')
  t.ok(rules.some((rule) => rule.alert === 'RingsideGatewayDown' && rule.expr.includes('job="ringside"')), 'the gateway-down alert names the scrape job')
})
