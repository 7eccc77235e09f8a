import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import accepts from '@fastify/accepts'
import type { Config } from './config.ts'
import { packageVersion } from './version.ts'
import metrics from '../plugins/metrics.ts'
import httpMetrics from '../plugins/http-metrics.ts'
import connections from '../plugins/connections.ts'
import routePolicy from '../plugins/route-policy.ts'
import errors from '../plugins/errors.ts'
import limits from '../plugins/limits.ts'
import auth from '../plugins/auth.ts'
import swagger from '../plugins/swagger.ts'
import backends from '../plugins/backends.ts'
import jobs from '../plugins/jobs.ts'
import compare from '../plugins/compare.ts'
import content from '../plugins/content.ts'
import views from '../plugins/views.ts'
import logging from '../plugins/logging.ts'
import runs from '../plugins/runs.ts'
import plan from '../plugins/plan.ts'
import healthRoutes from '../routes/health.ts'
import metricsRoutes from '../routes/metrics.ts'
import backendRoutes from '../routes/backends.ts'
import videoRoutes from '../routes/video.ts'
import openaiRoutes from '../routes/openai.ts'
import sglangRoutes from '../routes/sglang.ts'
import compareRoutes from '../routes/compare.ts'
import runRoutes from '../routes/runs.ts'
import pageRoutes from '../routes/page.ts'
import planRoutes from '../routes/plan.ts'

export interface AppOptions {
  config: Config
}

// Plugins first, then routes. Listed rather than autoloaded: Node runs these .ts files by
// type stripping, and an explicit list keeps the order of dependencies visible.
async function app (fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  await fastify.register(routePolicy)
  await fastify.register(logging, { config: opts.config })
  await fastify.register(errors)
  await fastify.register(limits, { config: opts.config })
  await fastify.register(auth, { config: opts.config })
  await fastify.register(accepts)
  await fastify.register(swagger, { config: opts.config })
  await fastify.register(metrics)
  await fastify.register(httpMetrics)
  await fastify.register(connections, { config: opts.config })
  await fastify.register(backends, { config: opts.config })
  await fastify.register(content, { config: opts.config })
  await fastify.register(jobs, { config: opts.config })
  await fastify.register(compare, { config: opts.config })
  await fastify.register(views)
  await fastify.register(runs)
  await fastify.register(plan, { config: opts.config })

  await fastify.register(healthRoutes)
  await fastify.register(metricsRoutes, { config: opts.config })
  await fastify.register(backendRoutes)
  await fastify.register(videoRoutes, { config: opts.config })
  await fastify.register(openaiRoutes, { config: opts.config })
  await fastify.register(sglangRoutes)
  await fastify.register(compareRoutes)
  await fastify.register(runRoutes)
  await fastify.register(planRoutes)
  await fastify.register(pageRoutes, { version: packageVersion() })
}

// Not encapsulated, so the server and the tests see the decorators the plugins add.
export default fp(app, { name: 'ringside' })
