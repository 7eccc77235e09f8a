import { modelDefaultsOf, type ModelShape } from '../workloads/models.ts'
import { workloadOf } from '../workloads/workload.ts'
import { NonFiniteNumberError, WorkOverLimitError } from '../errors.ts'

// How much work one generation asks of a backend: its workload (src/workloads/workload.ts, with
// the defaults of the backend's model). Denoising cost grows with steps x frames x pixels x
// outputs: each factor is bounded on its own.

/** The most work a backend takes from one request; over any, the request is a 400. */
export interface WorkLimits {
  maxFrames: number
  maxInferenceSteps: number
  maxPixelsPerFrame: number
  maxOutputs: number
}

/** One measured quantity, the request field it comes from and the backend's limit on it. */
interface Measure { field: string, value: number, limit: number, what: string }

/** A backend's own limits (its RINGSIDE_BACKENDS fields) over the gateway-wide ones. */
export function backendLimits (own: { max_frames?: number, max_inference_steps?: number, max_pixels_per_frame?: number, max_outputs?: number },
  defaults: WorkLimits): WorkLimits {
  return {
    maxFrames: own.max_frames ?? defaults.maxFrames,
    maxInferenceSteps: own.max_inference_steps ?? defaults.maxInferenceSteps,
    maxPixelsPerFrame: own.max_pixels_per_frame ?? defaults.maxPixelsPerFrame,
    maxOutputs: own.max_outputs ?? defaults.maxOutputs
  }
}

/** A backend as the limits see it: its name, its limits, and the shape of its model's defaults (Wan2.2-TI2V-5B's unless given). */
export interface WorkTarget {
  name: string
  limits: WorkLimits
  shape?: ModelShape
}

const assumedShape = modelDefaultsOf(undefined).shape

function measures (params: Record<string, unknown>, { limits, shape = assumedShape }: WorkTarget): Measure[] {
  const work = workloadOf(params, shape)
  const framesField = typeof params.num_frames === 'number' ? 'num_frames' : params.seconds === undefined && params.fps !== undefined ? 'fps' : 'seconds'
  const outputsField = params.num_outputs_per_prompt === undefined ? 'n' : 'num_outputs_per_prompt'
  return [
    { field: framesField, value: work.frames, limit: limits.maxFrames, what: 'frames' },
    { field: 'num_inference_steps', value: work.steps, limit: limits.maxInferenceSteps, what: 'inference steps' },
    { field: 'size', value: work.width * work.height, limit: limits.maxPixelsPerFrame, what: 'pixels per frame' },
    { field: outputsField, value: work.outputs, limit: limits.maxOutputs, what: 'outputs' }
  ]
}

/** The first limit of `limits` the request goes over, or undefined when it fits. */
function overLimit (params: Record<string, unknown>, target: WorkTarget): Measure | undefined {
  return measures(params, target).find((measure) => measure.value > measure.limit)
}

function overLimitError (over: Measure, backend: string, prefix: string, anyBackend = false): Error {
  const message = `${prefix}${over.field}: the request asks for ${over.value} ${over.what}, more than the ${over.limit} backend ${backend} takes` +
    (anyBackend ? '; no backend takes the request' : '')
  return new WorkOverLimitError(message, { param: `${prefix}${over.field}` })
}

const numericFields = ['seconds', 'fps', 'num_frames', 'num_inference_steps', 'guidance_scale', 'seed', 'num_outputs_per_prompt', 'n']

/**
 * Refuses a numeric field that is not a finite number: Ajv coerces a form's "Infinity" to
 * Infinity and lets it past `maximum`, and JSON would forward it to the backend as null.
 */
export function checkFinite (params: Record<string, unknown>, prefix = ''): void {
  for (const field of numericFields) {
    const value = params[field]
    if (typeof value === 'number' && !Number.isFinite(value)) throw new NonFiniteNumberError(`${prefix}${field}`, String(value), { param: `${prefix}${field}` })
  }
}

/** Refuses a request over a backend's limits, naming the field and the limit (`prefix` for a nested field). */
export function checkWork (params: Record<string, unknown>, backend: WorkTarget, prefix = ''): void {
  checkFinite(params, prefix)
  const over = overLimit(params, backend)
  if (over) throw overLimitError(over, backend.name, prefix)
}

/** Whether the request fits within a backend's limits: for `auto`, one it does not is no candidate. */
export function fitsWork (params: Record<string, unknown>, target: WorkTarget): boolean {
  return overLimit(params, target) === undefined
}

/**
 * No backend's limits fit the request: the 400 names the tightest limit that refused it, the one
 * the request goes furthest over relative to it, on the backend that has it.
 */
export function noBackendFitsError (params: Record<string, unknown>, backends: WorkTarget[]): Error {
  const refusals = backends.map((backend) => ({ backend, over: overLimit(params, backend)! }))
  const tightest = refusals.reduce((a, b) => b.over.value / b.over.limit > a.over.value / a.over.limit ? b : a)
  return overLimitError(tightest.over, tightest.backend.name, '', true)
}
