/* eslint-disable no-template-curly-in-string -- Grafana's ${name} variables are what these tests read */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { Ajv, type ValidateFunction } from 'ajv'
import * as TJS from 'typescript-json-schema'
import { parse } from 'yaml'
import { absolute, artefacts } from '../../dashboards/artefacts.ts'
import { build, startTestBackend } from '../helper.ts'
import { allPanels, readDashboard, root, substitute, testVariables, type DashboardJson, type PanelJson } from './helper.ts'

const dashboard = readDashboard()
const sdk = join(root, 'node_modules', '@grafana', 'grafana-foundation-sdk', 'dist')

test('the committed dashboard JSON and Prometheus rules are what `npm run dashboards` generates', async (t) => {
  for (const artefact of artefacts()) {
    t.equal(readFileSync(absolute(artefact), 'utf8'), artefact.content, `${artefact.path} is current (run npm run dashboards)`)
  }
})

/**
 * JSON Schemas generated now from the SDK's own type declarations (about 2 s), so a new SDK
 * version checks the dashboard against its own types without a fixture to refresh: the
 * dashboard model, each panel type's options and field config, and Prometheus queries.
 */
function sdkValidators (panelTypes: string[]) {
  const modules = ['dashboard', 'prometheus', ...panelTypes]
  const program = TJS.getProgramFromFiles(modules.map((name) => join(sdk, name, 'types.gen.d.ts')), { strictNullChecks: true, skipLibCheck: true })
  const generator = TJS.buildGenerator(program, { required: true, strictNullChecks: true, uniqueNames: true })
  if (!generator) throw new Error('typescript-json-schema could not read the SDK types')
  const symbol = (module: string, name: string) => generator.getSymbols(name).find((s) => s.fullyQualifiedName.includes(`/dist/${module}/types.gen`))?.name
  const wanted = [symbol('dashboard', 'Dashboard'), symbol('prometheus', 'Dataquery'), ...panelTypes.flatMap((type) => [symbol(type, 'Options'), symbol(type, 'FieldConfig')])]
  const schema = generator.getSchemaForSymbols(wanted.filter((name): name is string => name !== undefined))
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addSchema(schema, 'sdk')
  const compile = (name: string | undefined): ValidateFunction | undefined => name === undefined ? undefined : ajv.compile({ $ref: `sdk#/definitions/${name}` })
  return {
    dashboard: compile(symbol('dashboard', 'Dashboard')),
    query: compile(symbol('prometheus', 'Dataquery')),
    options: Object.fromEntries(panelTypes.map((type) => [type, compile(symbol(type, 'Options'))])),
    fieldConfig: Object.fromEntries(panelTypes.map((type) => [type, compile(symbol(type, 'FieldConfig'))]))
  }
}

test('the dashboard validates against JSON Schemas derived from the Grafana Foundation SDK\'s own types', async (t) => {
  const panels = allPanels(dashboard).filter((panel) => panel.type !== 'row')
  const panelTypes = [...new Set(panels.map((panel) => panel.type))].sort()
  const validators = sdkValidators(panelTypes)
  const check = (validate: ValidateFunction | undefined, value: unknown, what: string) => {
    if (!validate) return t.fail(`the SDK has no schema for ${what}`)
    t.ok(validate(value), what, { errors: validate.errors })
  }
  check(validators.dashboard, dashboard, 'the dashboard')
  for (const panel of panels) {
    const what = `panel ${panel.id} (${panel.type})`
    check(validators.options[panel.type], panel.options, `${what} options`)
    // Not every panel type declares custom field config (stat, bar gauge do not).
    if (validators.fieldConfig[panel.type]) check(validators.fieldConfig[panel.type], panel.fieldConfig?.defaults?.custom ?? {}, `${what} field config`)
    for (const target of panel.targets ?? []) check(validators.query, target, `${what} query ${target.refId}`)
  }
  // The schemas have teeth: what Grafana would misread fails.
  const stat = panels.find((panel) => panel.type === 'stat')
  t.notOk(validators.options.stat?.({ ...stat?.options as object, textMode: 'loud' }), 'an unknown stat text mode is rejected')
  t.notOk(validators.dashboard?.({ ...dashboard, panels: [{ title: 'no type' }] }), 'a panel without a type is rejected')
  t.notOk(validators.query?.({ refId: 'A', expr: 1 }), 'a query whose expr is not a string is rejected')
})

