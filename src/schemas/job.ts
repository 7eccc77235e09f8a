import { Type, type Static } from 'typebox'
import { Binary, Nullable } from './common.ts'

export const JobStatus = Type.Union([
  Type.Literal('queued'), Type.Literal('running'), Type.Literal('completed'), Type.Literal('failed')
])
export type JobStatus = Static<typeof JobStatus>

export const StageTiming = Type.Object({
  name: Type.String({ description: 'Stage name without the Stage suffix, as the seed page writes it' }),
  seconds: Type.Number()
})

export const JobMemory = Type.Object({
  peak_reserved_bytes: Nullable(Type.Number()),
  peak_allocated_bytes: Nullable(Type.Number()),
  overhead_bytes: Nullable(Type.Number()),
  overhead_ratio: Nullable(Type.Number())
})

export const JobOutput = Type.Object({ index: Type.Integer({ description: 'The `variant` of the content route' }), content: Type.String() })

export const JobWorkload = Type.Object({
  key: Type.String({ description: 'The label its measures carry: task-WIDTHxHEIGHT-FRAMESf-STEPSs (-xN for N videos), `other` past RINGSIDE_MAX_WORKLOADS' }),
  task: Type.Union([Type.Literal('t2v'), Type.Literal('i2v')]),
  width: Type.Integer(),
  height: Type.Integer(),
  frames: Type.Integer({ description: 'Frames rendered, after the model\'s rounding' }),
  steps: Type.Integer(),
  outputs: Type.Integer(),
  tokens: Type.Integer({ description: 'The DiT\'s sequence length for one video: what ring SP splits' })
}, { description: 'The work the job is on its backend, the model\'s defaults applied; null for a job this gateway did not submit' })

export const Job = Type.Object({
  id: Type.String(),
  object: Type.Literal('video.job'),
  status: JobStatus,
  backend: Type.String(),
  workload: Nullable(JobWorkload),
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
  created_at: Type.Number({ description: 'Submission time at the gateway, epoch seconds' }),
  started_at: Nullable(Type.Number({ description: 'When the FIFO backend began this job, epoch seconds' })),
  completed_at: Nullable(Type.Number()),
  queue_wait_seconds: Nullable(Type.Number()),
  duration_seconds: Nullable(Type.Number({ description: 'Submit to completed, as the gateway saw it (the seed page\'s Total)' })),
  inference_time_seconds: Nullable(Type.Number()),
  error: Nullable(Type.Object({ message: Type.String(), code: Nullable(Type.String()) })),
  backend_failing: Nullable(Type.Object({
    since: Type.Number({ description: 'First failed poll of the run of failures, epoch seconds' }),
    error: Type.String({ description: 'The latest poll failure' }),
    failed_polls: Type.Integer({ minimum: 1 })
  }, { description: 'Set while the gateway cannot poll the job\'s backend; past RINGSIDE_BACKEND_UNREACHABLE_SECONDS the job is failed' })),
  stages: Nullable(Type.Array(StageTiming)),
  denoise_steps: Nullable(Type.Object({ count: Type.Integer(), mean_seconds: Type.Number(), max_seconds: Type.Number() })),
  memory: Nullable(JobMemory),
  record_source: Nullable(Type.String({ description: 'performance_log, perf_dump or job (fallback)' })),
  batch: Nullable(Type.Object({
    head: Type.String({ description: 'The job the batch formed around: SGLang logs the stage record under its id' }),
    jobs: Type.Integer({ minimum: 2 }),
    outputs: Type.Integer({ minimum: 2, description: 'Videos of the whole forward' }),
    workload: Nullable(Type.String({ description: 'The workload the forward is measured as: the head\'s shape with every output of the batch' }))
  }, {
    description: 'Set when the gateway saw the job start with others on a batching backend (batching_max_size): one forward, ' +
      'its stages, memory and service time the whole batch\'s; null when it ran alone'
  })),
  storage: Nullable(Type.Object({
    location: Type.Union([Type.Literal('backend'), Type.Literal('cloud'), Type.Literal('not_kept')], {
      description: 'backend: its /content serves the videos; cloud: the first video was uploaded to `url` (SGLANG_CLOUD_STORAGE_TYPE), ' +
        'the content route redirects there; not_kept: the backend kept no copy (no output path), nothing can be downloaded'
    }),
    url: Nullable(Type.String({ description: 'The cloud URL of the first video' }))
  }, { description: 'Where the completed job\'s videos live; null until completed' })),
  num_outputs: Type.Integer({ minimum: 1, description: 'Videos the job makes (num_outputs_per_prompt, else n); the backend\'s count once completed' }),
  outputs: Nullable(Type.Array(JobOutput, { description: 'Once completed: where to download each video' })),
  links: Type.Object({ self: Type.String(), content: Type.String({ description: 'The first (or only) video' }) })
}, { title: 'Job' })
export type Job = Static<typeof Job>

export const JobParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 512 })
})

export const ContentQuery = Type.Object({
  variant: Type.Optional(Type.Integer({ minimum: 0, maximum: 9, description: 'Which output: 0 to num_outputs - 1 (SGLang makes at most 10)' }))
}, { additionalProperties: false })

export const Mp4 = Binary('video/mp4')
/** The answer for a video the backend uploaded to cloud storage: no body, its URL in Location. */
export const CloudRedirect = Type.Null({ description: 'The video is in the backend\'s cloud storage (SGLANG_CLOUD_STORAGE_TYPE): Location is its URL' })
