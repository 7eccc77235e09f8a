import { readFileSync } from 'node:fs'
import { Type, type Static } from 'typebox'
import { Compile } from 'typebox/compile'
import { parseApiKeys, parseBoolean, parseComparePair, parseWorkloads } from './config-text.ts'
import { ApiKeySchema, BackendConfigSchema, ComparePairSchema, RoutingPolicySchema, WorkloadPresetSchema } from './config-schemas.ts'

export { ApiKeySchema, BackendConfigSchema, ComparePairSchema, RoutingPolicySchema, WorkloadPresetSchema } from './config-schemas.ts'
export type { ApiKey, BackendConfig, ComparePair } from './config-schemas.ts'

export const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  logLevel: Type.Union([
    Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'),
    Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent')
  ]),
  logFormat: Type.Union([Type.Literal('auto'), Type.Literal('json'), Type.Literal('pretty')], {
    description: 'json: one JSON object per line; pretty: readable lines (pino-pretty); auto: pretty when stdout is a terminal'
  }),
  backends: Type.Array(BackendConfigSchema),
  jobSecret: Type.Optional(Type.String({ minLength: 16 })),
  simTimeScale: Type.Number({ exclusiveMinimum: 0, maximum: 10 }),
  routing: RoutingPolicySchema,
  healthIntervalMs: Type.Integer({ minimum: 50 }),
  pollMinMs: Type.Integer({ minimum: 1 }),
  pollMaxMs: Type.Integer({ minimum: 1 }),
  connectTimeoutMs: Type.Integer({ minimum: 1 }),
  headersTimeoutMs: Type.Integer({ minimum: 1 }),
  bodyTimeoutMs: Type.Integer({ minimum: 1 }),
  perfRecordWaitMs: Type.Integer({ minimum: 0 }),
  bodyLimitBytes: Type.Integer({ minimum: 1024 }),
  maxWaitSeconds: Type.Integer({ minimum: 0 }),
  prometheusUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
  prometheusWindow: Type.String({ pattern: '^[0-9]+(ms|s|m|h|d|w|y)$' }),
  comparePair: Type.Optional({ ...ComparePairSchema, description: 'Default baseline and candidate; unset: the backend with the fewest GPUs against the next' }),
  breakerFailureThreshold: Type.Integer({ minimum: 1, description: 'Consecutive failed calls that open a backend replica\'s circuit' }),
  breakerCoolDownMs: Type.Integer({ minimum: 1, description: 'How long an open circuit stays open before one probe may decide' }),
  maxQueuePerBackend: Type.Integer({ minimum: 1, description: 'Jobs outstanding per backend (all replicas) beyond which a submit gets 429' }),
  jobDeadlineSeconds: Type.Number({
    exclusiveMinimum: 0,
    maximum: 604_800,
    description: 'From submit: a job still queued or running then is failed with deadline_exceeded (at most a week, well within a timer\'s 24.8 days)'
  }),
  backendUnreachableSeconds: Type.Number({
    exclusiveMinimum: 0, maximum: 604_800, description: 'A job whose every poll failed for this long is failed with backend_unreachable'
  }),
  maxUpstreamBodyBytes: Type.Integer({ minimum: 1024, description: 'Largest JSON answer read from a backend (a job, a model list); larger is a 502' }),
  maxStagesPerBackend: Type.Integer({ minimum: 1, description: 'Stage names kept per backend as metric labels and comparison rows; the rest are counted' }),
  workloads: Type.Array(WorkloadPresetSchema, { maxItems: 64, description: 'Workloads that always have their own label, as name=key' }),
  maxWorkloads: Type.Integer({ minimum: 0, maximum: 64, description: 'Other workload shapes labelled as first seen; later ones are `other`' }),
  // Access: API keys, per-key rate limits, load shedding (plugins/auth.ts, plugins/limits.ts)
  apiKeys: Type.Array(ApiKeySchema, { description: 'Bearer keys; none configured leaves the API open' }),
  protectMetrics: Type.Boolean({ description: 'When keys are configured, /metrics needs an admin key' }),
  rateLimitMax: Type.Integer({ minimum: 1, description: 'Requests per API key (client IP when open) per window' }),
  rateLimitWindowMs: Type.Integer({ minimum: 1 }),
  authFailureMax: Type.Integer({ minimum: 1, description: 'Wrong API keys per client address per window before every key from it is refused with 429' }),
  authFailureWindowMs: Type.Integer({ minimum: 1 }),
  allowedOrigins: Type.Array(Type.String({ pattern: '^https?://[^/?#]+$' }), {
    description: 'Browser origins, besides the gateway\'s own, whose state-changing requests are accepted without a key'
  }),
  // The client side of the socket (src/options.ts): Node's own defaults let a dripping client hold it 60-75 s
  clientHeadersTimeoutMs: Type.Integer({ minimum: 1, description: 'Time a client has to send a request\'s headers' }),
  clientRequestTimeoutMs: Type.Integer({ minimum: 1, description: 'Time a client has to send a whole request, body included' }),
  clientKeepAliveTimeoutMs: Type.Integer({ minimum: 1, description: 'How long an idle keep-alive connection is kept for its next request' }),
  maxConnectionsPerAddress: Type.Integer({ minimum: 0, description: 'Open connections per client address; more are closed at once; 0 is no cap' }),
  maxEventLoopDelayMs: Type.Integer({ minimum: 0, description: 'Mean event-loop delay beyond which requests are shed with 503; 0 disables' }),
  referenceHosts: Type.Array(Type.String({ pattern: '^(\\*\\.)?[a-z0-9.-]+$' }), { description: 'Hosts a reference_url may name; empty = any public host' }),
  referenceAllowPrivate: Type.Boolean({ description: 'Let reference_url name loopback, link-local and private addresses' }),
  maxUploadBytes: Type.Integer({ minimum: 1024, description: 'Largest input_reference image accepted in a multipart upload' }),
  maxUploadPixels: Type.Integer({ minimum: 1, description: 'Most pixels (width x height, as the image header declares) of an input_reference image' }),
  maxUploadSide: Type.Integer({ minimum: 1, description: 'Longest side, in pixels, of an input_reference image' }),
  // The most work one generation may ask of a backend, unless its RINGSIDE_BACKENDS entry says otherwise
  maxFrames: Type.Integer({ minimum: 1, description: 'Frames one request may render (after Wan\'s rounding to 4k+1)' }),
  maxInferenceSteps: Type.Integer({ minimum: 1, description: 'Denoising steps one request may ask' }),
  maxPixelsPerFrame: Type.Integer({ minimum: 1, description: 'Width x height one request may ask' }),
  maxOutputs: Type.Integer({ minimum: 1, maximum: 10, description: 'Videos one request may ask (SGLang clamps to 10)' }),
  contentCacheBytes: Type.Integer({
    minimum: 0,
    description: 'Memory for finished videos kept after their first download (a video over a quarter of it is not kept); 0 keeps none'
  })
}, { additionalProperties: false })
export type Config = Static<typeof ConfigSchema>

