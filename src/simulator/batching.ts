// SGLang's dynamic batching (`--batching-max-size`, `--batching-delay-ms`): which queued requests
// one forward runs. Paths under python/sglang/multimodal_gen/ at d315eb72.
import type { VideoRequest } from './request.ts'

export interface BatchingOptions {
  // the most outputs one forward runs; 1 is batching off
  maxSize: number
  // how long (real ms, not time-scaled: a server setting, like the warmup) a head waits for company
  delayMs: number
}

export interface Batchable {
  request: VideoRequest
  submittedAtMs: number
}

/** What to do now: run these queue entries (in queue order) as one forward, or wait `waitMs` for more. */
export type BatchChoice<T> = { run: T[] } | { waitMs: number }

export const noBatching: BatchingOptions = { maxSize: 1, delayMs: 0 }

/**
 * SGLang's refusal of the settings (runtime/server_args/server_args.py:3281-3284; argparse takes the size as an
 * int, :2445), else undefined. An endless delay is refused too: no timer can wait it out.
 */
export function batchingSettingsError (maxSize: number, delayMs: number): string | undefined {
  if (!Number.isInteger(maxSize)) return `batching_max_size must be an integer, got ${maxSize}`
  if (maxSize < 1) return `batching_max_size must be >= 1, got ${maxSize}`
  if (!(delayMs >= 0)) return `batching_delay_ms must be >= 0, got ${delayMs}`
  if (!Number.isFinite(delayMs)) return `batching_delay_ms must be finite, got ${delayMs}`
  return undefined
}

/**
 * The batching the server actually does: on only above one (runtime/managers/dynamic_batch_admission.py:176-178)
 * and for pipelines that opt in, T2I and T2V (configs/pipeline_configs/base.py:408-414; the scheduler's gate
 * runtime/managers/scheduler.py:968-980). Wan2.2-TI2V-5B is TI2V (pipeline_configs/wan.py:238-240): it never batches.
 */
export function effectiveBatching (taskType: string, maxSize: number, delayMs: number): BatchingOptions {
  if (maxSize <= 1 || (taskType !== 'T2V' && taskType !== 'T2I')) return noBatching
  return { maxSize, delayMs }
}

/** A request conditioned on an image never batches (runtime/managers/scheduler.py:610-614). */
function batchable (request: VideoRequest): boolean {
  return !request.hasInputReference
}

/**
 * Whether two requests may share a forward (runtime/managers/scheduler.py:595-620): neither has an image and
 * their sampling params match but for the fields marked batch_sig_exclude (configs/sample/sampling_params.py:
 * 108-195: request_id, prompt, prompt_path, output paths, seed, supported_resolutions; :254-256 perf_dump_path).
 * Wan does not exclude num_outputs_per_prompt (scheduler.py:457-465). The request's `model` is no sampling param
 * (it only names the job: runtime/entrypoints/openai/video_api.py:444).
 */
export function compatible (a: VideoRequest, b: VideoRequest): boolean {
  return batchable(a) && batchable(b) &&
    a.width === b.width && a.height === b.height && a.fps === b.fps && a.numFrames === b.numFrames &&
    a.numInferenceSteps === b.numInferenceSteps && a.numOutputs === b.numOutputs
}

/**
 * get_next_batch_to_run (runtime/managers/scheduler.py:982-1088): the head of the queue, alone when it cannot
 * batch; else every compatible request of the whole queue in order, skipping the others, while the batch's
 * outputs stay within the max size (the admission counts outputs, not requests: runtime/managers/
 * dynamic_batch_admission.py:180-198, 244-245). A batch short of the max whose head has waited less than the
 * delay waits (scheduler.py:1058-1066).
 * Undefined when the queue is empty.
 */
export function nextBatch<T extends Batchable> (queue: readonly T[], nowMs: number, options: BatchingOptions): BatchChoice<T> | undefined {
  const head = queue[0]
  if (head === undefined) return undefined
  if (options.maxSize <= 1 || !batchable(head.request)) return { run: [head] }
  const run = [head]
  let outputs = head.request.numOutputs
  for (const candidate of queue.slice(1)) {
    if (run.length >= options.maxSize || outputs >= options.maxSize) break
    if (compatible(head.request, candidate.request) && outputs + candidate.request.numOutputs <= options.maxSize) {
      run.push(candidate)
      outputs += candidate.request.numOutputs
    }
  }
  const waitedMs = nowMs - head.submittedAtMs
  if (run.length < options.maxSize && outputs < options.maxSize && waitedMs < options.delayMs) return { waitMs: options.delayMs - waitedMs }
  return { run }
}
