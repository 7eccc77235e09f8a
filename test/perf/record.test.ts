import { test } from 'tap'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  checkPerfDump, checkPerformanceLogRecord, parsePerfDump, parsePerformanceLogLine, parsePerformanceLogRecord, stageName
} from '../../src/perf/record.ts'
import type { StageRecord } from '../../src/perf/record.ts'

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

// Against records written the way SGLang writes them (test/fixtures/sglang/, made by Python's
// json from SGLang's field order, never by the simulator). Expected figures are the fixtures' MiB
// values (README there) times 2**20: MiB, since SGLang divides bytes by 1024**2
// (utils/perf_logger.py:128-157 at d315eb72).
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sglang')
const mib = (value: number) => Math.round(value * 2 ** 20)

async function lines (name: string): Promise<string[]> {
  return (await readFile(join(fixtures, name), 'utf8')).split('\n').filter((l) => l.length > 0)
}

async function records (name: string): Promise<Array<StageRecord | undefined>> {
  return (await lines(name)).map(parsePerformanceLogLine)
}

function memoryOf (record: StageRecord | undefined) {
  if (record === undefined) return undefined
  const { peakReservedBytes, peakAllocatedBytes, loadPeakReservedBytes, runtimePeakReservedBytes } = record
  return { peakReservedBytes, peakAllocatedBytes, loadPeakReservedBytes, runtimePeakReservedBytes }
}

test('a request\'s memory is its own after_forward peak, and the load and runtime peaks are kept apart', async (t) => {
  const [record] = await records('one-request.performance.log')
  t.equal(record?.requestId, '3b0f6c1e-8f57-4c2e-9d43-0c7b2b9b7a11')
  t.same(memoryOf(record), {
    peakReservedBytes: mib(39856.0),
    peakAllocatedBytes: mib(33120.78),
    loadPeakReservedBytes: mib(17610.0),
    runtimePeakReservedBytes: mib(39856.0)
  })
  t.same(record?.stages.map((s) => s.stage), ['InputValidation', 'TextEncoding', 'LatentPreparation', 'TimestepPreparation', 'Denoising', 'Decoding'])
  t.equal(record?.denoiseStepsSeconds.length, 8)
})

test('after a large request, a small request reports its own peak and not the process high-water mark', async (t) => {
  const [large, small] = await records('large-then-small.performance.log')
  t.equal(memoryOf(large)?.peakReservedBytes, mib(39856.0))
  t.same(memoryOf(small), {
    peakReservedBytes: mib(21466.0),
    peakAllocatedBytes: mib(19875.31),
    loadPeakReservedBytes: mib(17610.0),
    // SGLang's running maximum still shows the large request: a backend figure, not the small one's
    runtimePeakReservedBytes: mib(39856.0)
  })
})

test('a Wan request with two outputs is one record under the bare job id with the two-output forward\'s peak', async (t) => {
  const parsed = await records('several-outputs.performance.log')
  t.equal(parsed.length, 1)
  t.equal(parsed[0]?.requestId, 'c6a1f3d2-9e84-4b0a-8f15-7d2c3e4b5a60')
  t.equal(parsed[0]?.peakReservedBytes, mib(27120.0))
  t.equal(parsed[0]?.peakAllocatedBytes, mib(23811.6))
})

test('a record from before load_peak existed keeps its after_forward, and one from before snapshots has no memory', async (t) => {
  const [withoutBackendPeaks, withoutSnapshots] = await records('older-formats.performance.log')
  t.same(memoryOf(withoutBackendPeaks), {
    peakReservedBytes: mib(21466.0), peakAllocatedBytes: mib(19875.31), loadPeakReservedBytes: null, runtimePeakReservedBytes: null
  })
  t.same(memoryOf(withoutSnapshots), { peakReservedBytes: null, peakAllocatedBytes: null, loadPeakReservedBytes: null, runtimePeakReservedBytes: null })
  t.equal(withoutSnapshots?.stages.length, 6)
})

test('a perf dump gives the same figures as the request\'s performance.log line', async (t) => {
  const text = await readFile(join(fixtures, 'small.perf-dump.json'), 'utf8')
  const dump = parsePerfDump(JSON.parse(text))
  const [, line] = await records('large-then-small.performance.log')
  t.same(dump, line)
})

test('a memory field of the wrong type rejects the record with a reason naming the field', async (t) => {
  const [line = ''] = await lines('one-request.performance.log')
  const quoted = line.replace('"peak_reserved_mb": 39856.0}, "load_peak"', '"peak_reserved_mb": "39856.0"}, "load_peak"')
  t.not(quoted, line)
  t.same(checkPerformanceLogRecord(JSON.parse(quoted)), {
    reason: 'memory_snapshots.after_forward.peak_reserved_mb must be a non-negative number of MiB, got "39856.0"'
  })
  t.equal(parsePerformanceLogLine(quoted), undefined)
  const dump = JSON.parse(await readFile(join(fixtures, 'small.perf-dump.json'), 'utf8'))
  dump.memory_checkpoints.load_peak = [17610.0]
  t.same(checkPerfDump(dump), { reason: 'memory_checkpoints.load_peak must be an object' })
})

test('other fields of the wrong type are named too', async (t) => {
  const [line = ''] = await lines('one-request.performance.log')
  const json = JSON.parse(line)
  t.same(checkPerformanceLogRecord({ ...json, steps: 'fast' }).reason, 'steps must be a list')
  t.same(checkPerformanceLogRecord({ ...json, stages: [{ name: 'DenoisingStage', execution_time_ms: null }] }).reason,
    'stages[0].execution_time_ms must be a non-negative number of milliseconds')
  t.same(checkPerformanceLogRecord({ ...json, request_id: 7 }).reason, 'request_id must be a string of 1 to 256 characters')
  t.same(checkPerformanceLogRecord({ ...json, tag: 'server_perf_dump' }).reason, 'tag is "server_perf_dump", not "pipeline_stage_metrics"')
})

// Every rank of a replica writes the dump, the last one wins, and a rank other than the output
// rank records no snapshots (managers/gpu_worker.py:505-555 at d315eb72): no memory, not zero
test('a perf dump with empty memory_checkpoints, as a non-output rank writes it, has no memory', async (t) => {
  const dump = JSON.parse(await readFile(join(fixtures, 'small.perf-dump.json'), 'utf8'))
  const record = parsePerfDump({ ...dump, memory_checkpoints: {} })
  t.same(memoryOf(record), { peakReservedBytes: null, peakAllocatedBytes: null, loadPeakReservedBytes: null, runtimePeakReservedBytes: null })
  t.equal(record?.stages.length, 6)
})
