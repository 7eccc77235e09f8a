import { test } from 'tap'
import { buildReport, type ReportSide } from '../../src/compare/report.ts'
import type { JobSample } from '../../src/compare/sample.ts'
import { welchSpeedupInterval, summarize } from '../../src/stats/summary.ts'
import { renderMarkdown } from '../../src/compare/markdown.ts'
import { renderComparePage } from '../../src/compare/html.ts'
import { scalingOf } from '../../src/compare/scaling.ts'
import { parallel, sample as fixtureSample } from './chart-fixtures.ts'

const noWorkloads = { workload_choice: 'requested' as const, workloads: [], scaling: scalingOf([]) }

// A small deterministic PRNG and normal draws, so the coverage test is reproducible.
function normalSource (seed: number) {
  let state = seed >>> 0
  const uniform = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return (state + 0.5) / 2 ** 32
  }
  return (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform())
}

const sample = (totalSeconds: number, stages: Record<string, number>, reservedGiB = 20, allocatedGiB = 13, loadPeakGiB: number | null = null): JobSample =>
  fixtureSample(totalSeconds, stages, [1, 1.1, 0.9], { reservedGiB, allocatedGiB, loadPeakGiB })

const side = (name: string, gpus: number, samples: JobSample[]): ReportSide => ({ name, parallel: parallel(gpus), samples })

test('the 95% speedup interval covers the true ratio about 95% of the time', async (t) => {
  const draw = normalSource(42)
  const trueRatio = 90 / 63
  let covered = 0
  const trials = 2000
  for (let i = 0; i < trials; i++) {
    const baseline = summarize(Array.from({ length: 6 }, () => draw(90, 4)))
    const candidate = summarize(Array.from({ length: 5 }, () => draw(63, 6)))
    const ci = welchSpeedupInterval(baseline, candidate)!
    if (ci.low <= trueRatio && trueRatio <= ci.high) covered++
  }
  const coverage = covered / trials
  t.ok(coverage > 0.93 && coverage < 0.97, `coverage ${coverage}`)
})

test('fewer than 3 samples a side gives a speedup but no interval, and the verdict says not enough samples', async (t) => {
  const report = buildReport(side('u1r1', 1, [sample(90, { Denoising: 71 }), sample(91, { Denoising: 72 })]), side('u1r2', 2, [sample(63, { Denoising: 52 }), sample(64, { Denoising: 53 })]))
  t.ok(report.total.speedup! > 1.4)
  t.equal(report.total.speedup_ci95, null)
  t.equal(report.total.significant, null)
  t.match(report.total.note, /not enough samples for an interval \(n < 3\)/)
  t.match(report.verdict, /^Not enough samples for a verdict: u1r1 has 2 completed jobs and u1r2 2; at least 3 each are needed\.$/)
})

test('no samples at all states "not enough samples" rather than dividing by zero', async (t) => {
  const report = buildReport(side('u1r1', 1, []), side('u1r2', 2, []))
  t.equal(report.total.speedup, null)
  t.equal(report.total.note, 'not enough samples')
  t.same(report.stages, [])
  t.equal(report.cost.parallel_efficiency, null)
  t.ok(report.memory.every((row) => row.delta === null))
  const markdown = renderMarkdown(report)
  t.match(markdown, '| Total | — | — | — | not enough samples | 0/0 |')
})

test('overlapping samples give "no significant difference"', async (t) => {
  const draw = normalSource(7)
  const a = Array.from({ length: 8 }, () => sample(draw(90, 10), { Denoising: draw(70, 8) }))
  const b = Array.from({ length: 8 }, () => sample(draw(90, 10), { Denoising: draw(70, 8) }))
  const report = buildReport(side('u1r1', 1, a), side('u1r1b', 1, b))
  t.equal(report.total.significant, false)
  t.match(report.verdict, /^No significant difference in end-to-end latency/)
  t.notMatch(report.verdict, /Main gains/)
})

test('a clear win reads like the seed page, stage order kept as executed', async (t) => {
  const draw = normalSource(3)
  const stages = (denoise: number, decode: number) => ({
    InputValidation: draw(0.1, 0.001), Denoising: draw(denoise, denoise * 0.01), Decoding: draw(decode, decode * 0.01)
  })
  const baseline = Array.from({ length: 6 }, () => sample(draw(90.63, 0.5), stages(71.68, 13.43), 27.4, 20.4))
  const candidate = Array.from({ length: 6 }, () => sample(draw(63.74, 0.5), stages(52.64, 7.67), 20.07, 13.35))
  const report = buildReport(side('u1r1', 1, baseline), side('u1r2', 2, candidate))
  t.same(report.stages.map((row) => row.name), ['InputValidation', 'Denoising', 'Decoding'])
  t.match(report.verdict, /^End-to-end latency improves from 90\.\d\d s to 63\.\d\d s \(1\.4\dx, 95% CI 1\.\d\dx–1\.\d\dx\)\./)
  t.match(report.verdict, /Main gains come from Denoising \(1\.3\dx\) and Decoding \(1\.7\dx\)\./)
  t.match(report.verdict, /Absolute memory drops on u1r2 \(Peak GPU Memory -7\.33 GiB, Peak Allocated -7\.05 GiB\)\./)
  t.match(report.verdict, /Overhead ratio rises \(\+7\.9pp\)/)
  t.match(report.verdict, /parallel efficiency of 7\d%/)
})

