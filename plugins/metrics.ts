import fp from 'fastify-plugin'
import { Registry, collectDefaultMetrics } from 'prom-client'
import { createMetrics, type BackendGaugeState, type Metrics } from '../src/metrics/metrics.ts'
import { circuitState, isUp, outstanding, type Backends } from '../src/backends/backends.ts'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics
    /** The app's own registry (lint-clean); /metrics serves it merged with the process metrics. */
    metricsRegistry: Registry
    metricsText (): Promise<string>
  }
}

function backendGaugeStates (backends: Backends): BackendGaugeState[] {
  return backends.all().map((b) => ({
    name: b.name,
    up: isUp(b),
    outstanding: outstanding(b),
    circuit: circuitState(b),
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
  // Read lazily at scrape time: the backends and jobs plugins decorate the instance after this one.
  const metrics = createMetrics(
    registry,
    () => fastify.hasDecorator('backends') ? backendGaugeStates(fastify.backends) : [],
    () => fastify.hasDecorator('jobs') ? fastify.jobs.contentCache.bytes : 0
  )
  const merged = Registry.merge([registry, processRegistry])

  fastify.decorate('metrics', metrics)
  fastify.decorate('metricsRegistry', registry)
  fastify.decorate('metricsText', () => merged.metrics())
}, { name: 'ringside-metrics' })