export const defaults: Config = {
  port: 8080,
  host: '127.0.0.1',
  logLevel: 'info',
  logFormat: 'auto',
  backends: [],
  simTimeScale: 0.01,
  routing: 'fastest-completion',
  healthIntervalMs: 5000,
  pollMinMs: 2,
  pollMaxMs: 2000,
  connectTimeoutMs: 5000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 300_000,
  perfRecordWaitMs: 2000,
  bodyLimitBytes: 16 * 1024 * 1024,
  maxWaitSeconds: 600,
  prometheusWindow: '1h',
  breakerFailureThreshold: 5,
  breakerCoolDownMs: 30_000,
  maxQueuePerBackend: 32,
  jobDeadlineSeconds: 3600,
  backendUnreachableSeconds: 300,
  maxUpstreamBodyBytes: 1024 * 1024,
  maxStagesPerBackend: 32,
  // Wan2.2-TI2V-5B over HTTP (src/workloads/models.ts): what a request naming nothing runs, the
  // seed page's request (the model's own 121 frames), the other resolution the model supports,
  // and image-to-video; four more shapes as they come (8 x 2 backends stays within the series budget)
  workloads: [
    { name: 'default', key: 't2v-1280x704-97f-50s' },
    { name: 'seed', key: 't2v-1280x704-121f-50s' },
    { name: 'portrait', key: 't2v-704x1280-97f-50s' },
    { name: 'i2v', key: 'i2v-1280x704-97f-50s' }
  ],
  maxWorkloads: 4,
  apiKeys: [],
  protectMetrics: false,
  rateLimitMax: 600,
  rateLimitWindowMs: 60_000,
  authFailureMax: 20,
  authFailureWindowMs: 60_000,
  allowedOrigins: [],
  clientHeadersTimeoutMs: 10_000,
  clientRequestTimeoutMs: 60_000,
  // Fastify's own: above the 60 s idle timeout of common load balancers, so the gateway never
  // closes a connection the balancer is about to reuse
  clientKeepAliveTimeoutMs: 72_000,
  maxConnectionsPerAddress: 256,
  maxEventLoopDelayMs: 1000,
  referenceHosts: [],
  referenceAllowPrivate: false,
  maxUploadBytes: 10 * 1024 * 1024,
  // A 48 MP phone photo (8064x6048) passes; a decoder's 4 bytes a pixel stay near 200 MB
  maxUploadPixels: 50_000_000,
  maxUploadSide: 16_384,
  // Wan2.2-TI2V-5B's defaults (97 frames, 50 steps, 1280x704) with room: 10 s at 24 fps, twice the
  // steps, 720p either way round. Outputs: SGLang's own clamp to 10, so a drop-in client's n=20 still
  // makes ten (entrypoints/openai/video_api.py:353-355); a backend can lower it
  maxFrames: 241,
  maxInferenceSteps: 100,
  // OpenAI's largest video size (1792x1024, either way round): what an SDK client may send; the
  // model's own 1280x704 fits well inside
  maxPixelsPerFrame: 1792 * 1024,
  maxOutputs: 10,
  contentCacheBytes: 256 * 1024 * 1024
}

