import { Type, type Static } from 'typebox'
import { BackendChoice, Nullable } from './common.ts'
import { generationFields } from './generate.ts'

// SGLang's VideoResponse: every key is always serialised, nulls included, so a client of the
// gateway cannot tell it from SGLang's own answer except for the signed id and `backend`.
export const Video = Type.Object({
  id: Type.String(),
  object: Type.Literal('video'),
  model: Nullable(Type.String()),
  status: Type.String({ description: 'queued, in_progress, completed or failed' }),
  progress: Type.Integer(),
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
// Ajv coerces the numeric ones. Unknown fields are accepted and dropped, as SGLang accepts them.
export const CreateVideoRequest = Type.Object({
  ...generationFields,
  seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'The OpenAI SDK sends a string; it is read as an integer' })),
  backend: Type.Optional(BackendChoice)
}, { title: 'Create video (OpenAI-compatible)' })
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
