import {
  DashboardBuilder, DashboardCursorSync, DashboardLinkBuilder, DashboardLinkType, DatasourceVariableBuilder, QueryVariableBuilder, RowBuilder,
  TextBoxVariableBuilder, VariableRefresh, VariableSort, type Dashboard
} from '@grafana/grafana-foundation-sdk/dashboard'
import { defaults } from '../src/config.ts'
import { metricNames } from '../src/metrics/names.ts'
import { OTHER_WORKLOAD } from '../src/workloads/catalog.ts'
import { datasource, variable } from './panels.ts'
import { denoising, latency, parity, stages } from './sections/timing.ts'
import { cost, health, memory } from './sections/resources.ts'
import { gateway } from './sections/gateway.ts'
import { gpus } from './sections/gpu.ts'

export const uid = 'ringside-ring-sp'
export const title = 'Ring SP vs baseline'

/** The datasource provisioning/datasources/prometheus.yaml creates, by its name. */
export const provisionedDatasourceName = 'Prometheus'
/** The import input Grafana's "Import dashboard" form asks for and substitutes. */
export const datasourceInput = 'DS_PROMETHEUS'
export const defaultGatewayUrl = 'http://localhost:8080'

/**
 * One JSON serves both a provisioned Grafana and one that imports it. Grafana's import replaces
 * `${DS_PROMETHEUS}` with the uid picked in its form, so the variable starts on that datasource.
 * Provisioning ignores `__inputs` and leaves the literal, which no uid matches; Grafana then
 * matches the current option by its text, the provisioned datasource's name (which is also the
 * default datasource there). A second, provisioned-only JSON would drift from this one.
 */
function datasourceVariable () {
  return new DatasourceVariableBuilder('datasource')
    .label('Data source')
    .description('The Prometheus that scrapes the Ringside gateways')
    .type('prometheus')
    .current({ text: provisionedDatasourceName, value: variable(datasourceInput) })
}

/** A variable whose values a PromQL query lists, from the dashboard's datasource. */
function queryVariable (name: string, query: string, description: string) {
  return new QueryVariableBuilder(name).label(name).description(description).datasource(datasource).query(query).definition(query)
}

function backendVariable (name: 'baseline' | 'candidate', value: string, description: string) {
  return queryVariable(name, `label_values(${metricNames.backendInfo}, backend)`, description)
    .current({ text: value, value })
    .refresh(VariableRefresh.OnDashboardLoad)
    .sort(VariableSort.AlphabeticalAsc)
}

/**
 * The workload every timing and memory panel shows (scope.ts adds it to their selectors): one,
 * never several or All, since a speedup is only one when both sides ran the same work. Its
 * values are the workloads either side of the pair has measures of, in the gateways picked, but
 * `other`, which pools every shape past the label cap (its jobs count in the health row); it
 * starts on the `default` preset, what a request naming nothing runs.
 */
function workloadVariable () {
  const value = defaults.workloads[0]?.key ?? ''
  const series = `${metricNames.requestDuration}_count{job=~"$job", instance=~"$instance", backend=~"$baseline|$candidate", workload!="${OTHER_WORKLOAD}"}`
  const query = `label_values(${series}, workload)`
  return queryVariable('workload', query, 'The work compared (task-WIDTHxHEIGHT-FRAMESf-STEPSs): each panel of times and memory shows this one workload')
    .current({ text: value, value })
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc)
}

/** `job` or `instance`: every query is scoped by both (scope.ts); All by default, several at once. */
function scopeVariable (name: 'job' | 'instance', query: string, description: string) {
  return queryVariable(name, query, description)
    .multi(true)
    .includeAll(true)
    // Grafana's default All is every value joined, which a long instance list makes slow to match.
    .allValue('.*')
    .current({ text: ['All'], value: ['$__all'] })
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc)
}

/**
 * The gateway's pages live on the gateway, not on Grafana's origin (compose: :8080 vs :3000), so
 * relative links would land on Grafana: a text box the viewer can point at their gateway.
 */
