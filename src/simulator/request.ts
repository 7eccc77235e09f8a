// POST /v1/videos body parsing and validation, with the server's error messages
// (FastAPI `{"detail": "..."}` with status 400).
import type { Profile } from './profiles.ts'
import { roundFrames } from './plan.ts'

export interface VideoRequest {
  prompt: string
  model: string | null
  width: number
  height: number
  fps: number
  numFrames: number
  seconds: number
  numInferenceSteps: number
  numOutputs: number
  seed: number
  hasInputReference: boolean
  perfDumpPath: string | null
}

export class RequestError extends Error {
  status: number
  constructor (message: string, status = 400) {
    super(message)
    this.status = status
  }
}

const ENVELOPES = ['extra_body', 'extra_json', 'extra_params']

// Python's repr, since the server formats offending values with f-strings
function pyRepr (value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'string') return `'${value}'`
  return JSON.stringify(value)
}

function pydanticError (field: string, message: string, type: string, input: unknown): RequestError {
  const inputType = typeof input === 'string' ? 'str' : typeof input
  return new RequestError('Invalid request body: 1 validation error for VideoGenerationsRequest\n' +
    `${field}\n  ${message} [type=${type}, input_value=${pyRepr(input)}, input_type=${inputType}]`)
}

// pydantic lax mode: ints, integral floats and numeric strings are ints
function optionalInt (body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return Number(value)
  throw pydanticError(field, 'Input should be a valid integer', typeof value === 'string' ? 'int_parsing' : 'int_type', value)
}

function positiveInt (body: Record<string, unknown>, field: string): number | undefined {
  const value = optionalInt(body, field)
  if (value !== undefined && value <= 0) throw new RequestError(`${field} must be a positive int, got ${value}`)
  return value
}

export function mergeEnvelopes (body: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...body }
  for (const envelope of ENVELOPES) {
    let extra = merged[envelope]
    delete merged[envelope]
    // multipart clients send the envelope as a JSON string
    if (typeof extra === 'string') {
      try { extra = JSON.parse(extra) } catch { extra = undefined }
    }
    if (extra !== null && typeof extra === 'object' && !Array.isArray(extra)) Object.assign(merged, extra)
  }
  return merged
}

function parseSize (size: unknown): [number, number] | undefined {
  if (size === undefined || size === null || size === '') return undefined
  const match = typeof size === 'string' ? /^\s*(\d+)\s*[xX]\s*(\d+)\s*$/.exec(size) : null
  const width = Number(match?.[1])
  const height = Number(match?.[2])
  if (match === null || !(width > 0) || !(height > 0)) throw new RequestError('size must be formatted as positive WIDTHxHEIGHT')
  return [width, height]
}

function parseSeed (value: unknown): number {
  const seed = Array.isArray(value) ? value[0] : value
  if (seed === undefined || seed === null || seed === '') return 1024
  const parsed = Number(seed)
  if (!Number.isInteger(parsed)) throw pydanticError('seed', 'Input should be a valid integer', 'int_parsing', seed)
  return parsed
}

/**
 * num_outputs_per_prompt, else `n or 1`, clamped to 1..10 and never refused
 * (entrypoints/openai/video_api.py:353-355, 370 at d315eb72; the fields protocol.py:116-117).
 */
function outputCount (body: Record<string, unknown>): number {
  const asked = optionalInt(body, 'num_outputs_per_prompt') ?? (optionalInt(body, 'n') || 1)
  return Math.max(1, Math.min(asked, 10))
}

export function parseVideoRequest (raw: Record<string, unknown>, profile: Profile, taskType: string): VideoRequest {
  const body = mergeEnvelopes(raw)
  if (typeof body.prompt !== 'string') {
    if (body.prompt === undefined) throw pydanticError('prompt', 'Field required', 'missing', raw)
    throw pydanticError('prompt', 'Input should be a valid string', 'string_type', body.prompt)
  }
  const hasInputReference = body.input_reference !== undefined && body.input_reference !== null && body.input_reference !== ''
  if (hasInputReference && taskType === 'T2V') throw new RequestError('input_reference is not supported for T2V models.')
  const d = profile.defaults
  const size = parseSize(body.size)
  const width = positiveInt(body, 'width') ?? size?.[0] ?? d.width
  const height = positiveInt(body, 'height') ?? size?.[1] ?? d.height
  const seconds = optionalInt(body, 'seconds') ?? d.seconds
  const fps = positiveInt(body, 'fps') ?? d.fps
  const numFrames = roundFrames(positiveInt(body, 'num_frames') ?? fps * seconds, d.frameMultiple)
  const numInferenceSteps = positiveInt(body, 'num_inference_steps') ?? d.numInferenceSteps
  const numOutputs = outputCount(body)
  if (numFrames <= 0) throw new RequestError(`num_frames must be a positive int, got ${numFrames}`)
  return {
    prompt: body.prompt,
    model: typeof body.model === 'string' && body.model !== '' ? body.model : null,
    width,
    height,
    fps,
    numFrames,
    seconds: roundHalfEven(numFrames / fps),
    numInferenceSteps,
    numOutputs,
    seed: parseSeed(body.seed),
    hasInputReference,
    perfDumpPath: typeof body.perf_dump_path === 'string' && body.perf_dump_path !== '' ? body.perf_dump_path : null
  }
}

function formDataToObject (form: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [key, value] of form.entries()) {
    // a file part only matters by its presence (input_reference upload)
    body[key] = typeof value === 'string' ? value : { filename: value.name, size: value.size }
  }
  return body
}

// Returns the raw field object; `fromJson` tells whether perf_dump_path may be honoured
export async function readVideoBody (contentType: string, bytes: Buffer): Promise<{ body: Record<string, unknown>, fromJson: boolean }> {
  if (contentType.toLowerCase().includes('multipart/form-data')) {
    let form: FormData
    try {
      form = await new Request('http://simulator.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(bytes) }).formData()
    } catch (err) {
      throw new RequestError(`Invalid request body: ${(err as Error).message}`)
    }
    const body = formDataToObject(form)
    if (typeof body.prompt !== 'string' || body.prompt === '') throw new RequestError('prompt is required')
    return { body, fromJson: false }
  }
  let parsed: unknown
  try {
    parsed = bytes.length === 0 ? {} : JSON.parse(bytes.toString('utf8'))
  } catch (err) {
    throw new RequestError(`Invalid request body: ${(err as Error).message}`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RequestError('Invalid request body: request body must be a JSON object')
  }
  return { body: parsed as Record<string, unknown>, fromJson: true }
}

// Python's round(): halves go to the even neighbour (2.5 -> 2), where Math.round goes up. SGLang
// writes the job's seconds as str(int(round(num_frames / fps))) (entrypoints/openai/video_api.py:440)
export function roundHalfEven (value: number): number {
  const floor = Math.floor(value)
  const fraction = value - floor
  if (fraction !== 0.5) return Math.round(value)
  return floor % 2 === 0 ? floor : floor + 1
}
