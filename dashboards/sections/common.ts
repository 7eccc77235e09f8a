import type * as cog from '@grafana/grafana-foundation-sdk/cog'
import type { Panel } from '@grafana/grafana-foundation-sdk/dashboard'
import { metricNames } from '../../src/metrics/names.ts'
import { join, mean, type Histogram, type Selection } from '../../src/metrics/promql.ts'

// Selectors over the dashboard's $baseline/$candidate pair, shared by its sections.

export const m = metricNames
export const baseline = 'backend="$baseline"'
export const candidate = 'backend="$candidate"'
export const pair = 'backend=~"$baseline|$candidate"'
// Summary panels average over the whole time picked; graphs use Grafana's rate interval.
export const range = '$__range'
export const interval = '$__rate_interval'

/** A row and the panels under it; ids of a section's panels follow its own (100, 101...). */
export interface Section { id: number, title: string, panels: Array<cog.Builder<Panel>> }

/** One side's mean over the range, summed to no labels so two sides divide without matching clauses. */
export function meanOf (histogram: Histogram, side: string, extra?: string): string {
  return mean(histogram, { matchers: join(side, extra), window: range })
}

/** Both sides' means, one series per backend. */
export function perBackend (histogram: Histogram, window: string, extra?: string): string {
  return mean(histogram, { matchers: join(pair, extra), by: ['backend'], window })
}

/** Events in the window, summed over everything but `by`: counts, where rateSum gives per-second rates. */
export function increaseSum (name: string, { matchers, by, window }: Selection): string {
  const grouping = by && by.length > 0 ? ` by (${by.join(', ')})` : ''
  return `sum${grouping} (increase(${matchers ? `${name}{${matchers}}` : name}[${window}]))`
}

/** How many observations one side's mean over the range rests on (n). */
export function samplesOf (histogram: Histogram, side: string, extra?: string, by?: string[]): string {
  return increaseSum(`${histogram}_count`, { matchers: join(side, extra), by, window: range })
}
