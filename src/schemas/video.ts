import { Type, type Static } from 'typebox'
import { BackendChoice, Nullable } from './common.ts'
import { generationFields } from './generate.ts'
import { InputReferenceError } from '../errors.ts'

// SGLang's VideoResponse: every key is always serialised, nulls included, so a client of the
// gateway cannot tell it from SGLang's own answer except for the signed id and `backend`.
export const Video = Type.Object({
  id: Type.String(),
  object: Type.Literal('video'),
  model: Nullable(Type.String()),
  status: Type.String({ description: 'queued, in_progress, completed or failed' }),
  progress: Type.Integer({
    description: 'Percent; while in_progress an estimate from the backend\'s expected service time (at most 99), as SGLang says only 0 or 100'
  }),
  prompt: Nullable(Type.String({ description: 'The prompt as submitted (its first 2,000 characters); null for a job another gateway submitted' })),
  created_at: Type.Integer(),
  size: Nullable(Type.String()),
  seconds: Nullable(Type.String()),
  quality: Nullable(Type.String()),
  url: Nullable(Type.String()),
  remixed_from_video_id: Nullable(Type.String()),
  completed_at: Nullable(Type.Integer()),
  expires_at: Nullable(Type.Integer()),
  error: Nullable(Type.Object({ message: Type.String(), code: Type.Optional(Nullable(Type.String())) })),
  // Kept, always null (a value SGLang's VideoResponse allows), so clients that read the keys still
  // find them: the backend's paths say where its disk is and are no use off its machine
  // (typed as SGLang's, so generated clients keep their types)
  file_path: Nullable(Type.String({ description: 'Always null: the backend\'s file path is not shown (download from `url`)' })),
  file_paths: Nullable(Type.Array(Type.String(), { description: 'Always null: the backend\'s file paths are not shown (`/content?variant=<index>`)' })),
  num_outputs: Nullable(Type.Integer()),
  peak_memory_mb: Nullable(Type.Number()),
  inference_time_s: Nullable(Type.Number()),
  backend: Type.String({ description: 'Ringside: the backend that runs the job' }),
  workload: Nullable(Type.String({ description: 'Ringside: the workload key its measures carry (the job view has its shape)' }))
}, { title: 'Video (OpenAI-compatible)' })
export type Video = Static<typeof Video>

export const VideoList = Type.Object({
  object: Type.Literal('list'),
  data: Type.Array(Video),
  first_id: Nullable(Type.String()),
  last_id: Nullable(Type.String()),
  has_more: Type.Boolean()
})

// OpenAI's answer to DELETE /v1/videos/{id} (the SDK's VideoDeleteResponse), not SGLang's,
// which returns the job with status "deleted": an SDK user reads `deleted`.
export const VideoDeleted = Type.Object({
  id: Type.String(),
  object: Type.Literal('video.deleted'),
  deleted: Type.Literal(true)
}, { title: 'VideoDeleteResponse (OpenAI)' })

export const VideoListQuery = Type.Object({
  after: Type.Optional(Type.String({ maxLength: 512 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'At most this many; without it, every job (as SGLang lists them)' })),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' }))
}, { additionalProperties: false })

// The OpenAI SDK sends multipart form fields, so every value may arrive as a string; Fastify's
// Ajv coerces the numeric ones. Unknown fields are refused with a 400 naming them, as on the
// native route and as OpenAI's API refuses them: SGLang would accept and maybe ignore one (its
// request model allows extras), and a field silently dropped is a video made other than asked.
export const CreateVideoRequest = Type.Object({
  ...generationFields,
  seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'The OpenAI SDK sends a string; it is read as an integer' })),
  input_reference: Type.Optional(Type.Unsafe<unknown>({
    description: 'The reference image as a multipart file (an OpenAI `{ image_url }` is read as reference_url)'
  })),
  backend: Type.Optional(BackendChoice)
}, { title: 'Create video (OpenAI-compatible)', additionalProperties: false })
export type CreateVideoRequest = Static<typeof CreateVideoRequest>

export const OpenAIError = Type.Object({
  error: Type.Object({
    message: Type.String(),
    type: Type.String(),
    param: Nullable(Type.String()),
    code: Nullable(Type.String())
  })
}, { title: 'Error (OpenAI shape)' })
export type OpenAIError = Static<typeof OpenAIError>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value)

/**
 * OpenAI's `input_reference: { image_url }` (JSON; the SDK's form sends `input_reference[image_url]`)
 * is a reference image by URL: it goes on as SGLang's `reference_url`, which the SSRF guard checks
 * at submit like any other. A `file_id` names a file in OpenAI's store, which no backend has: 400.
 * Run before validation, so what remains meets the schema.
 */
export function openInputReference (body: Record<string, unknown>): Record<string, unknown> {
  const { 'input_reference[image_url]': formUrl, 'input_reference[file_id]': formFile, ...rest } = body
  const nested = isObject(rest.input_reference) ? rest.input_reference : undefined
  const fileId = nested?.file_id ?? formFile
  if (fileId !== undefined) {
    const message = 'input_reference.file_id: OpenAI file ids name files no backend has; upload the image or give its image_url'
    throw new InputReferenceError(message, { param: 'input_reference' })
  }
  const url = nested?.image_url ?? formUrl
  if (url === undefined) return nested ? { ...rest, input_reference: undefined } : rest
  if (rest.reference_url !== undefined) {
    throw new InputReferenceError('input_reference.image_url: give one reference image, not reference_url as well', { param: 'input_reference' })
  }
  const { input_reference: _reference, ...others } = rest
  return { ...others, reference_url: url }
}
