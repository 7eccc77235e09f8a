import type * as cog from '@grafana/grafana-foundation-sdk/cog'
import { LegendDisplayMode, LegendPlacement, ReduceDataOptionsBuilder, VizLegendOptionsBuilder, VizOrientation, TableSortByFieldStateBuilder, BigValueTextMode, BigValueGraphMode, SortOrder, TooltipDisplayMode, VizTooltipOptionsBuilder } from '@grafana/grafana-foundation-sdk/common'
import { MappingType, ThresholdsConfigBuilder, ThresholdsMode, type DataTransformerConfig, type DynamicConfigValue, type Panel, type ValueMapping } from '@grafana/grafana-foundation-sdk/dashboard'
import { DataqueryBuilder, PromQueryFormat } from '@grafana/grafana-foundation-sdk/prometheus'
import { scoped } from './scope.ts'
import * as barchart from '@grafana/grafana-foundation-sdk/barchart'
import * as heatmap from '@grafana/grafana-foundation-sdk/heatmap'
import * as stat from '@grafana/grafana-foundation-sdk/stat'
import * as table from '@grafana/grafana-foundation-sdk/table'
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries'

/**
 * Every panel and variable reads the $datasource variable, never a fixed uid: a Grafana that
 * imports the JSON has its own Prometheus under another uid (ring-sp-vs-baseline.ts says how
 * the variable defaults to the provisioned one).
 */
export const datasource = { type: 'prometheus', uid: variable('datasource') }

/** `${name}`: a Grafana variable in the braced form, which works inside URLs and uids. */
export function variable (name: string): string {
  return `\${${name}}`
}

export interface Query {
  expr: string
  legend: string
  /** Instant queries for values over the whole dashboard range (stats, tables). */
  instant?: boolean
  format?: 'table' | 'heatmap'
}

export interface PanelSpec {
  /** Panel id (stable: links and viewPanel use it), grid columns (of 24) and rows. */
  at: { id: number, w: number, h: number }
  title: string
  description: string
  queries: Query[]
  unit: string
}

type Builder = cog.Builder<Panel>

const formats = { table: PromQueryFormat.Table, heatmap: PromQueryFormat.Heatmap } as const

function targets (queries: Query[]): DataqueryBuilder[] {
  return queries.map((query, i) => {
    const target = new DataqueryBuilder()
      .refId(String.fromCharCode(65 + i))
      .datasource(datasource)
      .expr(scoped(query.expr))
      .legendFormat(query.legend)
    if (query.instant) target.instant()
    else target.range()
    if (query.format) target.format(formats[query.format])
    return target
  })
}

function legend (calcs: string[] = []) {
  return new VizLegendOptionsBuilder()
    .showLegend(true)
    .displayMode(calcs.length > 0 ? LegendDisplayMode.Table : LegendDisplayMode.List)
    .placement(LegendPlacement.Bottom)
    .calcs(calcs)
}

/** Steps from the lowest up: the first colour applies below the first threshold. */
export function steps (base: string, ...rest: Array<[number, string]>): ThresholdsConfigBuilder {
  return new ThresholdsConfigBuilder()
    .mode(ThresholdsMode.Absolute)
    .steps([{ value: null, color: base }, ...rest.map(([value, color]) => ({ value, color }))])
}

export function valueText (texts: Record<string, [string, string]>): ValueMapping[] {
  const options = Object.fromEntries(Object.entries(texts).map(([value, [text, color]], index) => [value, { text, color, index }]))
  return [{ type: MappingType.ValueToText, options }]
}

export function timeseriesPanel (spec: PanelSpec & { legendCalcs?: string[], min?: number }): Builder {
  return new timeseries.PanelBuilder()
    .id(spec.at.id).title(spec.title).description(spec.description).span(spec.at.w).height(spec.at.h)
    .datasource(datasource)
    .targets(targets(spec.queries))
    .unit(spec.unit)
    .min(spec.min ?? 0)
    .lineWidth(1)
    .fillOpacity(10)
    .spanNulls(true)
    .legend(legend(spec.legendCalcs ?? ['mean', 'lastNotNull', 'max']))
    .tooltip(new VizTooltipOptionsBuilder().mode(TooltipDisplayMode.Multi).sort(SortOrder.Descending))
}

interface StatSpec extends PanelSpec {
  thresholds?: ThresholdsConfigBuilder
  mappings?: ValueMapping[]
  decimals?: number
  overrides?: Array<[string, DynamicConfigValue[]]>
}

