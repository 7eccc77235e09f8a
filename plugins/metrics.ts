import fp from 'fastify-plugin'
import { Registry, collectDefaultMetrics } from 'prom-client'
import { createMetrics, type Metrics } from '../src/metrics/metrics.ts'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics
    /** The app's own registry (lint-clean); /metrics serves it merged with the process metrics. */
    metricsRegistry: Registry
    metricsText (): Promise<string>
  }
}

// The gauges' sources register with the metrics (metrics.readBackendsFrom in the backends plugin,
// readContentCacheBytesFrom in the content plugin): this plugin comes first and knows neither.
export default fp(async function metricsPlugin (fastify) {
  const registry = new Registry()
  const processRegistry = new Registry()
  collectDefaultMetrics({ register: processRegistry })
  const metrics = createMetrics(registry)
  const merged = Registry.merge([registry, processRegistry])

  fastify.decorate('metrics', metrics)
  fastify.decorate('metricsRegistry', registry)
  fastify.decorate('metricsText', () => merged.metrics())
}, { name: 'ringside-metrics' })
