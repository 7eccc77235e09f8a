// The workload of a generation: the shape of the work a backend runs for it once the model's
// defaults are applied (src/workloads/models.ts). Two requests with one workload are like with
// like; the comparison, the metrics and the routing never pool different ones.
import { outputsRequested } from '../schemas/generate.ts'
import { httpDefaults, type ModelShape } from './models.ts'

export type Task = 't2v' | 'i2v'

export interface Workload {
  task: Task
  width: number
  height: number
  /** Frames rendered, after the model's rounding. */
  frames: number
  steps: number
  outputs: number
  /** The DiT's sequence length for one video: latent frames x latent height x latent width, after patchify. */
  tokens: number
}

/** WIDTHxHEIGHT as SGLang reads `size`; undefined for anything else (the schema refuses it first). */
export function parseSize (size: unknown): { width: number, height: number } | undefined {
  if (typeof size !== 'string') return undefined
  const match = /^([1-9][0-9]*)x([1-9][0-9]*)$/.exec(size)
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined
}

/** Frames a model renders of a requested count: floored to `multiple`k+1 when it asks that (Wan's image-to-video configs). */
export function framesRendered (requested: number, multiple: number): number {
  if (multiple <= 1 || requested % multiple === 1) return requested
  return Math.max(1, Math.floor(requested / multiple) * multiple + 1)
}

/** The DiT's tokens for one video of this size (as the VAE and patchify shrink it: (F-1)/4+1 latent frames). */
export function tokensOf (shape: Pick<ModelShape, 'pixelsPerToken' | 'framesPerLatent'>, width: number, height: number, frames: number): number {
  const latentFrames = Math.floor((frames - 1) / shape.framesPerLatent) + 1
  return latentFrames * Math.floor(height / shape.pixelsPerToken) * Math.floor(width / shape.pixelsPerToken)
}

const num = (value: unknown) => typeof value === 'number' && Number.isFinite(value) ? value : undefined

/**
 * The workload a request asks of a backend serving a model of `shape`: each field the request
 * leaves out takes the value SGLang would (HTTP fps and seconds, then the model's size and steps).
 * `hasReference`: the request carries a reference image (reference_url or an upload).
 */
export function workloadOf (params: Record<string, unknown>, shape: ModelShape, hasReference = false): Workload {
  const fps = num(params.fps) ?? httpDefaults.fps
  const seconds = num(params.seconds) ?? httpDefaults.seconds
  const frames = framesRendered(num(params.num_frames) ?? fps * seconds, shape.frameMultiple)
  const size = parseSize(params.size) ?? { width: shape.width, height: shape.height }
  return {
    task: hasReference || params.reference_url !== undefined ? 'i2v' : 't2v',
    width: size.width,
    height: size.height,
    frames,
    steps: num(params.num_inference_steps) ?? shape.numInferenceSteps,
    outputs: outputsRequested(params) ?? 1,
    tokens: tokensOf(shape, size.width, size.height, frames)
  }
}

/** The workload's key, short and readable: `t2v-1280x704-121f-50s`, `-x2` for two videos. */
export function workloadKey (w: Omit<Workload, 'tokens'>): string {
  return `${w.task}-${w.width}x${w.height}-${w.frames}f-${w.steps}s${w.outputs > 1 ? `-x${w.outputs}` : ''}`
}

export const workloadKeyPattern = '^(t2v|i2v)-[1-9][0-9]{0,4}x[1-9][0-9]{0,4}-[1-9][0-9]{0,4}f-[1-9][0-9]{0,4}s(-x([2-9]|[1-9][0-9]{1,2}))?$'
const keyRegExp = new RegExp(workloadKeyPattern)

/** The shape a key names, or undefined when it is not a workload key. */
export function parseWorkloadKey (key: string): Omit<Workload, 'tokens'> | undefined {
  if (!keyRegExp.test(key)) return undefined
  const [task, size, frames, steps, outputs] = key.split('-') as [Task, string, string, string, string | undefined]
  const { width, height } = parseSize(size)!
  return { task, width, height, frames: parseInt(frames, 10), steps: parseInt(steps, 10), outputs: outputs ? Number(outputs.slice(1)) : 1 }
}
