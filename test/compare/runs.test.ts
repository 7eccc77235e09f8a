import { test } from 'tap'
import { build, eventually, ready, startTestBackend } from '../helper.ts'

async function setup (t: Parameters<typeof build>[0], timeScale = 0.004) {
  // Real H.264 (ffmpeg): parity decodes both sides' videos.
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale, render: 'ffmpeg' })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale, render: 'ffmpeg' })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  return { app, u1r2, u1r1 }
}

async function finished (app: Awaited<ReturnType<typeof build>>, id: string) {
  return eventually(async () => {
    const res = await app.inject(`/v1/compare/runs/${id}`)
    if (res.statusCode !== 200) throw new Error(`GET run answered ${res.statusCode}: ${res.body}`)
    const run = res.json()
    return run.status !== 'running' && run.status !== 'cancelling' && run
  }, { timeoutMs: 60_000, intervalMs: 50 })
}

test('a paired run reproduces the seed page within the intervals it prints, outputs match', async (t) => {
  const { app } = await setup(t)
  const start = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a lantern on a lake', seed: 11, num_frames: 121 }, pairs: 4, warmup: 1, concurrency: 1 } })
  t.equal(start.statusCode, 202)
  const created = start.json()
  t.equal(start.headers.location, `/v1/compare/runs/${created.id}`)
  t.equal(created.baseline, 'u1r1')
  t.equal(created.candidate, 'u1r2')
  t.match(created.cancel_policy, /awaited/)

  const run = await finished(app, created.id)
  t.equal(run.status, 'completed', run.error)
  t.same(run.progress.pairs_done, 4)
  t.equal(run.progress.warmup_done, 1)
  t.same(run.pairs.map((p: { seed: number }) => p.seed), [11, 12, 13, 14], 'one seed per pair, the same on both sides')

  const { report } = run
  const stage = (name: string) => report.stages.find((s: { name: string }) => s.name === name)
  for (const [name, seed] of [['Denoising', 1.36], ['Decoding', 1.75]] as const) {
    const { speedup_ci95: ci, candidate, baseline } = stage(name)
    t.equal(candidate.n, 4, 'warmup excluded')
    t.equal(baseline.n, 4)
    t.ok(ci.low - 0.01 <= seed && seed <= ci.high + 0.01, `${name}: seed ${seed} within [${ci.low.toFixed(3)}, ${ci.high.toFixed(3)}]`)
  }
  const memory = Object.fromEntries(report.memory.map((row: { name: string }) => [row.name, row]))
  t.ok(Math.abs(memory.peak_gpu_memory.candidate - 20.07) < 0.1)
  t.ok(Math.abs(memory.peak_gpu_memory.baseline - 27.40) < 0.1)

  t.equal(report.parity.measured, true)
  t.equal(report.parity.flagged, 0)
  t.ok(report.parity.pairs.every((p: { ssim: number }) => p.ssim >= 0.98))
  t.match(report.verdict, /Outputs match/)
  const frame = await app.inject(run.pairs[0].frames.candidate)
  t.equal(frame.statusCode, 200)
  t.equal(frame.rawPayload.subarray(1, 4).toString('latin1'), 'PNG')

  const markdown = await app.inject(`/v1/compare/runs/${created.id}.md`)
  t.match(markdown.body, '| Stage / Metric | u1r2 (s) | u1r1 baseline (s) | Speedup | 95% CI | n |')
  t.match(markdown.body, '| Memory Metric | u1r2 (GiB) | u1r1 baseline (GiB) | Delta |')
  t.match(markdown.body, '## Output parity')

  const metrics = (await app.inject('/metrics')).body
  t.match(metrics, 'ringside_output_parity_pairs_total{baseline="u1r1",candidate="u1r2",outcome="match"} 4')
  t.match(metrics, 'ringside_output_parity_ssim_count{baseline="u1r1",candidate="u1r2"} 4')
})

