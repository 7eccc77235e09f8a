import { test } from 'tap'
import { parsePerfDump, parsePerformanceLogLine, parsePerformanceLogRecord, stageName } from '../../src/perf/record.ts'

const MIB = 2 ** 20

function logLine (overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    request_id: '0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    timestamp: 1787400000.5,
    commit_hash: 'abc123',
    tag: 'pipeline_stage_metrics',
    stages: [
      { name: 'InputValidationStage', execution_time_ms: 706 },
      { name: 'TextEncodingStage', execution_time_ms: 328 },
      { name: 'DenoisingStage', execution_time_ms: 52635.8 },
      { name: 'DecodingStage', execution_time_ms: 1099 }
    ],
    steps: [253, 254.5],
    total_duration_ms: 63740,
    memory_snapshots: {
      before_forward: { allocated_mb: 100, reserved_mb: 200, peak_allocated_mb: 150, peak_reserved_mb: 250 },
      after_forward: { allocated_mb: 110, reserved_mb: 210, peak_allocated_mb: 18000.5, peak_reserved_mb: 20551.7 },
      runtime_peak: { peak_reserved_mb: 20600 }
    },
    ...overrides
  }
}

test('stage class names lose their Stage suffix and nothing else', async (t) => {
  t.equal(stageName('DenoisingStage'), 'Denoising')
  t.equal(stageName('ImageVAEEncodingStage'), 'ImageVAEEncoding')
  t.equal(stageName('Stage'), 'Stage')
  t.equal(stageName('Upsampler'), 'Upsampler')
})

test('a performance.log line becomes a stage record in seconds and bytes', async (t) => {
  const record = parsePerformanceLogLine(JSON.stringify(logLine()))
  t.same(record, {
    requestId: '0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    stages: [
      { stage: 'InputValidation', durationSeconds: 0.706 },
      { stage: 'TextEncoding', durationSeconds: 0.328 },
      { stage: 'Denoising', durationSeconds: 52.6358 },
      { stage: 'Decoding', durationSeconds: 1.099 }
    ],
    denoiseStepsSeconds: [0.253, 0.2545],
    totalSeconds: 63.74,
    // the request's own after_forward, not the larger runtime_peak (issue #13)
    peakReservedBytes: Math.round(20551.7 * MIB),
    peakAllocatedBytes: Math.round(18000.5 * MIB),
    loadPeakReservedBytes: null,
    runtimePeakReservedBytes: 20600 * MIB
  })
})

test('stages the gateway has never heard of are kept in execution order', async (t) => {
  const record = parsePerformanceLogLine(JSON.stringify(logLine({
    stages: [
      { name: 'ImageEncodingStage', execution_time_ms: 5 },
      { name: 'ImageVAEEncodingStage', execution_time_ms: 7 },
      { name: 'DenoisingStage', execution_time_ms: 9 }
    ]
  })))
  t.same(record?.stages.map((s) => s.stage), ['ImageEncoding', 'ImageVAEEncoding', 'Denoising'])
})

test('an n > 1 output keeps its request id suffix', async (t) => {
  t.equal(parsePerformanceLogLine(JSON.stringify(logLine({ request_id: 'abc:1' })))?.requestId, 'abc:1')
})

test('a line without a tag, memory, steps or total still parses with nulls', async (t) => {
  const line = logLine({ total_duration_ms: undefined, memory_snapshots: undefined, steps: undefined, tag: undefined })
  t.same(parsePerformanceLogLine(JSON.stringify(line)), {
    requestId: line.request_id,
    stages: parsePerformanceLogRecord(logLine())?.stages,
    denoiseStepsSeconds: [],
    totalSeconds: null,
    peakReservedBytes: null,
    peakAllocatedBytes: null,
    loadPeakReservedBytes: null,
    runtimePeakReservedBytes: null
  })
})

test('corrupt and foreign performance.log lines are rejected', async (t) => {
  const bad: string[] = [
    '', 'not json', '{"request_id":"x","stages":[', 'null', '[]', '42',
    JSON.stringify(logLine({ tag: 'server_perf_dump' })),
    JSON.stringify(logLine({ request_id: '' })),
    JSON.stringify(logLine({ request_id: 7 })),
    JSON.stringify(logLine({ request_id: 'x'.repeat(300) })),
    JSON.stringify(logLine({ stages: undefined })),
    JSON.stringify(logLine({ stages: {} })),
    JSON.stringify(logLine({ stages: [{ name: 'DenoisingStage', execution_time_ms: -1 }] })),
    JSON.stringify(logLine({ stages: [{ name: 'DenoisingStage', execution_time_ms: '5' }] })),
    JSON.stringify(logLine({ stages: [{ name: 'DenoisingStage' }] })),
    JSON.stringify(logLine({ stages: [{ name: '', execution_time_ms: 1 }] })),
    JSON.stringify(logLine({ stages: [null] })),
    JSON.stringify(logLine({ steps: [1, 'x'] })),
    JSON.stringify(logLine({ total_duration_ms: -5 })),
    JSON.stringify(logLine({ memory_snapshots: [] })),
    JSON.stringify(logLine({ memory_snapshots: { after_forward: 5 } })),
    JSON.stringify(logLine({ memory_snapshots: { after_forward: { peak_reserved_mb: 'big' } } })),
    JSON.stringify(logLine()).replace('52635.8', '1e999')
  ]
  for (const line of bad) t.equal(parsePerformanceLogLine(line), undefined, line.slice(0, 80))
})

test('a perf dump reads its stages from steps and its denoising steps from denoise_steps_ms', async (t) => {
  const dump = {
    timestamp: 1787400000,
    request_id: 'abc',
    commit_hash: 'abc123',
    tag: 'server_perf_dump',
    total_duration_ms: 14854,
    steps: [
      { name: 'TextEncodingStage', duration_ms: 328 },
      { name: 'DenoisingStage', duration_ms: 12705 }
    ],
    denoise_steps_ms: [{ step: 1, duration_ms: 250 }, { step: 0, duration_ms: 300 }],
    memory_checkpoints: {
      load_peak: { peak_allocated_mb: 30000, peak_reserved_mb: 31000 },
      runtime_peak: { allocated_mb: 1, reserved_mb: 2, peak_allocated_mb: 38000, peak_reserved_mb: 39856 }
    },
    meta: { model: 'Wan-AI/Wan2.2-TI2V-5B-Diffusers' }
  }
  t.same(parsePerfDump(dump), {
    requestId: 'abc',
    stages: [{ stage: 'TextEncoding', durationSeconds: 0.328 }, { stage: 'Denoising', durationSeconds: 12.705 }],
    denoiseStepsSeconds: [0.3, 0.25],
    totalSeconds: 14.854,
    // only the backend's snapshots: they say nothing of this request
    peakReservedBytes: null,
    peakAllocatedBytes: null,
    loadPeakReservedBytes: 31000 * MIB,
    runtimePeakReservedBytes: 39856 * MIB
  })
  t.equal(parsePerfDump({ ...dump, tag: 'pipeline_stage_metrics' }), undefined)
  t.equal(parsePerfDump({ ...dump, steps: [253, 254] }), undefined)
  t.equal(parsePerfDump({ ...dump, denoise_steps_ms: [{ step: -1, duration_ms: 1 }] }), undefined)
  t.equal(parsePerfDump({ ...dump, denoise_steps_ms: [{ step: 0, duration_ms: Number.NaN }] }), undefined)
  t.equal(parsePerfDump('{}'), undefined)
  t.equal(parsePerfDump(null), undefined)
})