test('parity flags pairs below the threshold and the verdict says the outputs differ', async (t) => {
  const samples = Array.from({ length: 3 }, (_, i) => sample(90 + i, { Denoising: 70 + i }))
  const parity = {
    measured: true,
    threshold_ssim: 0.98,
    reason: null,
    pairs: [
      { index: 0, ssim: 0.894, psnr: 21.3, ok: false, error: null },
      { index: 1, ssim: 0.999, psnr: 48.1, ok: true, error: null }
    ]
  }
  const report = buildReport(side('u1r1', 1, samples), side('u1r2', 2, samples), { parity })
  t.equal(report.parity?.flagged, 1)
  t.equal(report.parity?.min_ssim, 0.894)
  t.match(report.verdict, /Outputs differ: 1 of 2 pairs fall below SSIM 0\.98 \(lowest 0\.894\)/)
  t.match(renderMarkdown(report), '| 0 | 0.8940 | 21.30 | **no** |')

  const unmeasured = buildReport(side('u1r1', 1, samples), side('u1r2', 2, samples), { parity: { ...parity, measured: false, pairs: [], reason: 'ffmpeg is not installed' } })
  t.match(unmeasured.verdict, /Output parity was not measured \(ffmpeg is not installed\)\./)
})

test('the model load peak is its own first memory row, the highest any job reported, apart from the per-request peaks', async (t) => {
  // Wan2.2-TI2V-5B on SGLang's H100 CI: load peak 17610 MiB, a request 39856 MiB (h100.json:1276-1342)
  const loadGiB = 17610 / 1024
  const baseline = [39856, 21466, 39856].map((mib, i) => sample(90 + i, { Denoising: 70 + i }, mib / 1024, 19, loadGiB))
  const candidate = [17000 / 1024, null, null].map((load, i) => sample(60 + i, { Denoising: 50 + i }, 20, 13, load))
  const report = buildReport(side('u1r1', 1, baseline), side('u1r2', 2, candidate))
  const [first, second] = report.memory
  t.same(first, {
    name: 'model_load_peak',
    unit: 'GiB',
    baseline: loadGiB,
    candidate: 17000 / 1024,
    delta: 17000 / 1024 - loadGiB,
    n: { baseline: 3, candidate: 1 },
    note: null
  })
  t.equal(second?.name, 'peak_gpu_memory')
  t.equal(second?.baseline, (39856 + 21466 + 39856) / 3 / 1024, 'the per-request mean is of the requests\' own peaks')
  t.match(renderMarkdown(report), '| Model Load Peak | 16.60 | 17.20 | -0.60 |')
  t.match(report.verdict, 'Loading the model peaks at 16.60 GiB on u1r2 and 17.20 GiB on u1r1 per GPU.')
  const page = renderComparePage({ ...report, ...noWorkloads, generated_at: '2026-12-03T18:00:00Z', source: 'gateway', source_note: null }, 'http://127.0.0.1:8080')
  t.match(page, /<tr data-row="model_load_peak"><th scope="row">Model Load Peak<\/th><td class="num" data-col="candidate">16\.60<\/td>/)
})

test('the summary names the workload compared, says when the mixes differ, and that other is not like with like', async (t) => {
  const b = [sample(90, { Denoising: 70 }), sample(91, { Denoising: 71 }), sample(92, { Denoising: 72 })]
  const c = [sample(60, { Denoising: 50 }), sample(61, { Denoising: 51 }), sample(62, { Denoising: 52 })]
  const entry = (key: string, baseline: number, candidate: number) => ({ key, name: null, tokens: null, n: { baseline, candidate } })
  const alike = buildReport(side('u1r1', 1, b), side('u1r2', 2, c), {
    workload: { key: 't2v-1280x704-121f-50s', chosen: 'requested', entries: [entry('t2v-1280x704-121f-50s', 3, 3), entry('t2v-640x352-25f-50s', 3, 3)] }
  })
  t.equal(alike.workload, 't2v-1280x704-121f-50s')
  t.equal(alike.summary[1], 'This compares workload t2v-1280x704-121f-50s. 1 other workload is compared apart, never pooled into this speedup.')
  t.notMatch(alike.verdict, 'different mixes', 'the same shares on both sides')
  const other = buildReport(side('u1r1', 1, b), side('u1r2', 2, c), {
    workload: { key: 'other', chosen: 'most samples', entries: [entry('other', 3, 3), entry('t2v-640x352-25f-50s', 0, 2)] }
  })
  t.match(other.verdict, 'This compares workload other, the workload with the most samples on both sides.')
  t.match(other.verdict, 'The two sides served different mixes of work (u1r1 served 3 other; u1r2 served 3 other, 2 t2v-640x352-25f-50s)')
  t.match(other.verdict, 'Workload other pools every shape past the label cap (RINGSIDE_MAX_WORKLOADS)')
})

