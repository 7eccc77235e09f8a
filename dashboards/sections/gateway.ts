import { quantile, rateSum } from '../../src/metrics/promql.ts'
import { errorRatioRecord, availabilityTarget } from '../slo.ts'
import { statPanel, steps, timeseriesPanel } from '../panels.ts'
import { interval, m, type Section } from './common.ts'

// The gateway's own RED metrics and the availability SLO: what callers get, whatever the backends.

const perMinute = (matchers: string | undefined, by: string[]) => `${rateSum(m.httpRequests, { matchers, by, window: interval })} * 60`
const budget = Number((1 - availabilityTarget).toPrecision(6))

export function gateway (): Section {
  return {
    id: 900,
    title: 'Gateway (RED, availability SLO)',
    panels: [
      timeseriesPanel({
        at: { id: 901, w: 12, h: 8 },
        unit: 'reqpm',
        title: 'Answers by status',
        description: 'Every answer of the gateways per minute by status code, those of auth (401/403), the rate limit (429), shedding (503) and 404 included.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(undefined, ['status']), legend: '{{status}}' }]
      }),
      timeseriesPanel({
        at: { id: 902, w: 12, h: 8 },
        unit: 'reqpm',
        title: 'Refused and failed answers by route',
        description: 'Answers other than 2xx and 3xx per minute, by route template (unmatched: no route) and status: 5xx spend the error budget, 4xx are the callers\'.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute('status!~"2..|3.."', ['route', 'status']), legend: '{{route}} {{status}}' }]
      }),
      timeseriesPanel({
        at: { id: 903, w: 12, h: 8 },
        unit: 's',
        title: 'Answer time p95 by route',
        description: 'From a request\'s arrival to its answer\'s last byte; buckets x4 apart, so a hint within a factor of 4. Submits with Prefer: wait and downloads take long by design.',
        legendCalcs: ['mean', 'max'],
        queries: [{ expr: quantile(0.95, m.httpRequestDuration, { by: ['route'], window: interval }), legend: '{{route}}' }]
      }),
      statPanel({
        at: { id: 904, w: 6, h: 8 },
        unit: 'percentunit',
        decimals: 2,
        title: `Availability (SLO ${availabilityTarget * 100}%)`,
        description: 'Answers not 5xx over the last hour and the last day, per scrape job; scrapes and health checks left out (dashboards/slo.ts).',
        thresholds: steps('red', [availabilityTarget, 'green']),
        queries: [
          { expr: `1 - ${errorRatioRecord('1h')}`, legend: '{{job}} 1h', instant: true },
          { expr: `1 - ${errorRatioRecord('1d')}`, legend: '{{job}} 1d', instant: true }
        ]
      }),
      statPanel({
        at: { id: 905, w: 6, h: 8 },
        unit: 'x',
        decimals: 1,
        title: 'Error budget burn rate',
        description: `5xx share over the budget (${budget}): 1 spends it in exactly 30 days; the page fires at 14.4 (1h) or 6 (6h), a ticket at 3 (1d) or 1 (3d).`,
        thresholds: steps('green', [1, 'orange'], [6, 'red']),
        queries: [
          { expr: `${errorRatioRecord('1h')} / ${budget}`, legend: '{{job}} 1h', instant: true },
          { expr: `${errorRatioRecord('6h')} / ${budget}`, legend: '{{job}} 6h', instant: true }
        ]
      })
    ]
  }
}
