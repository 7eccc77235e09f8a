import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, eventually, ready, sequentialTraffic, startTestBackend } from '../helper.ts'

const small = 't2v-640x352-25f-50s'
// sequentialTraffic sends the seed's request (121 frames)
const standard = 't2v-1280x704-121f-50s'
const large = 't2v-1792x1024-97f-50s'

/** `count` jobs of one shape on each backend named, one at a time; resolves once all completed. */
async function traffic (t: { equal (a: unknown, b: unknown): void }, app: FastifyInstance, backends: string[], count: number, shape: Record<string, unknown>) {
  for (let i = 0; i < count; i++) {
    const ids = await Promise.all(backends.map(async (backend) => {
      const res = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: `a kite ${i}`, backend, seed: i, ...shape } })
      t.equal(res.statusCode, 202)
      return res.json().id as string
    }))
    await eventually(async () => (await Promise.all(ids.map(async (id) => (await app.inject(`/v1/video/jobs/${id}`)).json().status))).every((s) => s === 'completed'))
  }
}

test('/v1/compare compares one workload, lists every one seen, and never pools them', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.002 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.002 })
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  await ready(app)
  await sequentialTraffic(t, app, 4)
  await traffic(t, app, ['u1r1', 'u1r2'], 3, { size: '640x352', num_frames: 25 })
  await traffic(t, app, ['u1r2'], 1, { size: '1792x1024' })

  const report = (await app.inject('/v1/compare?baseline=u1r1&candidate=u1r2')).json()
  t.equal(report.workload, standard, 'the workload with the most samples on both sides (4/4 against 3/3)')
  t.equal(report.workload_choice, 'most samples')
  t.equal(report.total.baseline.n, 4)
  t.equal(report.total.candidate.n, 4, 'the small and large jobs are not in it')
  // Tokens by hand: latent frames (F-1)/4+1 x H/32 x W/32 (Wan2.2-5B): 31 x 22 x 40, 7 x 11 x 20, 25 x 32 x 56
  t.same(report.workloads, [
    { key: standard, name: 'seed', tokens: 27_280, n: { baseline: 4, candidate: 4 } },
    { key: small, name: null, tokens: 1540, n: { baseline: 3, candidate: 3 } },
    { key: large, name: null, tokens: 44_800, n: { baseline: 0, candidate: 1 } }
  ])
  t.match(report.verdict, `This compares workload ${standard}, the workload with the most samples on both sides. 2 other workloads are compared apart, never pooled`)
  t.match(report.verdict, `The two sides served different mixes of work (u1r1 served 4 ${standard}, 3 ${small}; u1r2 served 4 ${standard}, 3 ${small}, 1 ${large})`)

  const other = (await app.inject(`/v1/compare?baseline=u1r1&candidate=u1r2&workload=${small}`)).json()
  t.equal(other.workload, small)
  t.equal(other.workload_choice, 'requested')
  t.equal(other.total.baseline.n, 3)
  t.match(other.verdict, `This compares workload ${small}. 2 other workloads`)

  // The scaling view is each workload's own report, smallest first; the large one has no baseline
  t.same(report.scaling.points.map((p: { workload: string }) => p.workload), [small, standard, large])
  const denoising = (r: { stages: Array<{ name: string, speedup: number, speedup_ci95: unknown }> }) => r.stages.find((s) => s.name === 'Denoising')!
  t.equal(report.scaling.points[0].denoising.speedup, denoising(other).speedup)
  t.same(report.scaling.points[0].denoising.ci95, denoising(other).speedup_ci95)
  t.equal(report.scaling.points[1].total.speedup, report.total.speedup)
  t.equal(report.scaling.points[2].total.speedup, null)
  t.ok(['crossed', 'not reached'].includes(report.scaling.crossover.denoising.status))

  const md = (await app.inject('/v1/compare.md?baseline=u1r1&candidate=u1r2')).body
  t.match(md, `- Workload: **${standard}** (seed, 27,280 tokens), the one with the most samples on both sides`)
  t.match(md, '## By workload')
  t.match(md, `| [${small}](/v1/compare.md?baseline=u1r1&candidate=u1r2&workload=${small}) | — | 1,540 | 3/3 |`)
  t.match(md, `- Denoising: ${report.scaling.crossover.denoising.note}.`)
})

test('a workload no measure carries is a 400 that lists the known keys; a malformed one names the field', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  const app = await build(t, { backends: [u1r2.config, u1r1.config] })
  const unknown = await app.inject('/v1/compare?workload=t2v-64x64-5f-2s')
  t.equal(unknown.statusCode, 400)
  t.match(unknown.json().message, 'workload: unknown workload "t2v-64x64-5f-2s" (known: t2v-1280x704-97f-50s, t2v-1280x704-121f-50s, t2v-704x1280-97f-50s')
  t.match(unknown.json().message, /other\)$/)
  const md = await app.inject('/v1/compare.md?workload=t2v-64x64-5f-2s')
  t.equal(md.statusCode, 400)
  const malformed = await app.inject('/v1/compare?workload=%22%7D%20or%20vector(1)')
  t.equal(malformed.statusCode, 400)
  t.match(malformed.json().message, 'querystring.workload')
  const preset = (await app.inject('/v1/compare?workload=t2v-1280x704-121f-50s')).json()
  t.equal(preset.workload, 't2v-1280x704-121f-50s', 'a preset can be asked for before any job of it')
  t.equal(preset.total.speedup, null)
  t.equal(preset.scaling.crossover.total.status, 'no data')
})
