import createError from '@fastify/error'

// One place for every error the gateway answers with. Codes carry the RINGSIDE_ prefix so a
// client (and a log search) can tell ours apart from Fastify's own FST_ codes. Every error gets
// its data at construction, after its message arguments: `new JobNotFoundError(id, { param })`.

/** What an error may carry besides its message, all given at construction. */
export interface ErrorData {
  cause?: unknown
  /** The backend it is about: the JSON error body names it. */
  backend?: string
  /** Sent as Retry-After with a 429 or 503: when to come back (a circuit's cool-down, a queue's drain). */
  retryAfterSeconds?: number
  /** The request field it is about: OpenAI's `param`. */
  param?: string
}

/** Any gateway error, as the error reply reads it. */
export interface CodedError extends Error {
  code: string
  statusCode: number
  backend?: string
  retryAfterSeconds?: number
  param?: string
}

type FormatArgs = Array<string | number>
type CodedErrorClass<A extends FormatArgs> = new (...args: A | [...A, ErrorData]) => CodedError
interface Derived { backendArg?: number, retryAfterArg?: number }

/** The data object after the message arguments, if one was given (message arguments are never objects). */
function splitData<A extends FormatArgs> (args: A | [...A, ErrorData]): [FormatArgs, ErrorData] {
  const last = args.at(-1)
  return typeof last === 'object' && last !== null ? [args.slice(0, -1) as FormatArgs, last] : [args as FormatArgs, {}]
}

/**
 * An @fastify/error constructor (code, status, printf message, `{ cause }`) that also takes
 * ErrorData; `derived` names the message arguments that are the backend or the Retry-After.
 */
function defineError<A extends FormatArgs = []> (code: string, message: string, statusCode: number, derived: Derived = {}): CodedErrorClass<A> {
  const Base = createError(code, message, statusCode) as unknown as new (...args: unknown[]) => Error & { code: string, statusCode: number }
  return class extends Base {
    backend?: string
    retryAfterSeconds?: number
    param?: string

    constructor (...args: A | [...A, ErrorData]) {
      const [formatArgs, data] = splitData<A>(args)
      super(...formatArgs, ...('cause' in data ? [{ cause: data.cause }] : []))
      const backend = data.backend ?? (derived.backendArg === undefined ? undefined : formatArgs[derived.backendArg])
      const retryAfterSeconds = data.retryAfterSeconds ?? (derived.retryAfterArg === undefined ? undefined : formatArgs[derived.retryAfterArg])
      if (backend !== undefined) this.backend = String(backend)
      if (retryAfterSeconds !== undefined) this.retryAfterSeconds = Number(retryAfterSeconds)
      if (data.param !== undefined) this.param = data.param
    }
  }
}

export const JobNotFoundError = defineError<[string]>('RINGSIDE_JOB_NOT_FOUND', 'Job %s not found', 404)
export const RouteNotFoundError = defineError<[string, string]>('RINGSIDE_ROUTE_NOT_FOUND', 'Route %s %s not found', 404)
/** An endpoint of OpenAI's Videos API that SGLang has no counterpart for: a 404 that says so, not a bare one. */
export const UnsupportedVideoOperationError = defineError<[string, string]>('RINGSIDE_UNSUPPORTED_OPERATION',
  'OpenAI\'s %s (%s) is not supported: SGLang\'s video API has no such operation, so no backend behind this gateway can do it', 404)
