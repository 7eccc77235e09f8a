import { Type, type Static } from 'typebox'
import { Nullable } from './common.ts'

// SGLang's own info endpoints as the gateway answers them (routes/sglang.ts). Each keeps every
// key the backend sent (additionalProperties): the gateway adds the names of its backends and
// drops nothing a SGLang client may read. Keys at d315eb72, python/sglang/multimodal_gen/runtime/
// entrypoints/: openai/common_api.py:25-46 (card), http_server.py:197-251 (server and model info).

const open = { additionalProperties: true }

export const Status = Type.Object({ status: Type.Literal('ok') }, { title: 'SGLang status' })

export const ModelCard = Type.Object({
  id: Type.String({ description: 'served_model_name, which defaults to the model path' }),
  object: Type.Literal('model'),
  created: Type.Integer(),
  owned_by: Type.String(),
  num_gpus: Nullable(Type.Integer({ description: 'Ringside: the total over every server behind the gateway that serves this model' })),
  task_type: Nullable(Type.String()),
  backends: Type.Array(Type.String(), { description: 'Ringside: the backends that serve this model' })
}, { ...open, title: 'Model card (SGLang)' })
export type ModelCard = Static<typeof ModelCard>

export const ModelList = Type.Object({ object: Type.Literal('list'), data: Type.Array(ModelCard) }, { title: 'Model list (SGLang)' })

export const ModelParams = Type.Object({ '*': Type.String({ minLength: 1, maxLength: 512, description: 'The model id; may hold slashes (Org/Name)' }) })

export const ModelPath = Type.Object({ model_path: Type.String() }, { title: 'Model path (SGLang /v1/model_info)' })

export const ModelInfo = Type.Object({
  model_path: Type.String(),
  is_generation: Type.Optional(Type.Boolean()),
  model_type: Type.Optional(Type.String()),
  task_type: Type.Optional(Type.String()),
  backend: Type.String({ description: 'Ringside: the backend this answer is from' })
}, { ...open, title: 'Model info (SGLang)' })

const BackendServerInfo = Type.Object({ backend: Type.String(), up: Type.Boolean() }, open)

export const ServerInfo = Type.Object({
  model_path: Type.String(),
  served_model_name: Type.Optional(Type.String()),
  tp_size: Type.Optional(Type.Integer()),
  dp_size: Type.Optional(Type.Integer()),
  version: Type.Optional(Type.String()),
  backend: Type.String({ description: 'Ringside: the backend the top-level keys are from (the first one up)' }),
  backends: Type.Array(BackendServerInfo, { description: 'Ringside: every backend\'s own /server_info, with its name' })
}, { ...open, title: 'Server info (SGLang)' })

/** FastAPI's error body, as SGLang's handlers raise it. */
export const Detail = Type.Object({ detail: Type.String() }, { title: 'Error (SGLang shape)' })
