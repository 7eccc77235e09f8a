import { metricNames } from '../src/metrics/names.ts'
import type { AlertRule, RecordingRule } from './rule-shapes.ts'

// The gateway's availability SLO and its multi-window, multi-burn-rate alerts: the two-window
// form of the Google SRE workbook, "Alerting on SLOs" (sre.google/workbook/alerting-on-slos/,
// table 5-8): a page when the budget of 30 days burns 14.4x over 1 h and 6x over 6 h, a ticket
// at 3x over 1 d and 1x over 3 d; each long window ANDed with a short one of a twelfth of its
// length, so an alert stops within minutes once the errors do.

/** The SLO: this share of the gateway's answers over 30 days is not a 5xx. */
export const availabilityTarget = 0.995

/**
 * Routes whose answers say nothing of what users get: Prometheus' scrapes and the health checks
 * of load balancers and compose (SGLang's own probe routes included). A readiness 503 while a
 * backend is down must not burn the budget with no user asking; the users' 503s will.
 */
export const probeRoutes = ['/metrics', '/health', '/health/live', '/health/ready', '/health_generate', '/liveness']

/**
 * An error is a 5xx answer: the gateway's own faults, a backend's failures passed on (502, 504)
 * and a 503 shed under load, which users see as an outage. 4xx are the caller's: a bad field, a
 * missing key, or a 429 for going past the rate limit the operator set.
 */
const errorStatus = 'status=~"5.."'

export interface BurnRate { severity: 'page' | 'ticket', factor: number, long: string, short: string }

export const burnRates: BurnRate[] = [
  { severity: 'page', factor: 14.4, long: '1h', short: '5m' },
  { severity: 'page', factor: 6, long: '6h', short: '30m' },
  { severity: 'ticket', factor: 3, long: '1d', short: '2h' },
  { severity: 'ticket', factor: 1, long: '3d', short: '6h' }
]

// Every window of the table, shortest first
const windows = ['5m', '30m', '1h', '2h', '6h', '1d', '3d']

/** The recorded error ratio of one window, per scrape job (one environment of gateways). */
export function errorRatioRecord (window: string): string {
  return `job:${metricNames.httpRequests}:error_ratio_rate${window}`
}

function errorRatio (window: string): string {
  const answers = `${metricNames.httpRequests}{route!~"${probeRoutes.join('|')}"`
  const rate = (matchers: string) => `sum by (job) (rate(${answers}${matchers}}[${window}]))`
  // No 5xx series yet is a ratio of 0, not no ratio: `or` keeps the alert able to resolve
  return `(${rate(`, ${errorStatus}`)} or 0 * ${rate('')}) / ${rate('')}`
}

export function sloRecordingRules (): RecordingRule[] {
  return windows.map((window) => ({ record: errorRatioRecord(window), expr: errorRatio(window) }))
}

/** A burn rate's threshold on the error ratio, rounded to what it is on paper (14.4 x 0.005 = 0.072). */
export function burnThreshold (factor: number, target: number = availabilityTarget): number {
  return Number((factor * (1 - target)).toPrecision(6))
}

export const sloAlertNames = { page: 'RingsideErrorBudgetBurnFast', ticket: 'RingsideErrorBudgetBurnSlow' } as const

export function sloAlertRules (target: number = availabilityTarget): AlertRule[] {
  const percent = `${Number((target * 100).toPrecision(6))}%`
  const condition = (severity: BurnRate['severity']) => burnRates.filter((rate) => rate.severity === severity)
    .map(({ factor, long, short }) => `${errorRatioRecord(long)} > ${burnThreshold(factor, target)} and ${errorRatioRecord(short)} > ${burnThreshold(factor, target)}`)
    .join(' or ')
  return [
    {
      alert: sloAlertNames.page,
      expr: condition('page'),
      for: '2m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'Gateways of {{ $labels.job }} burn the availability error budget fast: {{ $value | humanizePercentage }} of answers are 5xx',
        description: `SLO ${percent} of answers not 5xx over 30 days: at 14.4x (1h and 5m) or 6x (6h and 30m) the month's budget is gone in 2 or 5 days.`
      }
    },
    {
      alert: sloAlertNames.ticket,
      expr: condition('ticket'),
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Gateways of {{ $labels.job }} burn the availability error budget: {{ $value | humanizePercentage }} of answers are 5xx',
        description: `SLO ${percent} of answers not 5xx over 30 days: at 3x (1d and 2h) or 1x (3d and 6h) the budget runs out within the month.`
      }
    }
  ]
}