test('a job of two videos spends its GPU-seconds on both: the cost per video of a -x2 workload is half the job\'s', async (t) => {
  // service 90 s on 1 GPU and 60 s on 2 GPUs, two videos each: 45 and 60 GPU-seconds per video
  const b = [sample(90, { Denoising: 70 }), sample(90, { Denoising: 70 }), sample(90, { Denoising: 70 })]
  const c = [sample(60, { Denoising: 50 }), sample(60, { Denoising: 50 }), sample(60, { Denoising: 50 })]
  const key = 't2v-1280x704-121f-50s-x2'
  const report = buildReport(side('u1r1', 1, b), side('u1r2', 2, c), {
    workload: { key, chosen: 'requested', entries: [{ key, name: null, tokens: null, n: { baseline: 3, candidate: 3 } }] }
  })
  t.equal(report.cost.baseline.gpu_seconds_per_video, 45)
  t.equal(report.cost.candidate.gpu_seconds_per_video, 60)
  t.equal(report.cost.parallel_efficiency, 0.75, 'a ratio of the two: the same with one video or two')
})

test('the coverage line counts where each side\'s stage records came from and says why the others have none', async (t) => {
  const b = [sample(90, { Denoising: 70 }), sample(91, { Denoising: 71 }), sample(92, { Denoising: 72 })]
  // A job without a record has the job object's Total only: no stages
  const bare = (record: JobSample['record'], stages = {}): JobSample => ({ ...sample(61, stages), record })
  const c = [
    sample(60, { Denoising: 50 }), bare('perf_dump', { Denoising: 52 }), bare('not_logged'), bare('not_logged'), bare('missing')
  ]
  const report = buildReport(side('u1r1', 1, b), side('u1r2', 2, c))
  t.same(report.coverage, {
    baseline: { jobs: 3, performance_log: 3, perf_dump: 0, not_logged: 0, missing: 0, corrupt: 0, not_read: 0 },
    candidate: { jobs: 5, performance_log: 1, perf_dump: 1, not_logged: 2, missing: 1, corrupt: 0, not_read: 0 }
  })
  t.equal(report.stages[0]?.candidate.n, 2, 'the stage row counts the two jobs with a record')
  t.equal(report.total.candidate.n, 5, 'Total counts all five')
  const line = 'Stage records: u1r2 2 of 5 jobs (1 from performance.log, 1 from perf dumps, ' +
    '2 not logged by its server\'s design (dp_size > 1 or batching: see /v1/backends), 1 missing (no line appeared in time)); ' +
    'u1r1 3 of 3 jobs (3 from performance.log). The stage, step and memory rows count only the jobs with one; Total counts every job.'
  t.ok(report.summary.includes(line), report.summary.join('\n'))
  t.ok(renderMarkdown({ ...report, ...noWorkloads }).includes(`\n${line}\n`), 'the Markdown has the line under the stage table')
  t.ok(renderComparePage({ ...report, ...noWorkloads, generated_at: '2026-12-04T19:00:00Z', source: 'gateway', source_note: null }, 'http://localhost').includes('Stage records: u1r2 2 of 5 jobs'), 'and the page')

  const whole = buildReport(side('u1r1', 1, b), side('u1r2', 2, b))
  t.notOk(whole.summary.some((sentence) => sentence.startsWith('Stage records')), 'the summary says nothing when every job has its record')
  t.match(renderMarkdown({ ...whole, ...noWorkloads }), '\nStage records: u1r2 3 of 3 jobs (3 from performance.log); u1r1 3 of 3 jobs (3 from performance.log).\n')
})

test('the Markdown gives the page\'s job distribution and speedup over time as numbers', async (t) => {
  const b = [sample(90, { Denoising: 70 }), sample(92, { Denoising: 71 }), sample(91, { Denoising: 72 })]
  const c = [sample(60, { Denoising: 50 }), sample(62, { Denoising: 51 }), sample(61, { Denoising: 52 })]
  const markdown = renderMarkdown({ ...buildReport(side('u1r1', 1, b), side('u1r2', 2, c)), ...noWorkloads })
  // Type-7 quantiles of 90, 91, 92 by hand: p10 = 90 + 0.1 x 2 = 90.2, p90 = 91.8, p95 = 91.9
  t.match(markdown, '| Total (s) | min | p10 | p50 | p90 | p95 | max |\n|---|---:|---:|---:|---:|---:|---:|\n' +
    '| u1r2 | 60.00 | 60.20 | 61.00 | 61.80 | 61.90 | 62.00 |\n| u1r1 baseline | 90.00 | 90.20 | 91.00 | 91.80 | 91.90 | 92.00 |')
  // Three windows of one job each, in the order they completed: 90/60, 92/62, 91/61
  t.match(markdown, 'Total speedup over 3 successive windows of each side\'s jobs, oldest first: 1.50x (n 1/1), 1.48x (n 1/1), 1.49x (n 1/1).')
  const empty = renderMarkdown({ ...buildReport(side('u1r1', 1, []), side('u1r2', 2, [])), ...noWorkloads })
  t.notMatch(empty, '## Jobs and time', 'no jobs, no section')
})
