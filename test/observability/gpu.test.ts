import type { AddressInfo } from 'node:net'
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, eventually, ready, startTestBackend } from '../helper.ts'
import { dashboardQueries, finiteValues, readDashboard, startPrometheus, substitute, testVariables, type Prometheus } from './helper.ts'
import { fakeGpus, startFakeDcgm } from './dcgm.ts'

// The GPU row against a real Prometheus scraping the gateway and a fake dcgm-exporter: DCGM's
// series reach the backend each GPU runs, by index or by UUID, and energy per video is the
// energy of the backend's GPUs over its completed jobs.

async function generate (app: FastifyInstance, backend: string): Promise<string> {
  const payload = { prompt: 'a kettle on a stove', backend, size: '320x176', num_frames: 9, num_inference_steps: 2 }
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=20' }, payload })
  return res.json().status
}

const samples = async (prometheus: Prometheus, series: string) => finiteValues(await prometheus.query(`count_over_time(${series}[10m])`))[0] ?? 0
const latest = async (prometheus: Prometheus, series: string) => finiteValues(await prometheus.query(series))[0]

/** The values of a dashboard panel's query, by backend, as an instant query over the last 10 minutes. */
async function panelByBackend (prometheus: Prometheus, title: string, refId = 'A'): Promise<Record<string, number>> {
  const query = dashboardQueries(readDashboard()).find((q) => q.panel.endsWith(` ${title}`) && q.refId === refId)
  if (!query) throw new Error(`no panel ${title}`)
  const result = await prometheus.query(substitute(query.expr, { ...testVariables, __range: '10m' }))
  return Object.fromEntries((result.data?.result ?? []).map((sample) => [sample.metric.backend ?? '', Number(sample.value?.[1])]))
}

/** The gateway listening, a fake DCGM exporter of `gpus`, and a real Prometheus scraping both every second. */
async function scrapeWithDcgm (t: Parameters<typeof build>[0], app: Awaited<ReturnType<typeof build>>, gpus: ReturnType<typeof fakeGpus>) {
  await ready(app)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const dcgm = await startFakeDcgm(t, gpus)
  const prometheus = await startPrometheus(t, {
    global: { scrape_interval: '1s', evaluation_interval: '1s' },
    scrape_configs: [
      { job_name: 'ringside', static_configs: [{ targets: [`127.0.0.1:${(app.server.address() as AddressInfo).port}`] }] },
      { job_name: 'dcgm', static_configs: [{ targets: [dcgm.target] }] }
    ]
  })
  return { dcgm, prometheus }
}