export const ModelNotFoundError = defineError<[string]>('RINGSIDE_MODEL_NOT_FOUND', "The model '%s' does not exist", 404)
export const RunNotFoundError = defineError<[string]>('RINGSIDE_RUN_NOT_FOUND', 'Run %s not found', 404)
export const OutputNotFoundError = defineError<[string, string, number]>('RINGSIDE_OUTPUT_NOT_FOUND', 'variant: job %s has no output %s (it made %d)', 404)
export const ContentNotReadyError = defineError<[string, string]>('RINGSIDE_CONTENT_NOT_READY', 'Job %s is %s: its content is not available yet', 409)
/** 410, not 409: the content will never exist, asking again would not help. */
export const JobFailedError = defineError<[string, string]>('RINGSIDE_JOB_FAILED', 'Job %s failed, it has no content: %s', 410)
/** 410: a completed job whose backend kept no copy (SGLang with no output path) will never have content here. */
export const VideoNotKeptError = defineError<[string, string]>('RINGSIDE_VIDEO_NOT_KEPT',
  'Job %s completed, but backend %s keeps no copy of its videos (SGLang without an output path writes them to a temporary directory): ' +
  'there is nothing to download', 410, { backendArg: 1 })
/** 410: SGLang uploads only a job's first video to cloud storage, and its /content refuses every variant once one is uploaded. */
export const OutputNotUploadedError = defineError<[string, string, string]>('RINGSIDE_OUTPUT_NOT_UPLOADED',
  'variant: backend %s uploads only the first video of a job to cloud storage; output %s of job %s is not downloadable', 410, { backendArg: 0 })
/** A video the gateway was asked to read itself (a paired run's parity) that lives in cloud storage: the gateway fetches no URL a backend names. */
export const VideoInCloudStorageError = defineError<[string, string]>('RINGSIDE_VIDEO_IN_CLOUD_STORAGE',
  'Job %s: backend %s uploaded its video to cloud storage, which the gateway does not read', 409, { backendArg: 1 })
export const BackendUnavailableError = defineError<[string]>('RINGSIDE_BACKEND_UNAVAILABLE', 'Backend %s is unavailable', 503, { backendArg: 0 })
export const NoBackendAvailableError = defineError('RINGSIDE_NO_BACKEND_AVAILABLE', 'No backend is available', 503)
/** A generation asking more work (frames, steps, pixels, outputs) than its backend takes; the message names the field and the limit. */
export const WorkOverLimitError = defineError<[string]>('RINGSIDE_WORK_OVER_LIMIT', '%s', 400)
/** A reference image for a text-to-video model: SGLang refuses it too ("input_reference is not supported for T2V models."), after the upload. */
export const ReferenceNotAcceptedError = defineError<[string, string]>('RINGSIDE_REFERENCE_NOT_ACCEPTED',
  '%s: backend %s serves a text-to-video model, which takes no reference image', 400)
export const SameBackendPairError = defineError<[string]>('RINGSIDE_SAME_BACKEND_PAIR',
  'candidate: must differ from baseline, both are "%s": a paired run compares two backends', 400)
/** Ajv's coercion reads a form's "Infinity" as a number within any maximum: refused here, naming the field. */
export const NonFiniteNumberError = defineError<[string, string]>('RINGSIDE_NON_FINITE_NUMBER', '%s: must be a finite number, got %s', 400)
/** A comparison asked for a workload no measure carries; the message lists those that do. */
export const UnknownWorkloadError = defineError<[string, string]>('RINGSIDE_UNKNOWN_WORKLOAD', 'workload: unknown workload "%s" (known: %s)', 400)
/** A plan's configuration or workload nobody has: the message names the parameter and what it accepts. */
export const UnknownPlanValueError = defineError<[string, string, string]>('RINGSIDE_UNKNOWN_PLAN_VALUE', '%s: unknown "%s" (accepted: %s)', 400)
export const PrometheusUnavailableError = defineError<[string]>('RINGSIDE_PROMETHEUS_UNAVAILABLE', 'Prometheus cannot answer: %s', 502)

const UnknownBackendBase = defineError<[string, string, string]>('RINGSIDE_UNKNOWN_BACKEND', '%s: unknown backend "%s" (known: %s)', 400)
/** A backend name no configuration has; the message starts with the field that named it (`backend` unless `param` says). */
export class UnknownBackendError extends UnknownBackendBase {
  constructor (name: string, known: string, data: ErrorData = {}) {
    super(data.param ?? 'backend', name, known, { ...data, param: data.param ?? 'backend' })
  }
}

