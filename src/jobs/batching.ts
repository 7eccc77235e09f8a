// SGLang's dynamic batching as the gateway sees it (--batching-max-size above 1 on a T2V or T2I
// pipeline, src/backends/server-modes.ts): which of a replica's queued jobs may run as one forward,
// and what that forward is. Paths under python/sglang/multimodal_gen/runtime/ at d315eb72.
import type { LabelledWorkload } from '../workloads/catalog.ts'
import { httpDefaults } from '../workloads/models.ts'
import type { Workload } from '../workloads/workload.ts'

/** A forward several jobs ran in; every member points to the same one. */
export interface JobBatch {
  /** The job the batch formed around (the oldest waiting): SGLang logs its stage record under that job's id. */
  headId: string
  jobs: number
  /** Outputs of the whole forward: what the batch is measured as (`workload`), and what its size limits. */
  outputs: number
  /** The head's workload with the batch's outputs, labelled: the one workload its measures count under. */
  workload: LabelledWorkload | null
}

/**
 * What SGLang compares before it puts two requests in one forward (managers/scheduler.py:595-620):
 * neither has an image, and their sampling parameters match but for the fields marked
 * `batch_sig_exclude` (prompt, seed, output paths, request id: configs/sample/sampling_params.py:100-200).
 * The workload covers size, frames, steps and outputs (Wan does not exclude num_outputs_per_prompt);
 * fps, guidance and the negative prompt are the other parameters the gateway forwards. Null: never batches.
 */
export function batchKeyOf (params: Record<string, unknown>, workload: LabelledWorkload | null): string | null {
  if (workload === null || workload.task !== 't2v') return null
  const { fps = httpDefaults.fps, guidance_scale: guidance = null, negative_prompt: negative = null } = params
  return JSON.stringify([workload.task, workload.width, workload.height, workload.frames, workload.steps, workload.outputs, fps, guidance, negative])
}

/** The workload a batch of `outputs` is measured as: its head's shape, all the batch's videos. */
export function batchWorkload (head: Workload, outputs: number): Workload {
  return { ...head, outputs }
}
