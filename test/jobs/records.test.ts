// A completed job's record from its perf dump: a file the backend writes, so read within a bound
// (#15 item 6: every backend body the gateway parses is bounded).
import { test } from 'tap'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRecordCollector } from '../../src/jobs/records.ts'
import type { Replica } from '../../src/backends/backends.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

// SGLang's perf dump shape, as test/perf/record.test.ts takes it from the backend's perf_logger
const dump = {
  timestamp: 1787400000,
  request_id: 'u',
  commit_hash: 'abc123',
  tag: 'server_perf_dump',
  total_duration_ms: 1000,
  steps: [{ name: 'TextEncodingStage', duration_ms: 250 }, { name: 'DenoisingStage', duration_ms: 750 }],
  denoise_steps_ms: [{ step: 0, duration_ms: 750 }],
  memory_checkpoints: {},
  meta: {}
}

async function collected (t: { teardown (fn: () => unknown): void }, text: string): Promise<TrackedJob> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-records-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const path = join(dir, 'dump.json')
  await writeFile(path, text)
  const job = { ref: { backend: 'b', replica: 0, upstreamId: 'u' }, upstream: { id: 'u', status: 'completed' }, perfDumpPath: path, record: null, recordSource: null, recordLookup: null }
  const collect = createRecordCollector({ observer: { recordLookup () {} }, perfRecordWaitMs: 0 })
  await collect({ name: 'b', info: { card: null, modelInfo: null, serverInfo: null }, config: { name: 'b', urls: [], sp_degree: 1, ulysses_degree: 1, ring_degree: 1, num_gpus: 1 } }, { perfLog: undefined } as unknown as Replica, job as unknown as TrackedJob)
  return job as unknown as TrackedJob
}

test('a perf dump of a few hundred bytes gives the job its stages', async (t) => {
  const job = await collected(t, JSON.stringify(dump))
  t.equal(job.recordSource, 'perf_dump')
  t.same(job.record?.stages.map((s) => s.stage), ['TextEncoding', 'Denoising'])
})

test('a backend writing a 5 MB perf dump is not parsed: the job falls back to what its job object says', async (t) => {
  // Valid JSON, only padded: the bound, not a parse error, is what refuses it
  const job = await collected(t, JSON.stringify({ ...dump, pad: 'x'.repeat(5 * 2 ** 20) }))
  t.equal(job.recordSource, 'job')
  t.same(job.record?.stages, [])
})
