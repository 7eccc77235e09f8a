import { test } from 'tap'
import { appendFile, copyFile, rename, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createPerformanceLogReader } from '../../src/perf/log-reader.ts'

function line (requestId: string, denoisingMs = 1000, separators = true): string {
  const record = {
    request_id: requestId,
    timestamp: 1787400000,
    tag: 'pipeline_stage_metrics',
    stages: [{ name: 'TextEncodingStage', execution_time_ms: 300 }, { name: 'DenoisingStage', execution_time_ms: denoisingMs }],
    steps: [denoisingMs / 2, denoisingMs / 2],
    total_duration_ms: denoisingMs + 300,
    memory_snapshots: { after_forward: { peak_allocated_mb: 1000, peak_reserved_mb: 2000 } }
  }
  // Python's json.dumps puts a space after ':' and ','
  const text = JSON.stringify(record)
  return (separators ? text.replaceAll('":', '": ') : text) + '\n'
}

test('a record appended in two pieces is found once its line is complete', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const full = line('job-a', 5000) + line('job-b', 7000)
  const cut = full.indexOf('job-b') + 20
  await writeFile(file, full.slice(0, cut))
  t.equal((await reader.find('job-a')) !== undefined, true)
  t.equal(await reader.find('job-b'), undefined)
  await appendFile(file, full.slice(cut))
  const record = await reader.find('job-b')
  t.not(record, 'corrupt')
  t.same(record === 'corrupt' ? undefined : record?.stages, [
    { stage: 'TextEncoding', durationSeconds: 0.3 },
    { stage: 'Denoising', durationSeconds: 7 }
  ])
})

test('a multi-byte character split across two appends is decoded whole', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const bytes = Buffer.from(line('job-é'))
  const cut = bytes.indexOf(0xc3) + 1
  await writeFile(file, bytes.subarray(0, cut))
  t.equal(await reader.find('job-é'), undefined)
  await appendFile(file, bytes.subarray(cut))
  t.equal((await reader.find('job-é') as { requestId: string }).requestId, 'job-é')
})

test('a missing log file means no record yet, and the file is read once it appears', async (t) => {
  const dir = t.testdir()
  const reader = createPerformanceLogReader({ dir, fileName: 'perf.jsonl' })
  t.teardown(reader.close)
  t.equal(await reader.find('job-a'), undefined)
  await writeFile(join(dir, 'perf.jsonl'), line('job-a'))
  t.ok(await reader.find('job-a'))
})

test('a truncated log is read again from the start', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  await writeFile(file, line('job-a') + line('job-b'))
  t.ok(await reader.find('job-b'))
  await truncate(file, 0)
  await appendFile(file, line('job-c'))
  t.ok(await reader.find('job-c'))
})

test('a rotated log is followed into the new file even when it is already longer', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  await writeFile(file, line('job-a'))
  t.ok(await reader.find('job-a'))
  await rename(file, join(dir, 'performance.log.1'))
  await writeFile(file, line('job-b') + line('job-c') + line('job-d'))
  t.ok(await reader.find('job-b'))
  t.ok(await reader.find('job-d'))
  // records read before the rotation are still answered
  t.ok(await reader.find('job-a'))
  await rm(file)
  t.equal(await reader.find('job-z'), undefined)
})

test('a garbled line that names a request id marks that id corrupt', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const bad = line('job-bad').replace('"execution_time_ms": 300', '"execution_time_ms": "fast"')
  await writeFile(file, [
    '{"request_id": "job-cut", "stages": [{"na\n',
    bad,
    '{"request_id":"job-neg","stages":[{"name":"DenoisingStage","execution_time_ms":-4}]}\n',
    'garbage without an id\n',
    '{"tag": "something_else", "request_id": "job-other"}\n',
    '\n',
    line('job-ok', 1000, false)
  ].join(''))
  t.equal(await reader.find('job-cut'), 'corrupt')
  t.equal(await reader.find('job-bad'), 'corrupt')
  t.equal(await reader.find('job-neg'), 'corrupt')
  // a record of another kind is foreign, not corrupt
  t.equal(await reader.find('job-other'), undefined)
  t.ok(await reader.find('job-ok'))
})

test('a good record is not hidden by a later garbled duplicate, and a later good one replaces corrupt', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  await writeFile(file, line('job-a') + '{"request_id": "job-a", oops\n' + '{"request_id": "job-b", oops\n')
  t.not(await reader.find('job-a'), 'corrupt')
  t.equal(await reader.find('job-b'), 'corrupt')
  await appendFile(file, line('job-b'))
  t.not(await reader.find('job-b'), 'corrupt')
})

test('find waits for a record written after it was called', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  await writeFile(file, line('job-a'))
  const pending = reader.find('job-late', { waitMs: 5000, pollMs: 5 })
  setTimeout(() => { appendFile(file, line('job-late', 4242)).catch(t.error) }, 50)
  const started = Date.now()
  const record = await pending
  t.ok(record && record !== 'corrupt' && record.totalSeconds === 4.542)
  t.ok(Date.now() - started < 4000)
})

test('find gives up after waitMs measured on the clock it was given', async (t) => {
  const dir = t.testdir()
  let clockMs = 0
  const reader = createPerformanceLogReader({ dir, now: () => clockMs })
  t.teardown(reader.close)
  const pending = reader.find('never', { waitMs: 1000, pollMs: 1 })
  const timer = setInterval(() => { clockMs += 100 }, 1)
  t.teardown(() => clearInterval(timer))
  t.equal(await pending, undefined)
  t.ok(clockMs >= 1000)
})

