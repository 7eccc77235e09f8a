import { Type, type Static } from 'typebox'
import { BackendChoice } from './common.ts'
import { InvalidEnvelopeError } from '../errors.ts'

// The generation parameters SGLang's POST /v1/videos understands, bounded so a typo cannot
// book a GPU for an hour. Unknown fields are refused, here and on the OpenAI-compatible face
// (src/schemas/video.ts): a field dropped silently would make a video other than the one asked.
export const generationFields = {
  prompt: Type.String({ minLength: 1, maxLength: 10_000 }),
  negative_prompt: Type.Optional(Type.String({ maxLength: 10_000 })),
  model: Type.Optional(Type.String({ maxLength: 256 })),
  size: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$', description: 'WIDTHxHEIGHT, e.g. 1280x704' })),
  seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  fps: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
  num_frames: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
  num_inference_steps: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  guidance_scale: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 32 - 1 })),
  reference_url: Type.Optional(Type.String({ maxLength: 8192, pattern: '^(https?://|data:image/)' })),
  // Any integer, as SGLang takes any and clamps it (outputsRequested); bounded only so it stays a number
  num_outputs_per_prompt: Type.Optional(Type.Integer({ minimum: -1e9, maximum: 1e9, description: 'Videos to make for the prompt, 1 to 10 (SGLang clamps)' })),
  n: Type.Optional(Type.Integer({ minimum: -1e9, maximum: 1e9, description: 'As num_outputs_per_prompt, which wins when both are given' }))
}

export const GenerateRequest = Type.Object({
  ...generationFields,
  backend: Type.Optional(BackendChoice)
}, { additionalProperties: false, title: 'Generate request' })
export type GenerateRequest = Static<typeof GenerateRequest>

export const WaitQuery = Type.Object({
  wait: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600, description: 'Hold the answer up to this many seconds for completion (as Prefer: wait=N)' }))
}, { additionalProperties: false })

/** An envelope's fields: an object, or (from a multipart form) its JSON text. */
function envelopeFields (body: Record<string, unknown>, envelope: string): Record<string, unknown> {
  const value = body[envelope]
  let fields: unknown = value
  if (typeof value === 'string') {
    try {
      fields = JSON.parse(value)
    } catch (err) {
      throw new InvalidEnvelopeError(envelope, { param: envelope, cause: err })
    }
  }
  return typeof fields === 'object' && fields !== null && !Array.isArray(fields) ? fields as Record<string, unknown> : {}
}

/**
 * The body with SGLang's envelopes opened, as SGLang opens them before it reads a field:
 * `extra_body` and `extra_json` override the top level, `extra_params` only fills what is missing
 * (entrypoints/openai/video_api.py:763-776 for JSON, 182-207 for a form; utils.py:74-95 at d315eb72);
 * bench_serving.py:282-283 sends `extra_body` as JSON text in a form. Run before validation, so
 * the opened fields meet the schema and generationParams as top-level ones do.
 */
export function openEnvelopes (body: Record<string, unknown>): Record<string, unknown> {
  if (!('extra_body' in body || 'extra_json' in body || 'extra_params' in body)) return body
  const { extra_body: _body, extra_json: _json, extra_params: _params, ...rest } = body
  return { ...envelopeFields(body, 'extra_params'), ...rest, ...envelopeFields(body, 'extra_body'), ...envelopeFields(body, 'extra_json') }
}

const outputKeys = new Set(['num_outputs_per_prompt', 'n'])
const generationKeys = Object.keys(generationFields).filter((key) => !outputKeys.has(key))

/**
 * How many videos a request makes, as SGLang reads it: num_outputs_per_prompt, else n, else 1,
 * clamped to 1..10 and never refused (entrypoints/openai/video_api.py:353-355, 370 at d315eb72).
 * Undefined when the request names neither.
 */
export function outputsRequested (body: { num_outputs_per_prompt?: unknown, n?: unknown }): number | undefined {
  const asked = body.num_outputs_per_prompt ?? body.n
  if (asked === undefined || asked === null) return undefined
  // `n or 1`: an n of 0 is 1, as a num_outputs_per_prompt of 0 is after the clamp
  return Math.max(1, Math.min(Math.trunc(Number(asked) || 1), 10))
}

/**
 * The fields forwarded to SGLang. Anything else is dropped: `perf_dump_path` and a JSON
 * `input_reference` name files on the backend host, which no client of the gateway may choose.
 * The number of videos goes as the one field SGLang reads first, already resolved, so the
 * gateway and the backend count the same outputs.
 */
export function generationParams (body: Record<string, unknown>): Record<string, unknown> {
  const params = Object.fromEntries(generationKeys.filter((key) => body[key] !== undefined).map((key) => [key, body[key]]))
  const outputs = outputsRequested(body)
  return outputs === undefined ? params : { ...params, num_outputs_per_prompt: outputs }
}
