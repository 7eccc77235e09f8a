// What the gateway answers on SGLang's own info endpoints (routes/sglang.ts): it fronts several
// SGLang servers, each with one model, so a client that expects one server sees their union
// (/v1/models) or the first ready backend's own answer (/model_info, /server_info).
// Shapes at SGLang d315eb72, python/sglang/multimodal_gen/runtime/entrypoints/:
// openai/common_api.py:25-67 and 204-238 (model cards), http_server.py:197-251 (server and model info).
import { isUp, type Backend } from './backends.ts'
import type { ModelCard } from '../schemas/sglang.ts'

const str = (value: unknown) => typeof value === 'string' && value !== '' ? value : null

/** A backend's model card: the one it reported, else one built from its configured model. */
function cardOf (backend: Backend): Record<string, unknown> | null {
  if (backend.info.card && str(backend.info.card.id)) return backend.info.card
  const model = backend.config.model
  if (!model) return null
  return { id: model, object: 'model', owned_by: 'sglang', root: model, parent: null, max_model_len: null, num_gpus: backend.config.num_gpus, task_type: null }
}

const gpusOf = (backend: Backend, card: Record<string, unknown>) =>
  (typeof card.num_gpus === 'number' ? card.num_gpus : backend.config.num_gpus) * backend.replicas.length

function gatewayCard (backend: Backend, card: Record<string, unknown>, nowMs: number): ModelCard {
  return {
    ...card,
    id: card.id as string,
    object: 'model',
    created: Math.floor(nowMs / 1000),
    owned_by: str(card.owned_by) ?? 'sglang',
    num_gpus: gpusOf(backend, card),
    task_type: str(card.task_type),
    backends: [backend.name]
  }
}

/**
 * One card per model id, in configuration order: the first backend's card, `created` now as
 * SGLang stamps it per call (common_api.py:30), `num_gpus` the total over every server behind the
 * gateway that serves it (SGLang's num_gpus is its server's total, all replicas), and `backends`
 * naming them.
 */
export function modelCards (backends: Backend[], nowMs: number): ModelCard[] {
  const cards = new Map<string, ModelCard>()
  for (const backend of backends) {
    const card = cardOf(backend)
    if (!card) continue
    const known = cards.get(card.id as string)
    if (known) {
      known.backends.push(backend.name)
      known.num_gpus = (known.num_gpus ?? 0) + gpusOf(backend, card)
    } else {
      cards.set(card.id as string, gatewayCard(backend, card, nowMs))
    }
  }
  return [...cards.values()]
}

/** The backend whose own answer a single-server endpoint relays: the first one up that has it, else the first that has it. */
export function primaryBackend (backends: Backend[], has: (backend: Backend) => boolean): Backend | undefined {
  return backends.find((backend) => isUp(backend) && has(backend)) ?? backends.find(has)
}

/** The model path a client should name (bench_serving.py:522-530 reads it from /v1/model_info). */
export function modelPathOf (backend: Backend): string | null {
  const { modelInfo, serverInfo, card } = backend.info
  return str(modelInfo?.model_path) ?? str(serverInfo?.model_path) ?? str(card?.root) ?? str(card?.id) ?? backend.config.model ?? null
}

/** Each backend's /server_info as it answered, with its name and whether it is up now. */
export function serverInfos (backends: Backend[]) {
  return backends.filter((backend) => backend.info.serverInfo !== null)
    .map((backend) => ({ ...backend.info.serverInfo, backend: backend.name, up: isUp(backend) }))
}