/** Each setting, the environment variable that sets it, and how its text is read. */
export const environment = {
  port: ['PORT', Number],
  host: ['HOST', String],
  logLevel: ['LOG_LEVEL', String],
  logFormat: ['RINGSIDE_LOG_FORMAT', String],
  backends: ['RINGSIDE_BACKENDS', JSON.parse],
  jobSecret: ['RINGSIDE_JOB_SECRET', String],
  simTimeScale: ['RINGSIDE_SIM_TIME_SCALE', Number],
  routing: ['RINGSIDE_ROUTING', String],
  healthIntervalMs: ['RINGSIDE_HEALTH_INTERVAL_MS', Number],
  pollMinMs: ['RINGSIDE_POLL_MIN_MS', Number],
  pollMaxMs: ['RINGSIDE_POLL_MAX_MS', Number],
  connectTimeoutMs: ['RINGSIDE_CONNECT_TIMEOUT_MS', Number],
  headersTimeoutMs: ['RINGSIDE_HEADERS_TIMEOUT_MS', Number],
  bodyTimeoutMs: ['RINGSIDE_BODY_TIMEOUT_MS', Number],
  perfRecordWaitMs: ['RINGSIDE_PERF_RECORD_WAIT_MS', Number],
  bodyLimitBytes: ['RINGSIDE_BODY_LIMIT_BYTES', Number],
  maxWaitSeconds: ['RINGSIDE_MAX_WAIT_SECONDS', Number],
  prometheusUrl: ['RINGSIDE_PROMETHEUS_URL', String],
  prometheusWindow: ['RINGSIDE_PROMETHEUS_WINDOW', String],
  comparePair: ['RINGSIDE_COMPARE_PAIR', parseComparePair],
  breakerFailureThreshold: ['RINGSIDE_BREAKER_FAILURE_THRESHOLD', Number],
  breakerCoolDownMs: ['RINGSIDE_BREAKER_COOL_DOWN_MS', Number],
  maxQueuePerBackend: ['RINGSIDE_MAX_QUEUE_PER_BACKEND', Number],
  jobDeadlineSeconds: ['RINGSIDE_JOB_DEADLINE_SECONDS', Number],
  backendUnreachableSeconds: ['RINGSIDE_BACKEND_UNREACHABLE_SECONDS', Number],
  maxUpstreamBodyBytes: ['RINGSIDE_MAX_UPSTREAM_BODY_BYTES', Number],
  maxStagesPerBackend: ['RINGSIDE_MAX_STAGES_PER_BACKEND', Number],
  workloads: ['RINGSIDE_WORKLOADS', parseWorkloads],
  maxWorkloads: ['RINGSIDE_MAX_WORKLOADS', Number],
  apiKeys: ['RINGSIDE_API_KEYS', parseApiKeys],
  protectMetrics: ['RINGSIDE_PROTECT_METRICS', parseBoolean],
  rateLimitMax: ['RINGSIDE_RATE_LIMIT_MAX', Number],
  rateLimitWindowMs: ['RINGSIDE_RATE_LIMIT_WINDOW_MS', Number],
  authFailureMax: ['RINGSIDE_AUTH_FAILURE_MAX', Number],
  authFailureWindowMs: ['RINGSIDE_AUTH_FAILURE_WINDOW_MS', Number],
  allowedOrigins: ['RINGSIDE_ALLOWED_ORIGINS', (text: string) => text.split(',').map((o) => o.trim().toLowerCase().replace(/\/$/, '')).filter(Boolean)],
  clientHeadersTimeoutMs: ['RINGSIDE_CLIENT_HEADERS_TIMEOUT_MS', Number],
  clientRequestTimeoutMs: ['RINGSIDE_CLIENT_REQUEST_TIMEOUT_MS', Number],
  clientKeepAliveTimeoutMs: ['RINGSIDE_CLIENT_KEEP_ALIVE_TIMEOUT_MS', Number],
  maxConnectionsPerAddress: ['RINGSIDE_MAX_CONNECTIONS_PER_ADDRESS', Number],
  maxEventLoopDelayMs: ['RINGSIDE_MAX_EVENT_LOOP_DELAY_MS', Number],
  referenceHosts: ['RINGSIDE_REFERENCE_HOSTS', (text: string) => text.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)],
  referenceAllowPrivate: ['RINGSIDE_REFERENCE_ALLOW_PRIVATE', parseBoolean],
  maxUploadBytes: ['RINGSIDE_MAX_UPLOAD_BYTES', Number],
  maxUploadPixels: ['RINGSIDE_MAX_UPLOAD_PIXELS', Number],
  maxUploadSide: ['RINGSIDE_MAX_UPLOAD_SIDE', Number],
  maxFrames: ['RINGSIDE_MAX_FRAMES', Number],
  maxInferenceSteps: ['RINGSIDE_MAX_INFERENCE_STEPS', Number],
  maxPixelsPerFrame: ['RINGSIDE_MAX_PIXELS_PER_FRAME', Number],
  maxOutputs: ['RINGSIDE_MAX_OUTPUTS', Number],
  contentCacheBytes: ['RINGSIDE_CONTENT_CACHE_BYTES', Number]
} as const satisfies Record<keyof Config, readonly [string, (text: string) => unknown]>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const checkConfig = Compile(ConfigSchema)

