// A SGLang server with --dp-size 2 (issue #13 item 5): it says so on /server_info, runs two
// generations at once, and only its rank 0 writes performance.log (utils/perf_logger.py:388 at
// d315eb72). The gateway warns that its one-at-a-time view is an estimate there, and counts the
// records rank 1 never writes as not logged, not as missing.
import { test } from 'tap'
import { build, eventually, generateCompleted, metric, ready, startTestBackend } from '../helper.ts'

test('dp_size 2: a warning on /v1/backends, and rank 1\'s jobs are not_logged, not missing, in the metrics and the report', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', dpSize: 2 })
  const u1r1 = await startTestBackend(t, 'u1r1', { render: 'synthetic' })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  const info = await (await fetch(`${u1r2.simulator.url}/server_info`)).json()
  t.equal(info.dp_size, 2)
  const backend = await eventually(async () => {
    const found = (await app.inject('/v1/backends')).json().data[0]
    return found.warnings.length > 0 && found
  })
  t.match(backend.warnings[0], /^dp_size 2: the server runs 2 generations at once/)

  // Round-robin from one counter: the first job goes to rank 0, the second to rank 1
  const first = await generateCompleted(app)
  const second = await generateCompleted(app)
  t.equal(first.record_source, 'performance_log', 'rank 0 logs its record')
  t.not(second.record_source, 'performance_log', 'rank 1 writes none')
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="found"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="not_logged"}'), 1)
  t.equal(await metric(app, 'ringside_stage_records_total{backend="u1r2",outcome="missing"}'), 0)

  // The report's coverage line says why the candidate's stage rows count one job of two
  await generateCompleted(app, { backend: 'u1r1' })
  const report = (await app.inject('/v1/compare?baseline=u1r1&candidate=u1r2')).json()
  t.same(report.coverage.candidate, { jobs: 2, performance_log: 1, perf_dump: 0, not_logged: 1, missing: 0, corrupt: 0, not_read: 0 })
  t.same(report.coverage.baseline, { jobs: 1, performance_log: 1, perf_dump: 0, not_logged: 0, missing: 0, corrupt: 0, not_read: 0 })
  t.equal(report.stages.find((row: { name: string }) => row.name === 'Denoising').candidate.n, 1)
  t.equal(report.total.candidate.n, 2)
  t.ok(report.summary.some((line: string) => line.startsWith('Stage records: u1r2 1 of 2 jobs (1 from performance.log, 1 not logged by its server\'s design')),
    report.summary.join('\n'))
  const markdown = (await app.inject({ url: '/v1/compare?baseline=u1r1&candidate=u1r2', headers: { accept: 'text/markdown' } })).body
  t.match(markdown, /^Stage records: u1r2 1 of 2 jobs .*; u1r1 1 of 1 job \(1 from performance.log\)\. The stage, step and memory rows count only/m)
})

test('the simulator with --dp-size 2 runs two generations at once', async (t) => {
  // 63.74 s x 0.01 each: sequential, the second would finish at twice the first's time
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', dpSize: 2, timeScale: 0.01, jitter: 0 })
  const submit = () => fetch(`${u1r2.simulator.url}/v1/videos`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'x', num_frames: 121 })
  }).then(async (res) => (await res.json()).id as string)
  const ids = await Promise.all([submit(), submit()])
  const done = await eventually(async () => {
    const jobs = await Promise.all(ids.map(async (id) => (await fetch(`${u1r2.simulator.url}/v1/videos/${id}`)).json()))
    return jobs.every((job) => job.status === 'completed') && jobs
  })
  // Both complete within the same second of the clock SGLang stamps (completed_at is whole seconds)
  t.ok(Math.abs(done[0].completed_at - done[1].completed_at) <= 1, 'they ran side by side, not one after the other')
})

test('dp_size 2: two jobs sent at once both run at once, so the second does not wait out the first', async (t) => {
  // 63.74 s x 0.01 = 0.64 s each
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', dpSize: 2, timeScale: 0.01, jitter: 0 })
  const app = await build(t, { backends: [u1r2.config] })
  await ready(app)
  await eventually(async () => (await app.inject('/v1/backends')).json().data[0].warnings.length > 0)
  const [first, second] = await Promise.all([generateCompleted(app, { num_frames: 121 }), generateCompleted(app, { num_frames: 121 })])
  // One at a time, the second would wait the first's whole service time (0.64 s) before it starts
  t.ok(second.queue_wait_seconds < first.duration_seconds / 2, `the second waited ${second.queue_wait_seconds} s, the first took ${first.duration_seconds} s`)
  t.ok(first.queue_wait_seconds < first.duration_seconds / 2)
})