/** Closed set of reasons, also the `reason` label of ringside_upstream_errors_total. */
export const upstreamReasons = ['refused', 'timeout', 'reset', 'malformed', 'status', 'other'] as const
/** `rejected` is the backend refusing the client's input (4xx): the client's mistake, not an upstream failure. */
export type UpstreamReason = typeof upstreamReasons[number] | 'rejected'

/** What an upstream failure carries besides ErrorData. */
export interface UpstreamData extends ErrorData {
  /** Set on a content download that failed after bytes went out: it must not be retried. */
  streamed?: boolean
  /** The backend's own Retry-After on a failed answer, as it sent it. */
  retryAfter?: string | string[]
}

/** An error from talking to a backend: names the backend and the reason it is counted under. */
export type UpstreamFailure = CodedError & {
  reason: UpstreamReason
  backend: string
  streamed?: boolean
  upstreamStatus?: number
  retryAfter?: string | string[]
}
type UpstreamErrorClass<A extends FormatArgs> = new (...args: A | [...A, UpstreamData]) => UpstreamFailure

function defineUpstreamError<A extends [string, ...FormatArgs]> (
  code: string, message: string, statusCode: number, reason: UpstreamReason
): UpstreamErrorClass<A> {
  const Base = defineError<A>(code, message, statusCode, { backendArg: 0 })
  return class extends Base {
    readonly reason = reason
    streamed?: boolean
    retryAfter?: string | string[]

    constructor (...args: A | [...A, UpstreamData]) {
      super(...args)
      const [, data] = splitData<A>(args) as [FormatArgs, UpstreamData]
      if (data.streamed !== undefined) this.streamed = data.streamed
      if (data.retryAfter !== undefined) this.retryAfter = data.retryAfter
    }
  } as unknown as UpstreamErrorClass<A> // backend is always set: the first message argument names it
}

export const UpstreamRejectedError = defineUpstreamError<[string, string]>('RINGSIDE_UPSTREAM_REJECTED', 'Backend %s rejected the request: %s', 400, 'rejected')
export const UpstreamRefusedError = defineUpstreamError<[string]>('RINGSIDE_UPSTREAM_REFUSED', 'Backend %s refused the connection', 503, 'refused')
export const UpstreamTimeoutError = defineUpstreamError<[string]>('RINGSIDE_UPSTREAM_TIMEOUT', 'Backend %s timed out', 504, 'timeout')
export const UpstreamResetError = defineUpstreamError<[string]>('RINGSIDE_UPSTREAM_RESET', 'Backend %s closed the connection', 502, 'reset')
export const UpstreamMalformedError = defineUpstreamError<[string]>('RINGSIDE_UPSTREAM_MALFORMED', 'Backend %s sent a malformed response', 502, 'malformed')
/** A completed job whose cloud storage `url` is no http(s) URL: nowhere a client can be sent. */
export const CloudUrlInvalidError = defineUpstreamError<[string]>('RINGSIDE_CLOUD_URL_INVALID',
  'Backend %s says the video was uploaded to cloud storage, but its url is not an http(s) URL', 502, 'malformed')
export const UpstreamContentGoneError = defineUpstreamError<[string]>(
  'RINGSIDE_CONTENT_GONE', 'Backend %s no longer has this video (restarted or deleted)', 502, 'other')
export const UpstreamError = defineUpstreamError<[string]>('RINGSIDE_UPSTREAM_ERROR', 'Backend %s failed', 502, 'other')

const UpstreamStatusBase = defineUpstreamError<[string, number]>('RINGSIDE_UPSTREAM_STATUS', 'Backend %s answered with status %d', 502, 'status')
/** A backend's 5xx (or other unexpected status); keeps the status for the retry policy. */
export class UpstreamStatusError extends UpstreamStatusBase {
  override readonly upstreamStatus: number

  constructor (backend: string, status: number, data: UpstreamData = {}) {
    super(backend, status, data)
    this.upstreamStatus = status
  }
}

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