test('closing the reader ends pending waits at once', async (t) => {
  const dir = t.testdir()
  const reader = createPerformanceLogReader({ dir })
  const pending = reader.find('never', { waitMs: 60_000, pollMs: 10_000 })
  setTimeout(reader.close, 20)
  const started = Date.now()
  t.equal(await pending, undefined)
  t.ok(Date.now() - started < 5000)
})

test('concurrent finds share one read and all see the record', async (t) => {
  const dir = t.testdir()
  await writeFile(join(dir, 'performance.log'), Array.from({ length: 200 }, (_, i) => line(`job-${i}`)).join(''))
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => reader.find(`job-${i}`)))
  t.ok(results.every((r, i) => r !== undefined && r !== 'corrupt' && r.requestId === `job-${i}`))
})

test('the outputs of an n > 1 job are found by their own ids and the first by the job id', async (t) => {
  const dir = t.testdir()
  await writeFile(join(dir, 'performance.log'), line('job-n:1', 2000) + line('job-n:0', 1000) + line('job-n:2', 3000))
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const first = await reader.find('job-n')
  t.equal(first !== undefined && first !== 'corrupt' && first.requestId, 'job-n:0')
  const third = await reader.find('job-n:2')
  t.equal(third !== undefined && third !== 'corrupt' && third.requestId, 'job-n:2')
})

test('only the most recent records are kept', async (t) => {
  const dir = t.testdir()
  await writeFile(join(dir, 'performance.log'), Array.from({ length: 30 }, (_, i) => line(`job-${i}`)).join(''))
  const reader = createPerformanceLogReader({ dir, maxRecords: 10 })
  t.teardown(reader.close)
  t.ok(await reader.find('job-29'))
  t.ok(await reader.find('job-20'))
  t.equal(await reader.find('job-19'), undefined)
})

test('a last line without its newline is found once it is a whole record', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  await writeFile(file, line('job-a').trimEnd())
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  t.ok(await reader.find('job-a'))
  await appendFile(file, '\n' + line('job-b'))
  t.ok(await reader.find('job-b'))
  t.not(await reader.find('job-a'), 'corrupt')
})

test('an oversized line is skipped and the reader recovers at the next line', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'performance.log')
  const reader = createPerformanceLogReader({ dir, maxLineBytes: 1024 })
  t.teardown(reader.close)
  await writeFile(file, '{"request_id": "job-huge", "pad": "' + 'x'.repeat(600))
  t.equal(await reader.find('job-huge'), undefined)
  await appendFile(file, 'x'.repeat(600))
  t.equal(await reader.find('job-huge'), 'corrupt')
  await appendFile(file, 'x'.repeat(600) + '"}\n' + line('job-after'))
  t.ok(await reader.find('job-after'))
})

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sglang')

// The fixture (made from SGLang's byte format, test/fixtures/sglang/README.md): a whole record,
// one cut in half that the next record runs into, that next record, and one more whole record
test('a line cut in half is rejected with a reason, and the record that runs on after it is still read', async (t) => {
  const dir = t.testdir()
  await copyFile(join(fixtures, 'cut-line.performance.log'), join(dir, 'performance.log'))
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const before = await reader.find('3b0f6c1e-8f57-4c2e-9d43-0c7b2b9b7a11')
  t.equal(before !== 'corrupt' && before?.peakReservedBytes, 39856 * 2 ** 20)
  t.equal(await reader.find('8d2e4a90-5b1c-4f7e-a3d6-1e9c0b7f2a44'), 'corrupt')
  t.match(reader.rejectionOf('8d2e4a90-5b1c-4f7e-a3d6-1e9c0b7f2a44'), /^not valid JSON/)
  const runOn = await reader.find('c6a1f3d2-9e84-4b0a-8f15-7d2c3e4b5a60')
  t.equal(runOn !== 'corrupt' && runOn?.peakReservedBytes, 27120 * 2 ** 20)
  const after = await reader.find('a1c2e3f4-0000-4000-8000-000000000001')
  t.equal(after !== 'corrupt' && after?.peakReservedBytes, 21466 * 2 ** 20)
  t.equal(reader.rejectionOf('a1c2e3f4-0000-4000-8000-000000000001'), undefined)
})

// Server modes that write no line for some requests (test/fixtures/sglang/README.md): the reader
// finds what is there and nothing else; the gateway counts the rest not_logged (src/backends/server-modes.ts)
test('a --dp-size 2 server\'s log has rank 0\'s requests only, and a batch\'s has its first request\'s', async (t) => {
  const dir = t.testdir()
  await copyFile(join(fixtures, 'dp-gaps.performance.log'), join(dir, 'performance.log'))
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const found = await Promise.all([1, 2, 3, 4].map((k) => reader.find(`d0000000-0000-4000-8000-00000000000${k}`)))
  t.same(found.map((record) => record !== undefined && record !== 'corrupt'), [true, false, true, false])
  const batchDir = t.testdir()
  await copyFile(join(fixtures, 'batch.performance.log'), join(batchDir, 'performance.log'))
  const batch = createPerformanceLogReader({ dir: batchDir })
  t.teardown(batch.close)
  const first = await batch.find('b0000000-0000-4000-8000-000000000001')
  // Wan2.1-T2V-1.3B's batch of two: the merged forward's peak, its CI runtime peak
  t.equal(first !== 'corrupt' && first?.peakReservedBytes, 18078 * 2 ** 20)
  t.equal(await batch.find('b0000000-0000-4000-8000-000000000002'), undefined)
})
