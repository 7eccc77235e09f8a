// The GPU side of the server: a FIFO of jobs run one forward at a time against planned deadlines
// (one job, or a dynamic batch of them: src/simulator/batching.ts), and the job store the HTTP
// layer reads. Job records live in memory only, as upstream.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { nextBatch } from './batching.ts'
import type { BatchingOptions } from './batching.ts'
import { epochSeconds, queuedJob } from './job.ts'
import type { VideoJob } from './job.ts'
import { planGeneration } from './plan.ts'
import type { GenerationPlan } from './plan.ts'
import type { Profile } from './profiles.ts'
import type { Random } from './random.ts'
import { appendStageRecords, perfDump, stageRecord, writePerfDump } from './records.ts'
import type { BackendPeaks, PerfRecordMode } from './records.ts'
import { createRenderer } from './render.ts'
import type { RenderMode } from './render.ts'
import type { VideoRequest } from './request.ts'
import type { StoredFields } from './storage.ts'

export interface EngineLogger {
  info (...args: unknown[]): void
  warn (...args: unknown[]): void
}

export interface EngineOptions {
  profile: Profile
  modelPath: string
  timeScale: number
  jitter: number
  random: Random
  outputDir: string
  perfLogDir: string | undefined
  logger: EngineLogger | undefined
  renderMode: RenderMode
  // read at submit (failJobs), generation start (corruptOutput) and completion (perf record faults) time
  failureFor: () => string | undefined
  corruptOutput: () => boolean
  perfRecordMode: () => PerfRecordMode
  // data-parallel ranks in the server (--dp-size), 1 by default
  dpSize: number
  // --batching-max-size / --batching-delay-ms as the pipeline honours them (effectiveBatching)
  batching: BatchingOptions
  // url, file_path and file_paths of a completed job with outputs at these paths (src/simulator/storage.ts)
  stored: (paths: string[]) => StoredFields
}

interface Lane {
  queue: QueuedGeneration[]
  running: { timer: NodeJS.Timeout, endMs: number } | undefined
  // a head waiting out the batching delay for company; a submit re-checks at once
  waiting: NodeJS.Timeout | undefined
}

interface QueuedGeneration {
  // the data-parallel rank that runs it: only rank 0 writes performance.log (utils/perf_logger.py:388)
  rank: number
  job: VideoJob
  request: VideoRequest
  plan: GenerationPlan
  failure: string | undefined
  submittedAtMs: number
  // the mp4s, written while the generation runs so that building them never delays completion
  outputs?: Promise<string[]>
}

// One forward: a lone request, or a batch run as one merged request (scheduler.py:821-850) whose
// plan is the model's for all the members' outputs; the head (members[0]) is whose records are written
interface Forward {
  rank: number
  members: QueuedGeneration[]
  plan: GenerationPlan
  failure: string | undefined
}

function outputPaths (outputDir: string, id: string, count: number): string[] {
  if (count === 1) return [join(outputDir, `${id}.mp4`)]
  return Array.from({ length: count }, (_, k) => join(outputDir, `${id}_${k}.mp4`))
}