/** The reason of an already classified failure (ours carry one), else read from undici's or the parser's error. */
export function classifyUpstreamError (err: unknown): UpstreamReason {
  const known = (err as { reason?: UpstreamReason } | null)?.reason
  if (known) return known
  if (err instanceof SyntaxError) return 'malformed'
  const code = (err as { code?: string } | null)?.code
  return (code && reasonByCode[code]) || 'other'
}

/**
 * The gateway error for a failure talking to a backend. One already classified (any of the
 * Upstream errors above, or a refusal that carries `reason: 'rejected'`) is answered as it is;
 * an undici or parse failure is wrapped in the error of its reason, keeping it as the cause.
 */
export function upstreamFailure (backend: string, err: unknown, data: UpstreamData = {}): UpstreamFailure {
  if ((err as { reason?: unknown } | null)?.reason) return err as UpstreamFailure
  const reason = classifyUpstreamError(err) as keyof typeof errorByReason
  return new errorByReason[reason](backend, { ...data, cause: err })
}

// Resilience: answers that tell the client when to come back (`retryAfterSeconds` becomes Retry-After)
export const BackendCircuitOpenError = defineError<[string, number]>(
  'RINGSIDE_BACKEND_CIRCUIT_OPEN', 'Backend %s is failing (circuit open): it is probed again in %d s', 503, { backendArg: 0, retryAfterArg: 1 })
export const BackendQueueFullError = defineError<[string, number]>(
  'RINGSIDE_BACKEND_QUEUE_FULL', 'Backend %s has %d jobs outstanding, its limit: retry later', 429, { backendArg: 0 })
export const AllBackendsFullError = defineError('RINGSIDE_ALL_BACKENDS_FULL', 'Every available backend is at its queue limit: retry later', 429)

/** An error that says when to come back. */
export type RetryableError = CodedError & { retryAfterSeconds: number }

// Access: who may call (plugins/auth.ts) and how often (plugins/limits.ts)
export const ApiKeyMissingError = defineError('RINGSIDE_API_KEY_MISSING', 'An API key is required: send Authorization: Bearer <key>', 401)
export const ApiKeyInvalidError = defineError('RINGSIDE_API_KEY_INVALID', 'The API key is not valid', 401)
export const ApiKeyScopeError = defineError<[string, string, string]>('RINGSIDE_API_KEY_SCOPE', 'API key %s has scope "%s": %s needs an admin key', 403)
export const AuthThrottledError = defineError<[number]>(
  'RINGSIDE_AUTH_THROTTLED', 'Too many wrong API keys from this address: every key is refused for %d s', 429, { retryAfterArg: 0 })
export const CrossSiteRefusedError = defineError<[string, string]>(
  'RINGSIDE_CROSS_SITE', 'A cross-site %s is refused without an API key: %s', 403)
export const RateLimitedError = defineError<[number, string]>('RINGSIDE_RATE_LIMITED', 'Rate limit of %d requests per %s exceeded: retry later', 429)
export const OverloadedError = defineError<[string]>('RINGSIDE_OVERLOADED', 'The gateway is overloaded (%s): retry later', 503)
export const RangeNotSatisfiableError = defineError<[string, number]>('RINGSIDE_RANGE_NOT_SATISFIABLE', 'range: %s lies outside the video\'s %d bytes', 416)

// Requests the gateway cannot read: a 4xx that says what is wrong, never busboy's 500
export const InvalidEnvelopeError = defineError<[string]>('RINGSIDE_INVALID_ENVELOPE', '%s is not valid JSON', 400)
/** An OpenAI input_reference the gateway cannot pass on (a file_id, or two images at once); the message names the field. */
export const InputReferenceError = defineError<[string]>('RINGSIDE_INPUT_REFERENCE', '%s', 400)
export const MalformedMultipartError = defineError<[string]>('RINGSIDE_MALFORMED_MULTIPART', 'multipart/form-data: %s', 400)
