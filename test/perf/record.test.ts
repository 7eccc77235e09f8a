// The parser against records written the way SGLang writes them (test/fixtures/sglang/, made by
// Python's json from SGLang's field order, never by the simulator). Expected figures are the
// fixtures' MiB values (README there) times 2**20: MiB, since SGLang divides bytes by 1024**2
// (utils/perf_logger.py:128-157 at d315eb72).
import { test } from 'tap'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkPerfDump, checkPerformanceLogRecord, parsePerfDump, parsePerformanceLogLine } from '../../src/perf/record.ts'
import type { StageRecord } from '../../src/perf/record.ts'

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
