// The simulator's performance.log as SGLang writes it (paths under
// python/sglang/multimodal_gen/runtime/ at d315eb72): peaks reset per forward, load_peak a
// constant, runtime_peak a running maximum (managers/gpu_worker.py:154-160, 495-555, 722-754).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'tap'
import { build, postJson, settled, type Json } from './helper.ts'

// Key order of the records Python wrote in test/fixtures/sglang/ (RequestPerfRecord's fields)
async function fixtureKeys (): Promise<{ line: string[], snapshots: string[], snapshot: string[] }> {
  const text = await readFile(join(import.meta.dirname, '..', 'fixtures', 'sglang', 'one-request.performance.log'), 'utf8')
  const record = JSON.parse(text)
  return { line: Object.keys(record), snapshots: Object.keys(record.memory_snapshots), snapshot: Object.keys(record.memory_snapshots.after_forward) }
}

async function generate (url: string, body: Json): Promise<string> {
  const created = await postJson(`${url}/v1/videos`, { prompt: 'a boat', ...body })
  return created.body.id
}

test('after a large request a small one records its own peak, while runtime_peak keeps the large one and load_peak stays put', async (t) => {
  const { sim, perfLogDir } = await build(t)
  // the seed page's request: 121 frames
  const large = await generate(sim.url, { num_frames: 121 })
  await settled(sim, large)
  const small = await generate(sim.url, { size: '480x272', seconds: 1 })
  await settled(sim, small)
  const lines = (await readFile(join(perfLogDir, 'performance.log'), 'utf8')).trim().split('\n')
  const byId = new Map(lines.map((line) => JSON.parse(line)).map((r) => [r.request_id, r.memory_snapshots]))
  const [l, s] = [byId.get(large), byId.get(small)]
  // u1r2 at the seed page's request: 20.07 GiB reserved (sgl-project/sglang PR #20998)
  t.ok(Math.abs(l.after_forward.peak_reserved_mb - 20.07 * 1024) < 1, `large peak ${l.after_forward.peak_reserved_mb}`)
  // By hand (docs/performance-model.md): 26,440 fewer tokens at 65,536 B and 105,771,520 fewer
  // decoded pixels at 12 B each: 2,863.7 MiB less allocated (as in test/gateway/memory.test.ts)
  const lessMb = (26_440 * 65_536 + 12 * 105_771_520) / 2 ** 20
  t.ok(Math.abs(l.after_forward.peak_allocated_mb - s.after_forward.peak_allocated_mb - lessMb) < 0.1, `small peak ${s.after_forward.peak_allocated_mb}`)
  t.ok(s.after_forward.peak_reserved_mb <= l.after_forward.peak_reserved_mb - lessMb, 'and reserved at least as much less')
  t.ok(s.after_forward.peak_reserved_mb >= s.before_forward.reserved_mb, 'a peak is never below what was resident')
  t.equal(s.runtime_peak.peak_reserved_mb, l.after_forward.peak_reserved_mb, 'the running maximum since start')
  t.equal(l.runtime_peak.peak_reserved_mb, l.after_forward.peak_reserved_mb)
  // SGLang's H100 CI baseline for Wan2.2-TI2V-5B (test/server/perf_baselines/h100.json:1276-1342)
  t.equal(l.load_peak.peak_reserved_mb, 17610)
  t.equal(s.load_peak.peak_reserved_mb, 17610)
  t.equal(s.before_forward.peak_reserved_mb, s.before_forward.reserved_mb, 'right after the reset the peak is what is resident')
})

test('performance.log lines and perf dumps have SGLang\'s key order and Python\'s json bytes', async (t) => {
  const { sim, perfLogDir } = await build(t)
  const dumpPath = join(perfLogDir, 'dumps', 'dump.json')
  const id = await generate(sim.url, { perf_dump_path: dumpPath })
  await settled(sim, id)
  const text = await readFile(join(perfLogDir, 'performance.log'), 'utf8')
  const [line = ''] = text.split('\n')
  const record = JSON.parse(line)
  const keys = await fixtureKeys()
  t.same(Object.keys(record), keys.line)
  t.same(Object.keys(record.memory_snapshots), keys.snapshots)
  for (const snapshot of Object.values(record.memory_snapshots)) t.same(Object.keys(snapshot as Json), keys.snapshot)
  t.match(record.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/)
  // json.dumps' separators, and floats always with a point: no `":x`, no `,"`, no bare integer
  t.notMatch(line, /":[^ ]|,[^ ]/)
  t.match(line, /"peak_reserved_mb": 17610\.0\}/)
  t.notMatch(line, /: \d+[,}\]]/, 'no number without a decimal point')
  const dump = await readFile(dumpPath, 'utf8')
  t.match(dump, /^\{\n {2}"timestamp": "[^"]+\+00:00",\n {2}"request_id": /)
  t.match(dump, /"step": 0,\n/, 'the step index is an int')
  t.notMatch(dump, /\n$/, 'json.dump writes no final newline')
  t.same(JSON.parse(dump).memory_checkpoints, record.memory_snapshots)
})

// Wan over HTTP: n outputs are one Req and one forward (configs/sample/sampling_params.py:417-425,
// managers/schedule_batch.py:301-313 at d315eb72), so one record under the bare job id
test('a request for two outputs writes one record under the bare job id, with the two-output forward\'s peak', async (t) => {
  const { sim, perfLogDir } = await build(t)
  const one = await generate(sim.url, { num_inference_steps: 2 })
  await settled(sim, one)
  const two = await generate(sim.url, { num_inference_steps: 2, n: 2 })
  await settled(sim, two)
  const records = (await readFile(join(perfLogDir, 'performance.log'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line))
  t.same(records.map((r) => r.request_id), [one, two])
  const peak = (r: Json) => r.memory_snapshots.after_forward.peak_reserved_mb
  t.ok(peak(records[1]) > peak(records[0]), 'two outputs in one forward need more than one')
})
