import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { Ajv, type ValidateFunction } from 'ajv'
import * as TJS from 'typescript-json-schema'
import { parse } from 'yaml'
import { absolute, artefacts } from '../../dashboards/artefacts.ts'
import { allPanels, readDashboard, root, type DashboardJson } from './helper.ts'

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

test('every panel queries the provisioned Prometheus datasource with unique refIds, a unit and a legend', async (t) => {
  const provisioned = parse(readFileSync(join(root, 'provisioning', 'datasources', 'prometheus.yaml'), 'utf8')) as { datasources: Array<{ uid: string, type: string }> }
  const [source] = provisioned.datasources
  t.equal(source?.type, 'prometheus')
  for (const panel of allPanels(dashboard).filter((p) => p.type !== 'row')) {
    const name = `panel ${panel.id} ${panel.title}`
    t.equal(panel.datasource?.uid, source?.uid, `${name} uses the provisioned datasource`)
    const targets = panel.targets ?? []
    t.ok(targets.length > 0, `${name} has queries`)
    const refIds = targets.map((target) => target.refId)
    t.equal(new Set(refIds).size, refIds.length, `${name} has unique refIds`)
    for (const target of targets) {
      t.equal(target.datasource?.uid, source?.uid, `${name} ${target.refId} uses the provisioned datasource`)
      t.ok(target.legendFormat, `${name} ${target.refId} has a legend`)
    }
    t.ok(panel.fieldConfig?.defaults?.unit, `${name} sets a unit`)
  }
  for (const variable of dashboard.templating.list ?? []) t.equal(variable.datasource?.uid, source?.uid, `variable ${variable.name} uses the provisioned datasource`)
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
