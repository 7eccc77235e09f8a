// The parts of the configuration's schema that name one thing each (a backend, a key, a workload
// preset): src/config.ts builds the whole from them.
import { Type, type Static } from 'typebox'
import { workloadKeyPattern } from './workloads/workload.ts'

export const BackendConfigSchema = Type.Object({
  name: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,31}$', description: 'Backend name, used in metrics labels and job ids' }),
  urls: Type.Array(Type.String({ pattern: '^https?://' }), { minItems: 1, description: 'Base URLs of replicas of the same parallel config' }),
  sp_degree: Type.Integer({ minimum: 1 }),
  ulysses_degree: Type.Integer({ minimum: 1 }),
  ring_degree: Type.Integer({ minimum: 1 }),
  batching_max_size: Type.Optional(Type.Integer({
    minimum: 1,
    // a batch is measured as the workload of all its outputs, and a workload key's -xN has at most three digits
    maximum: 999,
    description: 'The server\'s --batching-max-size (outputs per forward, at most 999): above 1 it may run several requests as one batch ' +
      'and logs only the first one\'s stage record'
  })),
  kv_gather_degree: Type.Optional(Type.Integer({
    minimum: 1,
    description: 'SGLang\'s K/V-gather exchange (--kv-gather-degree; chosen by itself when sp_degree is 2 and neither ulysses nor ring is set); 1 unless given'
  })),
  num_gpus: Type.Integer({ minimum: 1 }),
  model: Type.Optional(Type.String()),
  gpus: Type.Optional(Type.Array(Type.String({ pattern: '^([0-9]{1,3}|(GPU|MIG)-[0-9A-Za-z-]{1,64})$' }), {
    minItems: 1,
    uniqueItems: true,
    description: 'GPUs the backend runs on, as DCGM names them: indices ("0") or UUIDs ("GPU-..."), so its GPU metrics join the backend'
  })),
  perf_log_dir: Type.Optional(Type.String({
    description: 'Directory holding the backend\'s performance.log (SGLANG_PERF_LOG_DIR), one per replica when urls has several, separated by commas'
  })),
  perf_dump_dir: Type.Optional(Type.String({ description: 'Directory, shared with the backend, where per-request perf dumps are written' })),
  // The most work one request may ask of this backend; unset: the gateway-wide RINGSIDE_MAX_* settings
  max_frames: Type.Optional(Type.Integer({ minimum: 1, description: 'Frames one request may render here (after Wan\'s rounding to 4k+1)' })),
  max_inference_steps: Type.Optional(Type.Integer({ minimum: 1, description: 'Denoising steps one request may ask here' })),
  max_pixels_per_frame: Type.Optional(Type.Integer({ minimum: 1, description: 'Width x height one request may ask here' })),
  max_outputs: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'Videos one request may ask here (SGLang clamps to 10)' }))
}, { additionalProperties: false })
export type BackendConfig = Static<typeof BackendConfigSchema>

export const RoutingPolicySchema = Type.Union([
  Type.Literal('fastest-completion'),
  Type.Literal('least-outstanding'),
  Type.Literal('round-robin'),
  Type.Literal('weighted')
])

const backendNamePattern = '^[a-z0-9][a-z0-9_-]{0,31}$'

/** The two backends the comparison and paired runs take when a request names neither. */
export const ComparePairSchema = Type.Object({
  baseline: Type.String({ pattern: backendNamePattern }),
  candidate: Type.String({ pattern: backendNamePattern })
}, { additionalProperties: false })
export type ComparePair = Static<typeof ComparePairSchema>

/** A named workload the measures always keep apart (RINGSIDE_WORKLOADS). */
export const WorkloadPresetSchema = Type.Object({
  name: Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,31}$' }),
  key: Type.String({ pattern: workloadKeyPattern, description: 'task-WIDTHxHEIGHT-FRAMESf-STEPSs, -xN for N videos, e.g. t2v-1280x704-97f-50s' })
}, { additionalProperties: false })

export const ApiKeySchema = Type.Object({
  name: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', description: 'Who holds the key: logged and used for rate limits, never the secret' }),
  scope: Type.Union([Type.Literal('generate'), Type.Literal('admin')]),
  key: Type.String({ minLength: 16, description: 'The secret the client sends as Authorization: Bearer <key>' })
}, { additionalProperties: false })
export type ApiKey = Static<typeof ApiKeySchema>