test('panel ids are unique and every panel sits inside the 24-column grid without overlapping another', async (t) => {
  const panels = allPanels(dashboard)
  const ids = panels.map((panel) => panel.id)
  t.ok(ids.every((id) => typeof id === 'number' && id > 0), 'every panel, rows included, has an id')
  t.equal(new Set(ids).size, ids.length, 'ids are unique')
  const cells = new Map<string, number | undefined>()
  for (const panel of panels) {
    const grid = panel.gridPos
    if (!grid) {
      t.fail(`panel ${panel.id} has no gridPos`)
      continue
    }
    t.ok(grid.x >= 0 && grid.w > 0 && grid.x + grid.w <= 24 && grid.h > 0, `panel ${panel.id} fits the grid (x ${grid.x}, w ${grid.w})`)
    for (let x = grid.x; x < grid.x + grid.w; x++) {
      for (let y = grid.y; y < grid.y + grid.h; y++) {
        const other = cells.get(`${x},${y}`)
        if (other !== undefined) t.fail(`panel ${panel.id} overlaps panel ${other} at ${x},${y}`)
        cells.set(`${x},${y}`, panel.id)
      }
    }
  }
})

interface ProvisionedDatasource { name: string, uid: string, type: string, isDefault?: boolean }
const provisionedFile = readFileSync(join(root, 'provisioning', 'datasources', 'prometheus.yaml'), 'utf8')
const provisioned = (parse(provisionedFile) as { datasources: ProvisionedDatasource[] }).datasources

test('every panel, query and variable reads the $datasource variable, with unique refIds, a unit and a legend', async (t) => {
  const viaVariable = { type: 'prometheus', uid: '${datasource}' }
  for (const panel of allPanels(dashboard).filter((p) => p.type !== 'row')) {
    const name = `panel ${panel.id} ${panel.title}`
    t.same(panel.datasource, viaVariable, `${name} uses $datasource`)
    const targets = panel.targets ?? []
    t.ok(targets.length > 0, `${name} has queries`)
    const refIds = targets.map((target) => target.refId)
    t.equal(new Set(refIds).size, refIds.length, `${name} has unique refIds`)
    for (const target of targets) {
      t.same(target.datasource, viaVariable, `${name} ${target.refId} uses $datasource`)
      t.ok(target.legendFormat, `${name} ${target.refId} has a legend`)
    }
    t.ok(panel.fieldConfig?.defaults?.unit, `${name} sets a unit`)
  }
  for (const variable of (dashboard.templating.list ?? []).filter((v) => v.type === 'query')) {
    t.same(variable.datasource, viaVariable, `variable ${variable.name} uses $datasource`)
  }
  // An imported dashboard meets a Grafana whose Prometheus has another uid: none may be fixed.
  t.notMatch(JSON.stringify(dashboard), provisioned[0]?.uid ?? 'no uid', 'no fixed datasource uid anywhere')
})

