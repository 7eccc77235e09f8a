import { Type, type Static } from 'typebox'
import { BackendChoice } from './common.ts'

// The generation parameters SGLang's POST /v1/videos understands, bounded so a typo cannot
// book a GPU for an hour. Unknown fields are refused here (the native API is ours to define);
// the OpenAI-compatible face is more lenient, as SGLang's own is.
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
  reference_url: Type.Optional(Type.String({ maxLength: 8192, pattern: '^(https?://|data:image/)' }))
}

export const GenerateRequest = Type.Object({
  ...generationFields,
  backend: Type.Optional(BackendChoice)
}, { additionalProperties: false, title: 'Generate request' })
export type GenerateRequest = Static<typeof GenerateRequest>

export const WaitQuery = Type.Object({
  wait: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600, description: 'Hold the answer up to this many seconds for completion (as Prefer: wait=N)' }))
}, { additionalProperties: false })

const generationKeys = Object.keys(generationFields)

/**
 * The fields forwarded to SGLang. Anything else is dropped: `perf_dump_path` and a JSON
 * `input_reference` name files on the backend host, which no client of the gateway may choose.
 */
export function generationParams (body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(generationKeys.filter((key) => body[key] !== undefined).map((key) => [key, body[key]]))
}
