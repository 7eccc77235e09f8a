import fp from 'fastify-plugin'
import { Registry, collectDefaultMetrics } from 'prom-client'
import { createMetrics, type BackendGaugeState, type Metrics } from '../src/metrics/metrics.ts'
import { isUp, outstanding, type Backends } from '../src/backends/backends.ts'
import type { HistogramSeries } from '../src/compare/compare.ts'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics
    /** The app's own registry (lint-clean); /metrics serves it merged with the process metrics. */
    metricsRegistry: Registry
    metricsText (): Promise<string>
    histogramSeries (histogram: keyof Metrics, labels: Record<string, string>): Promise<Map<string, HistogramSeries>>
  }
}

type HistogramValue = { labels: Record<string, string | number>, value: number, metricName?: string }

/**
 * Groups prom-client's flat histogram values into series keyed by the labels that remain after
 * removing `le` and the fixed ones, so the comparison can read exact sums and counts.
 */
function groupSeries (values: HistogramValue[], name: string, fixed: Record<string, string>, keyLabel?: string): Map<string, HistogramSeries> {
  const out = new Map<string, HistogramSeries>()
  for (const value of values) {
    if (!Object.entries(fixed).every(([k, v]) => String(value.labels[k]) === v)) continue
    const key = keyLabel ? String(value.labels[keyLabel]) : ''
    let series = out.get(key)
    if (!series) out.set(key, series = { sum: 0, count: 0, buckets: [] })
    if (value.metricName === `${name}_sum`) series.sum = value.value
    else if (value.metricName === `${name}_count`) series.count = value.value
    else if (value.metricName === `${name}_bucket`) {
      const le = value.labels.le === '+Inf' ? Infinity : Number(value.labels.le)
      series.buckets.push({ le, count: value.value })
    }
  }
  for (const series of out.values()) series.buckets.sort((a, b) => a.le - b.le)
  return out
}

function backendGaugeStates (backends: Backends): BackendGaugeState[] {
  return backends.all().map((b) => ({
    name: b.name,
    up: isUp(b),
    outstanding: outstanding(b),
    info: {
      sp_degree: b.config.sp_degree,
      ulysses_degree: b.config.ulysses_degree,
      ring_degree: b.config.ring_degree,
      num_gpus: b.config.num_gpus,
      model: b.config.model ?? b.reported.model ?? ''
    }
  }))
}

export default fp(async function metricsPlugin (fastify) {
  const registry = new Registry()
  const processRegistry = new Registry()
  collectDefaultMetrics({ register: processRegistry })
  // Read lazily at scrape time: the backends plugin decorates the instance after this one.
  const metrics = createMetrics(registry, () => fastify.hasDecorator('backends') ? backendGaugeStates(fastify.backends) : [])
  const merged = Registry.merge([registry, processRegistry])

  fastify.decorate('metrics', metrics)
  fastify.decorate('metricsRegistry', registry)
  fastify.decorate('metricsText', () => merged.metrics())
  fastify.decorate('histogramSeries', async (histogram: keyof Metrics, labels: Record<string, string>) => {
    const metric = metrics[histogram]
    const data = await metric.get()
    const keyLabel = histogram === 'stageDuration' ? 'stage' : undefined
    return groupSeries(data.values as HistogramValue[], data.name, labels, keyLabel)
  })
}, { name: 'ringside-metrics' })
