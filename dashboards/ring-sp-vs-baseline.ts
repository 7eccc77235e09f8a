import { DashboardBuilder, DashboardCursorSync, QueryVariableBuilder, RowBuilder, VariableRefresh, VariableSort, type Dashboard } from '@grafana/grafana-foundation-sdk/dashboard'
import { metricNames } from '../src/metrics/names.ts'
import { datasource } from './panels.ts'
import { denoising, latency, parity, stages } from './sections/timing.ts'
import { cost, health, memory } from './sections/resources.ts'

export const uid = 'ringside-ring-sp'
export const title = 'Ring SP vs baseline'

function backendVariable (name: 'baseline' | 'candidate', value: string, description: string) {
  const query = `label_values(${metricNames.backendInfo}, backend)`
  return new QueryVariableBuilder(name)
    .label(name)
    .description(description)
    .datasource(datasource)
    .query(query)
    .definition(query)
    .current({ text: value, value })
    .refresh(VariableRefresh.OnDashboardLoad)
    .sort(VariableSort.AlphabeticalAsc)
}

/** The comparison dashboard: any two backends, defaulting to the seed's pair. */
export function ringSpVsBaseline (): Dashboard {
  const builder = new DashboardBuilder(title)
    .uid(uid)
    .description('Ring sequence parallelism against the single-GPU baseline, stage by stage, from the Ringside gateway\'s metrics.')
    .tags(['ringside', 'sglang', 'diffusion'])
    .time({ from: 'now-1h', to: 'now' })
    .refresh('30s')
    .tooltip(DashboardCursorSync.Crosshair)
    .withVariable(backendVariable('baseline', 'u1r1', 'The reference backend (the seed: u1r1, one GPU)'))
    .withVariable(backendVariable('candidate', 'u1r2', 'The backend compared with it (the seed: u1r2, ring SP over two GPUs)'))
  for (const section of [stages(), parity(), latency(), denoising(), memory(), cost(), health()]) {
    builder.withRow(new RowBuilder(section.title).id(section.id))
    for (const panel of section.panels) builder.withPanel(panel)
  }
  return builder.build()
}