test('with corrupt output on the candidate the report flags the pairs and the verdict says the outputs differ', async (t) => {
  const { app, u1r2 } = await setup(t, 0.002)
  u1r2.simulator.setFaults({ corruptOutput: true })
  const created = (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a lantern on a lake' }, pairs: 3, warmup: 0 } })).json()
  const run = await finished(app, created.id)
  t.equal(run.status, 'completed')
  t.equal(run.report.parity.flagged, 3)
  t.ok(run.report.parity.min_ssim < 0.98)
  t.match(run.report.verdict, /Outputs differ: 3 of 3 pairs fall below SSIM 0\.98/)
  t.match((await app.inject('/metrics')).body, 'ringside_output_parity_pairs_total{baseline="u1r1",candidate="u1r2",outcome="differ"} 3')
})

test('cancelling a run stops new submissions and keeps the pairs already measured', async (t) => {
  const { app } = await setup(t, 0.002)
  const created = (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a kite' }, pairs: 50, warmup: 0, parity: false } })).json()
  await eventually(async () => (await app.inject(`/v1/compare/runs/${created.id}`)).json().progress.pairs_done >= 2)
  const cancelled = await app.inject({ method: 'DELETE', url: `/v1/compare/runs/${created.id}` })
  t.equal(cancelled.statusCode, 200)
  // The answer says the run is being cancelled, not that it runs on
  t.equal(cancelled.json().status, 'cancelling')
  const run = await finished(app, created.id)
  t.equal(run.status, 'cancelled')
  type PairState = { baseline: { job_id: string | null, status: string }, candidate: { status: string } }
  const submitted = run.pairs.filter((p: PairState) => p.baseline.job_id !== null).length
  t.ok(submitted < 50, `${submitted} of 50 pairs were submitted`)
  const never = run.pairs.filter((p: PairState) => p.baseline.job_id === null)
  t.ok(never.every((p: PairState) => p.baseline.status === 'cancelled' && p.candidate.status === 'cancelled'), 'the pairs never sent say cancelled, not pending')
  t.equal(run.progress.eta_seconds, 0)
  t.equal(run.progress.pairs_done, submitted, 'every submitted pair was awaited')
  t.equal(run.report.total.baseline.n, submitted)
})

test('a run whose backend dies mid-way ends failed with the reason and keeps the pairs measured', async (t) => {
  const { app, u1r2 } = await setup(t, 0.002)
  const created = (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a kite' }, pairs: 50, warmup: 0, parity: false } })).json()
  await eventually(async () => (await app.inject(`/v1/compare/runs/${created.id}`)).json().progress.pairs_done >= 2)
  u1r2.simulator.setFaults({ die: true })
  const run = await finished(app, created.id)
  t.equal(run.status, 'failed')
  t.match(run.error, /u1r2/)
  t.ok(run.report.total.candidate.n >= 2, 'pairs measured before the failure are kept')
})

test('bad run requests are 400s that name the field; unknown runs are 404', async (t) => {
  const { app } = await setup(t)
  for (const [payload, field] of [
    [{}, /template/],
    [{ template: {} }, /prompt/],
    [{ template: { prompt: 'x' }, pairs: 0 }, /pairs/],
    [{ template: { prompt: 'x' }, candidate: 'u9r9' }, /candidate/],
    [{ template: { prompt: 'x', perf_dump_path: '/etc/passwd' } }, /perf_dump_path/],
    // One backend on both sides measures nothing; with the default pair's baseline named twice too
    [{ template: { prompt: 'x' }, baseline: 'u1r2', candidate: 'u1r2' }, /^candidate: must differ from baseline, both are "u1r2"/],
    [{ template: { prompt: 'x' }, candidate: 'u1r1' }, /^candidate: must differ from baseline, both are "u1r1"/],
    [{ template: { prompt: 'x' }, workloads: [{ num_frames: 25 }, { num_frames: 49 }, { size: 'wide' }] }, 'body.workloads.2.size'],
    [{ template: { prompt: 'x' }, workloads: [{ prompt: 'another' }] }, 'body.workloads.0'],
    [{ template: { prompt: 'x' }, workloads: [{}] }, 'body.workloads.0'],
    [{ template: { prompt: 'x' }, workloads: Array.from({ length: 17 }, (_, i) => ({ num_frames: i + 1 })) }, 'workloads'],
    // Over the work limits (1792x1024 pixels by default) on either side: refused before any pair
    [{ template: { prompt: 'x' }, workloads: [{ num_frames: 25 }, { size: '4096x4096' }] }, /^workloads\.1\.size/]
  ] as const) {
    const res = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload })
    t.equal(res.statusCode, 400, JSON.stringify(payload))
    t.match(res.json().message, field)
  }
  t.equal((await app.inject('/v1/compare/runs')).json().data.length, 0, 'none of them started a run')
  t.equal((await app.inject('/v1/compare/runs/run_nope')).statusCode, 404)
  t.equal((await app.inject('/v1/compare/runs/run_nope/pairs/0/frames/baseline.png')).statusCode, 404)
})

test('a sweep runs each workload\'s pairs with the same seeds on both sides and reports each workload apart', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.002 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.002 })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  const payload = { template: { prompt: 'a kite', seed: 5 }, workloads: [{ size: '640x352', num_frames: 25 }, { num_frames: 121 }], pairs: 3, warmup: 1, parity: false }
  const start = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload })
  t.equal(start.statusCode, 202)
  const run = await finished(app, start.json().id)
  t.equal(run.status, 'completed', run.error)
  t.same(run.spec.workloads, payload.workloads)
  t.same(run.progress, { ...run.progress, pairs_done: 6, pairs_total: 6, warmup_done: 2, warmup_total: 2 }, 'a warmup pair per workload')
  // Interleaved, one pair of each workload in turn, pair k of both with the same seed
  t.same(run.pairs.map((p: { sweep: number, seed: number }) => [p.sweep, p.seed]), [[0, 5], [1, 5], [0, 6], [1, 6], [0, 7], [1, 7]])
  const small = 't2v-640x352-25f-50s'
  const seed = 't2v-1280x704-121f-50s'
  t.same(run.pairs.map((p: { workload: string }) => p.workload), [small, seed, small, seed, small, seed])
  // Tokens by hand: 7 x 11 x 20 and 31 x 22 x 40
  t.same(run.workloads, [
    { key: seed, name: 'seed', tokens: 27_280, n: { baseline: 3, candidate: 3 } },
    { key: small, name: null, tokens: 1540, n: { baseline: 3, candidate: 3 } }
  ])
  t.same(run.reports.map((r: { workload: string, total: { baseline: { n: number } } }) => [r.workload, r.total.baseline.n]), [[seed, 3], [small, 3]])
  t.equal(run.report.workload, run.reports[0].workload)
  t.same(run.scaling.points.map((p: { workload: string }) => p.workload), [small, seed], 'smallest work first')
  const denoising = (r: { stages: Array<{ name: string, speedup: number }> }) => r.stages.find((s) => s.name === 'Denoising')!.speedup
  t.equal(run.scaling.points[0].denoising.speedup, denoising(run.reports[1]))
  const md = (await app.inject(`/v1/compare/runs/${run.id}.md`)).body
  t.match(md, `- Workload: **${seed}** (seed, 27,280 tokens)`)
  t.match(md, `paired run ${run.id}: workload ${small}`)
  t.match(md, '## By workload')
})