export function createEngine (options: EngineOptions) {
  const jobs = new Map<string, VideoJob>()
  // One FIFO per data-parallel rank (--dp-size): SGLang hands each request to the next rank from
  // one counter (scheduler_client.py:127-133 at d315eb72), and each rank, its own scheduler, runs
  // one forward at a time and batches from its own queue only
  const lanes: Lane[] = Array.from({ length: options.dpSize }, () => ({ queue: [], running: undefined, waiting: undefined }))
  let nextLane = 0
  // bumped by reset(): completions of a previous "process" are dropped
  let epoch = 0
  const pending = new Set<Promise<void>>()
  // outputs still being written, including those of a generation reset() dropped: close() waits
  // for them so no ffmpeg outlives the simulator or writes into a removed directory
  const writing = new Set<Promise<unknown>>()
  const renderer = createRenderer(options.renderMode, options.outputDir)
  // SGLang's worker keeps the model-load peak from start-up and a running maximum of every
  // forward's peak, failed ones included (managers/gpu_worker.py:154-160, 722-730)
  const loadPeakReservedMb = options.profile.loadPeakReservedGiB * 1024
  let runtimePeakReservedMb = 0

  function submit (request: VideoRequest): VideoJob {
    const plan = planGeneration(options.profile, request, options)
    const job = queuedJob(randomUUID(), request, options.modelPath, options.outputDir)
    jobs.set(job.id, job)
    const rank = nextLane++ % lanes.length
    const lane = lanes[rank]!
    lane.queue.push({ rank, job, request, plan, failure: options.failureFor(), submittedAtMs: performance.now() })
    if (lane.running === undefined) startNext(lane, performance.now())
    return { ...job }
  }

  // startMs is the previous forward's planned end, not the moment its timer fired: overshoot never accumulates
  function startNext (lane: Lane, previousEndMs: number): void {
    if (lane.waiting !== undefined) clearTimeout(lane.waiting)
    lane.waiting = undefined
    lane.running = undefined
    const choice = nextBatch(lane.queue, previousEndMs, options.batching)
    if (choice === undefined) return
    if ('waitMs' in choice) {
      // re-checked on the planned clock when the delay runs out (scheduler.py:1220-1230)
      const wakeMs = previousEndMs + choice.waitMs
      lane.waiting = setTimeout(() => startNext(lane, wakeMs), Math.max(0, wakeMs - performance.now()))
      return
    }
    lane.queue = lane.queue.filter((queued) => !choice.run.includes(queued))
    const forward = forwardOf(choice.run)
    const startMs = Math.max(previousEndMs, ...forward.members.map((member) => member.submittedAtMs))
    const durationMs = forward.failure === undefined ? forward.plan.totalMs : forward.plan.forwardMs
    const endMs = startMs + durationMs
    const timer = setTimeout(onGenerationEnd, Math.max(0, endMs - performance.now()), forward, endMs)
    lane.running = { timer, endMs }
    if (forward.failure !== undefined) return
    for (const member of forward.members) {
      const outputs = writeOutputs(member)
      member.outputs = outputs
      writing.add(outputs)
      outputs.catch(() => {}).finally(() => writing.delete(outputs))
    }
  }

  // A lone request keeps the plan drawn at its submit; a batch is planned now for its merged shape.
  // A failed batch fails every member with its error (scheduler.py:704-710)
  function forwardOf (members: QueuedGeneration[]): Forward {
    const head = members[0]!
    const failure = members.find((member) => member.failure !== undefined)?.failure
    if (members.length === 1) return { rank: head.rank, members, plan: head.plan, failure }
    const numOutputs = members.reduce((sum, member) => sum + member.request.numOutputs, 0)
    const plan = planGeneration(options.profile, { ...head.request, numOutputs }, options)
    return { rank: head.rank, members, plan, failure }
  }

  function onGenerationEnd (forward: Forward, endMs: number): void {
    startNext(lanes[forward.rank]!, endMs)
    // Here, in the order forwards end, not in finish(): records are written later, out of order
    runtimePeakReservedMb = Math.max(runtimePeakReservedMb, forward.plan.memory.peakReservedMb)
    const peaks = { loadPeakReservedMb, runtimePeakReservedMb }
    const work = finish(forward, epoch, peaks).catch((err: unknown) => {
      options.logger?.warn({ err, id: forward.members[0]!.job.id }, 'simulated generation failed to finish')
    })
    pending.add(work)
    work.finally(() => pending.delete(work)).catch(() => {})
  }

  const rendering = new Map<string, Promise<string[]>>()

  async function finish (forward: Forward, startEpoch: number, peaks: BackendPeaks): Promise<void> {
    const { members, plan, failure } = forward
    const head = members[0]!
    if (failure !== undefined) {
      for (const { job } of members) {
        Object.assign(job, { status: 'failed', error: { message: failure } })
        options.logger?.warn({ id: job.id }, `Generation failed: ${failure}`)
      }
      return
    }
    // Completion keeps to the planned clock even when rendering the mp4 takes longer (ffmpeg's
    // start-up alone can outlast a time-scaled generation): a download waits for the file instead.
    for (const member of members) {
      const outputs = member.outputs ?? writeOutputs(member)
      rendering.set(member.job.id, outputs)
      outputs.finally(() => rendering.delete(member.job.id)).catch(() => {})
    }
    await writeRecords(forward, peaks)
    if (startEpoch !== epoch) return
    logCompletion(head.job.id, plan)
    // every member ends with the forward, each with its own files and the forward's figures
    // (the split output, scheduler.py:891-966)
    const completedAt = epochSeconds()
    for (const { job, request } of members) {
      const paths = outputPaths(options.outputDir, job.id, request.numOutputs)
      Object.assign(job, {
        status: 'completed',
        progress: 100,
        completed_at: completedAt,
        ...options.stored(paths),
        num_outputs: paths.length,
        peak_memory_mb: plan.memory.peakReservedMb,
        inference_time_s: Math.round(plan.forwardMs * 1000) / 1e6
      })
    }
  }

  async function writeOutputs ({ job, request }: QueuedGeneration): Promise<string[]> {
    const paths = outputPaths(options.outputDir, job.id, request.numOutputs)
    const corrupt = options.corruptOutput()
    await Promise.all(paths.map((path, variant) => renderer.write(path, { ...request, variant, corrupt })))
    return paths
  }

  // A batch's merged request is a copy of its head, metrics and perf_dump_path included: one record
  // under the head's bare id, none for the others (schedule_batch.py:369, perf_logger.py:377, gpu_worker.py:572-588)
  async function writeRecords ({ members, plan, rank }: Forward, peaks: BackendPeaks): Promise<void> {
    const { job, request } = members[0]!
    const nowMs = performance.timeOrigin + performance.now()
    // Only global rank 0 is the main process that logs (utils/perf_logger.py:388)
    if (options.perfLogDir !== undefined && rank === 0) {
      // Wan runs n outputs as one Req in one forward, logged once under the bare id
      // (configs/sample/sampling_params.py:417-425, schedule_batch.py:301-313 at d315eb72)
      await appendStageRecords(options.perfLogDir, [stageRecord(job.id, plan, peaks, nowMs)], options.perfRecordMode())
    }
    if (request.perfDumpPath !== null) await writePerfDump(request.perfDumpPath, perfDump(job.id, plan, peaks, job.model, nowMs))
  }

  function logCompletion (id: string, plan: GenerationPlan): void {
    const logger = options.logger
    if (logger === undefined) return
    for (const stage of plan.stages) logger.info({ id }, `[${stage.name}] finished in ${(stage.executionMs / 1000).toFixed(4)} seconds`)
    logger.info({ id }, `Pixel data generated successfully in ${(plan.totalMs / 1000).toFixed(2)} seconds`)
    logger.info({ id }, `Peak memory usage: ${plan.memory.peakReservedMb.toFixed(2)} MB`)
  }

  function get (id: string): VideoJob | undefined {
    const job = jobs.get(id)
    return job === undefined ? undefined : { ...job }
  }

  function list (): VideoJob[] {
    return [...jobs.values()].map((job) => ({ ...job }))
  }

  // forgets the job; a running or queued generation still runs to its end, as upstream
  function remove (id: string): VideoJob | undefined {
    const job = jobs.get(id)
    if (job === undefined) return undefined
    jobs.delete(id)
    return { ...job, status: 'deleted' }
  }

  // the process died: every job and the running generation vanish
  function reset (): void {
    epoch++
    runtimePeakReservedMb = 0
    for (const lane of lanes) {
      if (lane.running !== undefined) clearTimeout(lane.running.timer)
      if (lane.waiting !== undefined) clearTimeout(lane.waiting)
      lane.running = undefined
      lane.waiting = undefined
      lane.queue.length = 0
    }
    nextLane = 0
    jobs.clear()
  }

  async function close (): Promise<void> {
    reset()
    await Promise.allSettled([...pending, ...writing])
    await renderer.close()
  }

  /** Resolves once the job's mp4 files are on disk (at once when they already are). */
  async function outputsReady (id: string): Promise<void> {
    await rendering.get(id)?.catch(() => {})
  }

  return { submit, get, list, remove, reset, close, outputsReady }
}

export type Engine = ReturnType<typeof createEngine>