test('one JSON resolves its datasource both when provisioned and when imported through Grafana\'s form', async (t) => {
  const [source] = provisioned
  t.equal(source?.type, 'prometheus')
  const variable = (d: DashboardJson) => (d.templating.list ?? []).find((v) => v.name === 'datasource')
  t.match(variable(dashboard), { type: 'datasource', query: 'prometheus' }, 'a Prometheus datasource variable')
  // Provisioning ignores __inputs: the current option is matched by its text, the provisioned name.
  t.equal(variable(dashboard)?.current?.text, source?.name, 'its text is the provisioned datasource\'s name')
  t.equal(source?.isDefault, true, 'which is also the default datasource of a provisioned Grafana')
  // Import: Grafana substitutes each __inputs name written as ${NAME} with the uid picked in the form.
  const inputs = dashboard.__inputs?.map(({ name, type, pluginId }) => ({ name, type, pluginId }))
  t.same(inputs, [{ name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus' }])
  const imported = JSON.parse(JSON.stringify(dashboard).replaceAll('${DS_PROMETHEUS}', 'their-prometheus')) as DashboardJson
  t.same(variable(imported)?.current?.value, 'their-prometheus', 'an import starts on the datasource picked')
  t.equal(JSON.stringify(imported).match(/their-prometheus/g)?.length, 1, 'and only the variable names it: every panel follows the variable')
})

test('job and instance filters are multi-select with All, listed from the gateways\' own series', async (t) => {
  const byName = Object.fromEntries((dashboard.templating.list ?? []).map((variable) => [variable.name, variable]))
  for (const name of ['job', 'instance']) {
    t.match(byName[name], { type: 'query', multi: true, includeAll: true, allValue: '.*' }, `$${name} takes several values or All`)
    t.same(byName[name]?.current?.value, ['$__all'], `$${name} starts on All`)
  }
  t.equal(byName.job?.query, 'label_values(ringside_backend_info, job)')
  t.equal(byName.instance?.query, 'label_values(ringside_backend_info{job=~"$job"}, instance)', 'instances narrow to the jobs picked')
})

/** The override properties a stat panel sets on one query. */
function overridesOf (panel: PanelJson, refId: string) {
  return (panel.fieldConfig?.overrides ?? []).filter((o) => o.matcher.id === 'byFrameRefID' && o.matcher.options === refId).flatMap((o) => o.properties)
}

test('every speedup and efficiency stat shows the sample count n of each side beside it', async (t) => {
  const isRatio = (panel: PanelJson) => panel.fieldConfig?.defaults?.unit === 'suffix:×' || /efficiency/i.test(panel.title ?? '')
  const ratios = allPanels(dashboard).filter((panel) => panel.type === 'stat' && isRatio(panel))
  t.ok(ratios.length >= 4, `${ratios.length} ratio stats`)
  for (const panel of ratios) {
    const name = `panel ${panel.id} ${panel.title}`
    for (const side of ['baseline', 'candidate']) {
      const n = panel.targets?.find((target) => target.legendFormat === `n $${side}`)
      t.ok(n, `${name} shows n for $${side}`)
      if (!n) continue
      const counts = new RegExp(`increase\\(ringside_\\w+_count\\{[^}]*backend="\\$${side}"[^}]*\\}\\[\\$__range\\]\\)`)
      t.match(n.expr, counts, `${name}: n of $${side} counts observations over the range`)
      t.equal(n.instant, true, `${name}: n is one number for the range`)
      const props = Object.fromEntries(overridesOf(panel, n.refId ?? '').map((p) => [p.id, p.value]))
      t.same(props, { unit: 'none', decimals: 0, color: { mode: 'fixed', fixedColor: 'text' } }, `${name}: n is a whole number, not coloured as a speedup`)
    }
  }
})

test('the stage table has n per stage on each side beside the means and the speedup', async (t) => {
  const table = allPanels(dashboard).find((panel) => panel.type === 'table' && /stage table/.test(panel.title ?? ''))
  for (const side of ['baseline', 'candidate']) {
    const n = table?.targets?.find((target) => target.legendFormat === `n $${side}`)
    t.match(n?.expr, new RegExp(`^sum by \\(stage\\) \\(increase\\(ringside_stage_duration_seconds_count\\{[^}]*backend="\\$${side}"`), `n of $${side} per stage`)
  }
})

test('the step heatmaps count steps per bucket and cell with increase(), never a per-second rate', async (t) => {
  const heatmaps = allPanels(dashboard).filter((panel) => panel.type === 'heatmap')
  t.equal(heatmaps.length, 2)
  for (const panel of heatmaps) {
    const [target] = panel.targets ?? []
    t.match(target?.expr, /^sum by \(le\) \(increase\(ringside_denoise_step_duration_seconds_bucket\{[^}]*\}\[\$__interval\]\)\)$/, `panel ${panel.id}`)
    t.notMatch(target?.expr, /\brate\(/)
    t.match(panel.description, /per bucket and interval/)
    // Four 15 s scrapes at least in each cell's increase().
    t.equal(panel.interval, '1m', `panel ${panel.id} floors the cell at 1m`)
  }
})

// Grafana's own variables: https://grafana.com/docs/grafana/latest/dashboards/variables/add-template-variables/#global-variables
const builtins = new Set(['__rate_interval', '__range', '__interval', '__interval_ms', '__range_s', '__range_ms', '__dashboard', '__from', '__to'])

function variablesUsed (value: unknown): string[] {
  const text = JSON.stringify(value)
  return [...text.matchAll(/\$\{?(\w+)/g)].map((match) => match[1] ?? '')
}

test('every $variable the dashboard uses is defined, and the pair defaults to the seed\'s u1r1 vs u1r2', async (t) => {
  const variables = dashboard.templating.list ?? []
  const defined = new Set(variables.map((variable) => variable.name))
  const { templating, ...rest } = dashboard as DashboardJson & Record<string, unknown>
  for (const name of new Set(variablesUsed(rest))) t.ok(defined.has(name) || builtins.has(name), `$${name} is defined`)
  const byName = Object.fromEntries(variables.map((variable) => [variable.name, variable]))
  t.equal(byName.baseline?.current?.value, 'u1r1')
  t.equal(byName.candidate?.current?.value, 'u1r2')
  for (const name of ['baseline', 'candidate']) t.equal(byName[name]?.query, 'label_values(ringside_backend_info, backend)', `$${name} lists the backends the gateway reports`)
})

test('the dashboard keeps its title and stable uid, which links and provisioning rely on', async (t) => {
  t.equal(dashboard.title, 'Ring SP vs baseline')
  t.equal(dashboard.uid, 'ringside-ring-sp')
  const provider = parse(readFileSync(join(root, 'provisioning', 'dashboards', 'ringside.yaml'), 'utf8')) as { providers: Array<{ type: string, options: { path: string } }> }
  t.equal(provider.providers[0]?.type, 'file')
  t.equal(provider.providers[0]?.options.path, '/var/lib/grafana/dashboards', 'the folder docker-compose mounts dashboards/ at')
})

test('the dashboard links open the gateway\'s compare page for the pair and workload picked, its paired runs and the capacity plan', async (t) => {
  const byName = Object.fromEntries((dashboard.templating.list ?? []).map((variable) => [variable.name, variable]))
  // Grafana and the gateway are different origins: the links need the gateway's URL, editable.
  t.match(byName.gateway, { type: 'textbox', query: 'http://localhost:8080', current: { value: 'http://localhost:8080' } })
  const links = dashboard.links ?? []
  t.same(links.map((link) => link.url), ['${gateway}/compare?baseline=${baseline}&candidate=${candidate}&workload=${workload}', '${gateway}/v1/compare/runs', '${gateway}/v1/plan.md?gpus=2'])
  for (const link of links) t.equal(link.placement, undefined, `${link.title} shows above the panels, not in a menu`)
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  const gateway = 'http://gateway.test:8080'
  const opening = (byName.workload?.current as { value?: string } | undefined)?.value ?? ''
  t.match(opening, /^t2v-\d+x\d+-\d+f-\d+s$/, 'the dashboard opens on a workload')
  for (const link of links) {
    // As the dashboard opens: on its workload's starting value, a preset every gateway knows
    const url = new URL(substitute(link.url ?? '', { ...testVariables, gateway, workload: opening }))
    t.equal(url.origin, gateway)
    const res = await app.inject(url.pathname + url.search)
    t.equal(res.statusCode, 200, `${link.title}: ${url.pathname}${url.search} answers 200`)
    if (link.title === 'Compare page') t.match(res.body, opening, 'the page compares the dashboard\'s workload')
  }
})
