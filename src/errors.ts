import createError from '@fastify/error'

// One place for every error the gateway answers with. Codes carry the RINGSIDE_ prefix so a
// client (and a log search) can tell ours apart from Fastify's own FST_ codes.
export const JobNotFoundError = createError<[string]>('RINGSIDE_JOB_NOT_FOUND', 'Job %s not found', 404)
export const RunNotFoundError = createError<[string]>('RINGSIDE_RUN_NOT_FOUND', 'Run %s not found', 404)
export const ContentNotReadyError = createError<[string, string]>('RINGSIDE_CONTENT_NOT_READY', 'Job %s is %s: its content is not available yet', 409)
export const UnknownBackendError = createError<[string, string]>('RINGSIDE_UNKNOWN_BACKEND', 'backend: unknown backend "%s" (known: %s)', 400)
export const BackendUnavailableError = createError<[string]>('RINGSIDE_BACKEND_UNAVAILABLE', 'Backend %s is unavailable', 503)
export const NoBackendAvailableError = createError('RINGSIDE_NO_BACKEND_AVAILABLE', 'No backend is available', 503)
export const UpstreamRejectedError = createError<[string, string]>('RINGSIDE_UPSTREAM_REJECTED', 'Backend %s rejected the request: %s', 400)
export const UpstreamRefusedError = createError<[string]>('RINGSIDE_UPSTREAM_REFUSED', 'Backend %s refused the connection', 503)
export const UpstreamTimeoutError = createError<[string]>('RINGSIDE_UPSTREAM_TIMEOUT', 'Backend %s timed out', 504)
export const UpstreamResetError = createError<[string]>('RINGSIDE_UPSTREAM_RESET', 'Backend %s closed the connection', 502)
export const UpstreamMalformedError = createError<[string]>('RINGSIDE_UPSTREAM_MALFORMED', 'Backend %s sent a malformed response', 502)
export const UpstreamStatusError = createError<[string, number]>('RINGSIDE_UPSTREAM_STATUS', 'Backend %s answered with status %d', 502)
export const UpstreamContentGoneError = createError<[string]>('RINGSIDE_CONTENT_GONE', 'Backend %s no longer has this video (restarted or deleted)', 502)
export const PrometheusUnavailableError = createError<[string]>('RINGSIDE_PROMETHEUS_UNAVAILABLE', 'Prometheus cannot answer: %s', 502)
export const UpstreamError = createError<[string]>('RINGSIDE_UPSTREAM_ERROR', 'Backend %s failed', 502)

/** Closed set of reasons, also the `reason` label of ringside_upstream_errors_total. */
export const upstreamReasons = ['refused', 'timeout', 'reset', 'malformed', 'status', 'other'] as const
/** `rejected` is the backend refusing the client's input (4xx): the client's mistake, not an upstream failure. */
export type UpstreamReason = typeof upstreamReasons[number] | 'rejected'
export type UpstreamFailure = Error & { reason: UpstreamReason, backend: string, statusCode?: number }

const reasonByCode: Record<string, UpstreamReason> = {
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'refused',
  ENOTFOUND: 'refused',
  EAI_AGAIN: 'refused',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset'
}

const errorByReason = {
  refused: UpstreamRefusedError,
  timeout: UpstreamTimeoutError,
  reset: UpstreamResetError,
  malformed: UpstreamMalformedError,
  other: UpstreamError
} as const

export function classifyUpstreamError (err: unknown): UpstreamReason {
  const known = (err as { reason?: UpstreamReason } | null)?.reason
  if (known) return known
  if (err instanceof UpstreamRejectedError) return 'rejected'
  if (err instanceof UpstreamStatusError) return 'status'
  if (err instanceof UpstreamMalformedError || err instanceof SyntaxError) return 'malformed'
  const code = (err as { code?: string } | null)?.code
  return (code && reasonByCode[code]) || 'other'
}

/** Turns an undici or parse failure into the gateway error that names the backend, keeping the cause. */
export function upstreamFailure (backend: string, err: unknown): UpstreamFailure {
  const reason = classifyUpstreamError(err)
  if (reason === 'status' || reason === 'rejected' || (err as { reason?: string }).reason) return Object.assign(err as Error, { reason, backend })
  const wrapped = new errorByReason[reason](backend)
  wrapped.cause = err
  return Object.assign(wrapped, { reason, backend })
}

export function malformedResponse (backend: string, cause?: unknown): UpstreamFailure {
  const err = new UpstreamMalformedError(backend)
  if (cause !== undefined) err.cause = cause
  return Object.assign(err, { reason: 'malformed' as const, backend })
}

// Resilience: answers that tell the client when to come back (`retryAfterSeconds` becomes Retry-After)
export const BackendCircuitOpenError = createError<[string, number]>('RINGSIDE_BACKEND_CIRCUIT_OPEN', 'Backend %s is failing (circuit open): it is probed again in %d s', 503)
export const BackendQueueFullError = createError<[string, number]>('RINGSIDE_BACKEND_QUEUE_FULL', 'Backend %s has %d jobs outstanding, its limit: retry later', 429)
export const AllBackendsFullError = createError('RINGSIDE_ALL_BACKENDS_FULL', 'Every available backend is at its queue limit: retry later', 429)

export type RetryableError = Error & { backend?: string, retryAfterSeconds: number }

/** Attaches the backend's name and the Retry-After the error handler sends. */
export function retryLater<E extends Error> (err: E, retryAfterSeconds: number, backend?: string): E & RetryableError {
  return Object.assign(err, { retryAfterSeconds, ...(backend === undefined ? {} : { backend }) })
}

// Access: who may call (plugins/auth.ts) and how often (plugins/limits.ts)
export const ApiKeyMissingError = createError('RINGSIDE_API_KEY_MISSING', 'An API key is required: send Authorization: Bearer <key>', 401)
export const ApiKeyInvalidError = createError('RINGSIDE_API_KEY_INVALID', 'The API key is not valid', 401)
export const ApiKeyScopeError = createError<[string, string, string]>('RINGSIDE_API_KEY_SCOPE', 'API key %s has scope "%s": %s needs an admin key', 403)
export const RateLimitedError = createError<[number, string]>('RINGSIDE_RATE_LIMITED', 'Rate limit of %d requests per %s exceeded: retry later', 429)
export const OverloadedError = createError<[string]>('RINGSIDE_OVERLOADED', 'The gateway is overloaded (%s): retry later', 503)
export const RangeNotSatisfiableError = createError<[string, number]>('RINGSIDE_RANGE_NOT_SATISFIABLE', 'range: %s lies outside the video\'s %d bytes', 416)