export function statPanel (spec: StatSpec): Builder {
  const panel = new stat.PanelBuilder()
    .id(spec.at.id).title(spec.title).description(spec.description).span(spec.at.w).height(spec.at.h)
    .datasource(datasource)
    .targets(targets(spec.queries))
    .unit(spec.unit)
    .textMode(BigValueTextMode.ValueAndName)
    .graphMode(BigValueGraphMode.None)
    .orientation(VizOrientation.Auto)
    .reduceOptions(new ReduceDataOptionsBuilder().calcs(['lastNotNull']).values(false))
    .thresholds(spec.thresholds ?? steps('blue'))
  if (spec.mappings) panel.mappings(spec.mappings)
  if (spec.decimals !== undefined) panel.decimals(spec.decimals)
  for (const [refId, properties] of spec.overrides ?? []) panel.overrideByQuery(refId, properties)
  return panel
}

/**
 * Instant table queries joined on their labels (the seed page's tables): one row per label set,
 * one column per query, renamed and given units by `columns`.
 */
export interface Column { name: string, unit?: string, decimals?: number }

export function tablePanel (spec: PanelSpec & { columns: Record<string, Column>, hide?: string[], sortBy?: string }): Builder {
  const renameByName = Object.fromEntries(Object.entries(spec.columns).map(([field, { name }]) => [field, name]))
  const excludeByName = Object.fromEntries(['Time', ...(spec.hide ?? [])].map((field) => [field, true]))
  const transformations: DataTransformerConfig[] = [
    { id: 'merge', options: {} },
    { id: 'organize', options: { excludeByName, renameByName } }
  ]
  const panel = new table.PanelBuilder()
    .id(spec.at.id).title(spec.title).description(spec.description).span(spec.at.w).height(spec.at.h)
    .datasource(datasource)
    .targets(targets(spec.queries))
    .transformations(transformations)
    .unit(spec.unit)
  for (const { name, unit, decimals } of Object.values(spec.columns)) {
    const properties: DynamicConfigValue[] = []
    if (unit) properties.push({ id: 'unit', value: unit })
    if (decimals !== undefined) properties.push({ id: 'decimals', value: decimals })
    if (properties.length > 0) panel.overrideByName(name, properties)
  }
  if (spec.sortBy) panel.sortBy([new TableSortByFieldStateBuilder().displayName(spec.sortBy).desc(true)])
  return panel
}

/** Grouped bars from instant table queries merged on `xField`. */
export function barchartPanel (spec: PanelSpec & { xField: string, rename: Record<string, string> }): Builder {
  return new barchart.PanelBuilder()
    .id(spec.at.id).title(spec.title).description(spec.description).span(spec.at.w).height(spec.at.h)
    .datasource(datasource)
    .targets(targets(spec.queries))
    .transformations([
      { id: 'merge', options: {} },
      { id: 'organize', options: { excludeByName: { Time: true }, renameByName: spec.rename } }
    ])
    .unit(spec.unit)
    .xField(spec.xField)
    .orientation(VizOrientation.Horizontal)
    .legend(legend())
    .tooltip(new VizTooltipOptionsBuilder().mode(TooltipDisplayMode.Multi).sort(SortOrder.None))
}

/**
 * A sample count beside a ratio's value: a whole number in the text colour, not coloured by the
 * ratio's thresholds (statPanel's `overrides` take these per refId).
 */
export const sampleCount: DynamicConfigValue[] = [
  { id: 'unit', value: 'none' },
  { id: 'decimals', value: 0 },
  { id: 'color', value: { mode: 'fixed', fixedColor: 'text' } }
]

/**
 * Prometheus buckets drawn as they are (no recalculation), one backend per panel. `minInterval`
 * floors Grafana's $__interval, so each cell's increase() spans several scrapes.
 */
export function heatmapPanel (spec: PanelSpec & { minInterval: string }): Builder {
  return new heatmap.PanelBuilder()
    .id(spec.at.id).title(spec.title).description(spec.description).span(spec.at.w).height(spec.at.h)
    .datasource(datasource)
    .interval(spec.minInterval)
    .targets(targets(spec.queries))
    .calculate(false)
    // Cells count steps; the step time is on the y axis.
    .unit('short')
    .yAxis(new heatmap.YAxisConfigBuilder().unit(spec.unit))
    .color(new heatmap.HeatmapColorOptionsBuilder().mode(heatmap.HeatmapColorMode.Scheme).scheme('Oranges').scale(heatmap.HeatmapColorScale.Exponential).exponent(0.5))
    .cellGap(1)
    .showLegend()
}
