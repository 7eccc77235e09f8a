import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { FastifyHttpOptions, FastifyServerOptions, FastifySchemaValidationError } from 'fastify'
import type { Config } from './config.ts'

/**
 * The Fastify constructor options, shared by the server and the tests so both run with
 * production's validation, body limit, request-id and redaction settings.
 */
export function serverOptions (config: Config, logger: FastifyServerOptions['logger'] = { level: config.logLevel }): FastifyHttpOptions<Server> {
  return {
    logger: typeof logger === 'object' && logger !== null
      ? { ...logger, redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : logger,
    bodyLimit: config.bodyLimitBytes,
    // A response buffers up to 512 KiB before it pushes back on the backend's socket, as nginx
    // with 8 x 64k proxy buffers does: with Node's 64 KiB, an mp4 download stalls on every round
    // trip of backpressure (bench/content.ts). Small answers never come near it.
    // Headers and request timeouts are Node's own (server.headersTimeout, server.requestTimeout),
    // enforced each connectionsCheckingInterval: at Node's defaults (60 s headers, checked every
    // 30 s) a client dripping bytes held its socket 60-75 s. A quarter of the headers
    // timeout (at most 1 s) keeps the overshoot small for a walk of the open connections.
    http: {
      highWaterMark: 512 * 1024,
      headersTimeout: config.clientHeadersTimeoutMs,
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(config.clientHeadersTimeoutMs / 4)))
    },
    // Propagated to the backends and into every log line.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // A client that hangs up mid-upload, or drips its body, must not hold a socket forever.
    // (Fastify sets it on the server after creating it, over http.requestTimeout.)
    requestTimeout: config.clientRequestTimeoutMs,
    keepAliveTimeout: config.clientKeepAliveTimeoutMs,
    ajv: {
      customOptions: {
        // Unknown fields are refused by name, not silently dropped (Fastify's default).
        removeAdditional: false,
        allErrors: false
      }
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 600 },
    schemaErrorFormatter: formatValidationError
  }
}

/** What a failed validation says of where it failed (Ajv's error, as Fastify passes it on). */
export type ValidationIssue = Pick<FastifySchemaValidationError, 'instancePath' | 'params'>

/** Where in the data a validation error is, as a dotted path (`size`, `template.seed`); '' for the whole. */
export function validationPath (error: ValidationIssue): string {
  const params = error.params as { missingProperty?: string, additionalProperty?: string }
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.')
  const leaf = params.missingProperty ?? params.additionalProperty
  return [path, leaf].filter(Boolean).join('.')
}

/** The field a validation error is about, as a path: `body.size`, `querystring.limit`. */
export function fieldOf (error: FastifySchemaValidationError, dataVar: string): string {
  return [dataVar, validationPath(error)].filter(Boolean).join('.')
}

// Ajv's "body must NOT have additional properties" does not say which: every message here
// starts with the field it is about.
function formatValidationError (errors: FastifySchemaValidationError[], dataVar: string): Error {
  const [first] = errors
  if (!first) return new Error(`${dataVar} is invalid`)
  const field = fieldOf(first, dataVar)
  const params = first.params as { additionalProperty?: string, missingProperty?: string }
  const message = params.additionalProperty
    ? `${field} is not an allowed field`
    : params.missingProperty ? `${field} is required` : `${field} ${first.message}`
  return new Error(message)
}