test('energy per video on the dashboard is the energy of each backend\'s own GPUs over the videos it completed', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.002 })
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.002 })
  const gpus = fakeGpus()
  // u1r2 by index, u1r1 by UUID; GPU 3 belongs to no backend and must count for none
  const app = await build(t, { backends: [{ ...u1r2.config, gpus: ['0', '1'] }, { ...u1r1.config, gpus: [gpus[2]!.UUID] }], pollMaxMs: 20 })
  const { dcgm, prometheus } = await scrapeWithDcgm(t, app, gpus)
  const jobs = (backend: string) => `ringside_jobs_total{backend="${backend}",outcome="completed"}`
  const energy = (gpu: string) => `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="${gpu}"}`
  // Before any work: scrapes of both targets at 0 jobs and 0 mJ (a host just booted)
  await eventually(async () => (await samples(prometheus, jobs('u1r1'))) >= 8 && (await samples(prometheus, energy('0'))) >= 8, { timeoutMs: 30_000, intervalMs: 250 })

  for (const backend of ['u1r2', 'u1r2', 'u1r1']) t.equal(await generate(app, backend), 'completed', `a video on ${backend}`)
  // Hand-set energies, in mJ: u1r2's two GPUs 90 kJ each for its 2 videos, u1r1's one 45 kJ for its 1
  gpus[0]!.energy = 90_000_000
  gpus[1]!.energy = 90_000_000
  gpus[2]!.energy = 45_000_000
  gpus[3]!.energy = 1_000_000_000
  await eventually(async () => (await latest(prometheus, jobs('u1r2'))) === 2 && (await latest(prometheus, energy('3'))) === 1e9, { timeoutMs: 20_000, intervalMs: 250 })
  // Then as many more of both at the final values
  const [energySamples, jobSamples] = [await samples(prometheus, energy('3')), await samples(prometheus, jobs('u1r1'))]
  await eventually(async () => (await samples(prometheus, energy('3'))) >= energySamples + 8 && (await samples(prometheus, jobs('u1r1'))) >= jobSamples + 8,
    { timeoutMs: 20_000, intervalMs: 250 })

  // Both targets stop. Two failed scrapes later, more than 1.1 scrape intervals have passed since
  // each series' last sample, so increase() extrapolates it by half an interval past that sample
  // (and not before its first, a counter at 0): a factor 1 + 1/(2(n - 1)) for n samples. Series of
  // n and n + d samples differ by about d/(2n²): under 0.5% for the 16+ samples each has here and
  // targets a scrape or two apart (d <= 2), so the ratio is the hand's within 1%.
  await dcgm.close()
  await app.close()
  const failedScrapes = (job: string) => latest(prometheus, `count_over_time(up{job="${job}"}[1m]) - sum_over_time(up{job="${job}"}[1m])`)
  await eventually(async () => (await failedScrapes('dcgm') ?? 0) >= 2 && (await failedScrapes('ringside') ?? 0) >= 2, { timeoutMs: 20_000, intervalMs: 250 })
  const perVideo = await panelByBackend(prometheus, 'Energy per video')
  // (90,000 J + 90,000 J) / 2 videos and 45,000 J / 1 video
  const expected = { u1r2: 90_000, u1r1: 45_000 }
  t.same(Object.keys(perVideo).sort(), ['u1r1', 'u1r2'], 'one value per backend, GPU 3 belongs to none')
  for (const [backend, joules] of Object.entries(expected)) {
    t.ok(Math.abs(perVideo[backend]! - joules) / joules < 0.01, `${backend}: ${perVideo[backend]} J per video, by hand ${joules}`)
  }
  const n = await panelByBackend(prometheus, 'Energy per video', 'B')
  // Shown with no decimals, as the panel does: the same extrapolation puts 2 at ~2.05
  t.same({ u1r2: Math.round(n.u1r2!), u1r1: Math.round(n.u1r1!) }, { u1r2: 2, u1r1: 1 }, 'n: the videos each backend completed')
})

test('utilisation, memory and power reach the backend each GPU runs, whether it is named by index or by UUID', async (t) => {
  const u1r1 = await startTestBackend(t, 'u1r1', { timeScale: 0.002 })
  const u1r2 = await startTestBackend(t, 'u1r2', { timeScale: 0.002 })
  const gpus = fakeGpus()
  const app = await build(t, { backends: [{ ...u1r2.config, gpus: [gpus[0]!.UUID, gpus[1]!.UUID] }, { ...u1r1.config, gpus: ['2'] }] })
  const { prometheus } = await scrapeWithDcgm(t, app, gpus)
  await eventually(async () => (await latest(prometheus, 'count(up == 1)')) === 2 && (await latest(prometheus, 'count(ringside_backend_info)')) === 3,
    { timeoutMs: 30_000, intervalMs: 250 })
  // fakeGpus(): power 300, 310, 320, 330 W; memory 20,000 + 1,000 i MiB; utilisation 50 + 10 i %
  t.same(await panelByBackend(prometheus, 'Power'), { u1r2: 300 + 310, u1r1: 320 }, 'watts of each backend\'s GPUs together')
  const memory = await prometheus.query(substitute(dashboardQueries(readDashboard()).find((q) => q.panel.endsWith(' GPU memory used'))!.expr))
  const mib = 1024 * 1024
  t.same(Object.fromEntries((memory.data?.result ?? []).map((s) => [`${s.metric.backend} ${s.metric.gpu}`, Number(s.value?.[1])])),
    { 'u1r2 0': 20_000 * mib, 'u1r2 1': 21_000 * mib, 'u1r1 2': 22_000 * mib }, 'bytes per GPU, GPU 3 nowhere')
})
