import fp from 'fastify-plugin'
import type { Config } from '../src/config.ts'
import { createPlanner, parallelOf, type Planner } from '../src/plan/planner.ts'
import { createPlanPrometheusSource } from '../src/plan/prometheus.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The capacity plan (#17) from this gateway's completed jobs. */
    planner: Planner
  }
}

export default fp(async function planPlugin (fastify, opts: { config: Config }) {
  const { backends, samples } = fastify
  // The window is the one the kept samples span: the mix and the rate describe the same jobs
  const completedAtMs = () => backends.names.flatMap((name) => samples.get(name))
    .flatMap(({ completedAtMs: atMs }) => atMs === null ? [] : [atMs])
  const { prometheusUrl, prometheusWindow, headersTimeoutMs } = opts.config
  const prometheus = prometheusUrl
    ? createPlanPrometheusSource({ url: prometheusUrl, window: prometheusWindow, timeoutMs: Math.min(headersTimeoutMs, 10_000) })
    : undefined
  const configs = backends.all().map(({ config }) => ({ name: config.name, gpus: config.num_gpus, parallel: parallelOf(config) }))
  fastify.decorate('planner', createPlanner({
    configs,
    samples: (backend) => samples.get(backend),
    completedAtMs,
    presetWorkloads: opts.config.workloads.map(({ key }) => key),
    ...(prometheus && { prometheus }),
    logger: fastify.log
  }))
}, { name: 'ringside-plan', dependencies: ['ringside-backends', 'ringside-jobs'] })
