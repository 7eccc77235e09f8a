import fp from 'fastify-plugin'
import type { Config } from '../src/config.ts'
import { createCompletionLog } from '../src/plan/inputs.ts'
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
  const completions = createCompletionLog(samples.maxPerBackend)
  // A JobSample carries no completion time (src/compare/sample.ts), and the window needs one: the
  // time each sample is stored is the time its job was seen completed. Wrapped here, not edited
  // there, while another change owns that file; a completedAtMs on JobSample would replace this.
  const add = samples.add
  samples.add = function addTimed (backend, sample) {
    add(backend, sample)
    completions.record(backend, Date.now())
  }
  const { prometheusUrl, prometheusWindow, headersTimeoutMs } = opts.config
  const prometheus = prometheusUrl
    ? createPlanPrometheusSource({ url: prometheusUrl, window: prometheusWindow, timeoutMs: Math.min(headersTimeoutMs, 10_000) })
    : undefined
  const configs = backends.all().map(({ config }) => ({ name: config.name, gpus: config.num_gpus, parallel: parallelOf(config) }))
  fastify.decorate('planner', createPlanner({
    configs,
    samples: (backend) => samples.get(backend),
    completedAtMs: () => completions.all(),
    presetWorkloads: opts.config.workloads.map(({ key }) => key),
    ...(prometheus && { prometheus }),
    logger: fastify.log
  }))
}, { name: 'ringside-plan', dependencies: ['ringside-backends', 'ringside-jobs'] })