/**
 * Builds the configuration from defaults, then the JSON file named by RINGSIDE_CONFIG,
 * then the environment, and fails naming the setting when a value is wrong.
 */
export function loadConfig (env: NodeJS.ProcessEnv = {}, overrides: Partial<Config> = {}): Config {
  const merged: Record<string, unknown> = { ...defaults, ...readConfigFile(env.RINGSIDE_CONFIG) }
  for (const [key, [variable, parse]] of Object.entries(environment)) {
    const text = env[variable]
    if (text === undefined || text === '') continue
    try {
      merged[key] = parse(text)
    } catch (err) {
      throw new ConfigError(`${variable} is not valid: ${(err as Error).message}`, { cause: err })
    }
  }
  Object.assign(merged, overrides)
  return validateConfig(merged)
}

function readConfigFile (path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new ConfigError(`RINGSIDE_CONFIG (${path}) cannot be read as JSON: ${(err as Error).message}`, { cause: err })
  }
}

export function validateConfig (value: Record<string, unknown>): Config {
  if (!checkConfig.Check(value)) {
    const [first] = checkConfig.Errors(value)
    const key = first?.instancePath.split('/')[1] ?? ''
    const variable = (environment as Record<string, readonly [string, unknown]>)[key]?.[0] ?? key
    throw new ConfigError(`${variable} (${first?.instancePath || '/'}) ${first?.message ?? 'is invalid'}`)
  }
  const config = value as Config
  const names = new Set<string>()
  for (const backend of config.backends) {
    if (names.has(backend.name)) throw new ConfigError(`RINGSIDE_BACKENDS names backend "${backend.name}" twice`)
    names.add(backend.name)
    // SGLang refuses the combination at start (server_args/server_args.py:1335-1340 at d315eb72)
    if ((backend.kv_gather_degree ?? 1) > 1 && (backend.ulysses_degree > 1 || backend.ring_degree > 1)) {
      throw new ConfigError(`RINGSIDE_BACKENDS backend "${backend.name}": kv_gather_degree does not compose with ulysses_degree or ring_degree above 1`)
    }
  }
  // A GPU in two backends would join its DCGM metrics to both: PromQL refuses the many-to-many match
  const gpuOwners = new Map<string, string>()
  for (const backend of config.backends) {
    for (const gpu of backend.gpus ?? []) {
      const owner = gpuOwners.get(gpu)
      if (owner !== undefined) throw new ConfigError(`RINGSIDE_BACKENDS gives GPU "${gpu}" to both ${owner} and ${backend.name}`)
      gpuOwners.set(gpu, backend.name)
    }
  }
  const presets = new Set<string>()
  for (const { name, key } of config.workloads) {
    if (presets.has(name) || presets.has(key)) throw new ConfigError(`RINGSIDE_WORKLOADS names "${presets.has(name) ? name : key}" twice`)
    presets.add(name).add(key)
  }
  if (config.pollMinMs > config.pollMaxMs) throw new ConfigError('RINGSIDE_POLL_MIN_MS must not exceed RINGSIDE_POLL_MAX_MS')
  // Node refuses a headers timeout longer than the request's (ERR_OUT_OF_RANGE at listen)
  if (config.clientHeadersTimeoutMs > config.clientRequestTimeoutMs) {
    throw new ConfigError('RINGSIDE_CLIENT_HEADERS_TIMEOUT_MS must not exceed RINGSIDE_CLIENT_REQUEST_TIMEOUT_MS')
  }
  return config
}