function gatewayVariable () {
  return new TextBoxVariableBuilder('gateway')
    .label('Gateway URL')
    .description('Where the Ringside gateway answers, for the links to /compare and the paired runs')
    .defaultValue(defaultGatewayUrl)
    .current({ text: defaultGatewayUrl, value: defaultGatewayUrl })
}

function gatewayLinks () {
  const link = (name: string, url: string, tooltip: string) => new DashboardLinkBuilder(name)
    .type(DashboardLinkType.Link)
    .url(url)
    .tooltip(tooltip)
    .icon('external link')
    .tags([])
    .asDropdown(false)
    .targetBlank(true)
    // The gateway reads neither Grafana's time range nor its variables, only the pair and workload given here.
    .includeVars(false)
    .keepTime(false)
  const gateway = variable('gateway')
  return [
    link('Compare page', `${gateway}/compare?baseline=${variable('baseline')}&candidate=${variable('candidate')}&workload=${variable('workload')}`,
      'The gateway\'s own comparison of this pair on this workload, with intervals'),
    link('Paired runs', `${gateway}/v1/compare/runs`, 'The paired runs the gateway keeps (same request and seed on both backends)'),
    link('Capacity plan', `${gateway}/v1/plan.md?gpus=2`, 'Is the second GPU worth it: the fleets that fit in your GPUs, from this traffic (set gpus=)')
  ]
}

export type SharedDashboard = Dashboard & { __inputs: object[], __requires: object[] }

/** The comparison dashboard: any two backends, defaulting to the seed's pair. */
export function ringSpVsBaseline (): SharedDashboard {
  const builder = new DashboardBuilder(title)
    .uid(uid)
    .description('Ring sequence parallelism against the single-GPU baseline, stage by stage and one workload at a time, from the Ringside gateway\'s metrics.')
    .tags(['ringside', 'sglang', 'diffusion'])
    .time({ from: 'now-1h', to: 'now' })
    .refresh('30s')
    .tooltip(DashboardCursorSync.Crosshair)
    .withVariable(datasourceVariable())
    .withVariable(scopeVariable('job', `label_values(${metricNames.backendInfo}, job)`, 'Prometheus scrape jobs of the gateways (environments)'))
    .withVariable(scopeVariable('instance', `label_values(${metricNames.backendInfo}{job=~"$job"}, instance)`, 'Gateway replicas within those jobs'))
    .withVariable(backendVariable('baseline', 'u1r1', 'The reference backend (the seed: u1r1, one GPU)'))
    .withVariable(backendVariable('candidate', 'u1r2', 'The backend compared with it (the seed: u1r2, ring SP over two GPUs)'))
    .withVariable(workloadVariable())
    .withVariable(gatewayVariable())
    .links(gatewayLinks())
  for (const section of [stages(), parity(), latency(), denoising(), memory(), cost(), gpus(), health(), gateway()]) {
    builder.withRow(new RowBuilder(section.title).id(section.id))
    for (const panel of section.panels) builder.withPanel(panel)
  }
  const dashboard = builder.build()
  // The SDK defaults links into the controls menu; without `placement` Grafana shows them above the panels.
  const links = dashboard.links?.map(({ placement, ...link }) => link)
  return { __inputs: inputs(), __requires: requires(dashboard), ...dashboard, links }
}

/** What Grafana's "Export for sharing externally" writes: the import form's datasource picker. */
function inputs (): object[] {
  return [{
    name: datasourceInput,
    label: provisionedDatasourceName,
    description: 'The Prometheus that scrapes the Ringside gateways',
    type: 'datasource',
    pluginId: 'prometheus',
    pluginName: 'Prometheus'
  }]
}

function requires (dashboard: Dashboard): object[] {
  const panelTypes = [...new Set((dashboard.panels ?? []).map((panel) => panel.type).filter((type) => type !== 'row'))].sort()
  return [
    // The SDK's schemaVersion 42 is Grafana 12's.
    { type: 'grafana', id: 'grafana', name: 'Grafana', version: '12.0.0' },
    { type: 'datasource', id: 'prometheus', name: 'Prometheus', version: '1.0.0' },
    ...panelTypes.map((type) => ({ type: 'panel', id: type, name: type, version: '' }))
  ]
}
