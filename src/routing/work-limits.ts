import { outputsRequested } from '../schemas/generate.ts'
import { NonFiniteNumberError, WorkOverLimitError } from '../errors.ts'

// How much work one generation asks of a backend, as SGLang derives it from a request for a
// Wan-family video model (SGLang d315eb72): fps defaults to 24 and seconds to 4 over HTTP
// (multimodal_gen/runtime/entrypoints/utils.py:53-54), num_frames to fps x seconds
// (entrypoints/openai/video_api.py:352), then Wan floors it to 4k+1 (pipeline_configs/wan.py:51-61);
// size defaults to 1280x704 (configs/sample/wan.py:218-231), steps to 50, outputs are clamped to 1..10.
// Denoising cost grows with steps x frames x pixels x outputs: each factor is bounded on its own.
const httpFps = 24
const httpSeconds = 4
const defaultSize = { width: 1280, height: 704 }
const defaultSteps = 50

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

/** WIDTHxHEIGHT as SGLang reads `size`; undefined for anything else (the schema refuses it first). */
export function parseSize (size: unknown): { width: number, height: number } | undefined {
  if (typeof size !== 'string') return undefined
  const match = /^([1-9][0-9]*)x([1-9][0-9]*)$/.exec(size)
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined
}

/** Frames the backend renders: Wan keeps 4k+1 frames, flooring any other count. */
export function framesRendered (requested: number): number {
  return requested % 4 === 1 ? requested : Math.max(1, Math.floor(requested / 4) * 4 + 1)
}

function measures (params: Record<string, unknown>, limits: WorkLimits): Measure[] {
  const fps = typeof params.fps === 'number' ? params.fps : httpFps
  const seconds = typeof params.seconds === 'number' ? params.seconds : httpSeconds
  const framesField = typeof params.num_frames === 'number' ? 'num_frames' : params.seconds === undefined && params.fps !== undefined ? 'fps' : 'seconds'
  const frames = framesRendered(typeof params.num_frames === 'number' ? params.num_frames : fps * seconds)
  const size = parseSize(params.size) ?? defaultSize
  const steps = typeof params.num_inference_steps === 'number' ? params.num_inference_steps : defaultSteps
  const outputsField = params.num_outputs_per_prompt === undefined ? 'n' : 'num_outputs_per_prompt'
  return [
    { field: framesField, value: frames, limit: limits.maxFrames, what: 'frames' },
    { field: 'num_inference_steps', value: steps, limit: limits.maxInferenceSteps, what: 'inference steps' },
    { field: 'size', value: size.width * size.height, limit: limits.maxPixelsPerFrame, what: 'pixels per frame' },
    { field: outputsField, value: outputsRequested(params) ?? 1, limit: limits.maxOutputs, what: 'outputs' }
  ]
}

/** The first limit of `limits` the request goes over, or undefined when it fits. */
function overLimit (params: Record<string, unknown>, limits: WorkLimits): Measure | undefined {
  return measures(params, limits).find((measure) => measure.value > measure.limit)
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
export function checkWork (params: Record<string, unknown>, backend: { name: string, limits: WorkLimits }, prefix = ''): void {
  checkFinite(params, prefix)
  const over = overLimit(params, backend.limits)
  if (over) throw overLimitError(over, backend.name, prefix)
}

/** Whether the request fits within a backend's limits: for `auto`, one it does not is no candidate. */
export function fitsWork (params: Record<string, unknown>, limits: WorkLimits): boolean {
  return overLimit(params, limits) === undefined
}

/**
 * No backend's limits fit the request: the 400 names the tightest limit that refused it, the one
 * the request goes furthest over relative to it, on the backend that has it.
 */
export function noBackendFitsError (params: Record<string, unknown>, backends: Array<{ name: string, limits: WorkLimits }>): Error {
  const refusals = backends.map((backend) => ({ backend, over: overLimit(params, backend.limits)! }))
  const tightest = refusals.reduce((a, b) => b.over.value / b.over.limit > a.over.value / a.over.limit ? b : a)
  return overLimitError(tightest.over, tightest.backend.name, '', true)
}
