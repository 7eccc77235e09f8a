import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, ready, startTestBackend } from '../helper.ts'
import { pngOf } from '../security/images.ts'

// Issue #14: with 8 workloads x 2 backends the gateway stays at or under ~5,000 series on
// /metrics, every exposed sample line counted, prom-client's process metrics included.
const seriesBudget = 5000

/** Sample lines of an exposition: every line that is not blank, HELP or TYPE. */
function seriesIn (exposition: string): number {
  return exposition.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length
}

async function generate (app: FastifyInstance, backend: string, shape: Record<string, unknown>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=20' }, payload: { prompt: 'a lighthouse', backend, ...shape } })
  return res.json().status
}

/**
 * What clients and operators ask besides submits, so the RED series (a counter per route, method
 * and status, a histogram per route and method) of a day's traffic are counted too: polls and
 * downloads on both APIs, a cancel, health checks, the comparison, a page, a scanner's 404s.
 */
async function everydayTraffic (app: FastifyInstance): Promise<void> {
  const done = await app.inject({ method: 'POST', url: '/v1/video/generate', headers: { prefer: 'wait=20' }, payload: { prompt: 'a lighthouse', size: '320x176', num_frames: 9 } })
  const { id } = done.json() as { id: string }
  const urls = [
    `/v1/video/jobs/${id}`, `/v1/video/jobs/${id}/content`, `/v1/videos/${id}`, `/v1/videos/${id}/content`, '/v1/videos', '/v1/backends',
    '/health/live', '/health/ready', '/v1/compare', '/v1/compare/runs', '/compare', '/v1/models', '/nothing', '/v1/video/jobs/forged'
  ]
  for (const url of urls) {
    await app.inject(url)
    await app.inject({ method: 'HEAD', url })
  }
  await app.inject({ method: 'DELETE', url: `/v1/videos/${id}` })
}

/** An image-to-video job: the reference image uploaded to the OpenAI-compatible route, as a client would. */
async function generateFromImage (app: FastifyInstance, backend: string): Promise<number> {
  const form = new FormData()
  form.append('prompt', 'the lighthouse in the picture')
  form.append('backend', backend)
  form.append('input_reference', new Blob([new Uint8Array(pngOf(64, 64, 256))], { type: 'image/png' }), 'lighthouse.png')
  const body = new Response(form)
  const res = await app.inject({
    method: 'POST', url: '/v1/videos', headers: { 'content-type': body.headers.get('content-type')! }, payload: Buffer.from(await body.arrayBuffer())
  })
  return res.statusCode
}

test('eight workloads and other on two backends, every series populated, stay within the series budget', async (t) => {
  const u1r2 = await startTestBackend(t, 'u1r2')
  const u1r1 = await startTestBackend(t, 'u1r1')
  // The shipped defaults: four presets (default, seed, portrait, i2v) and four more shapes seen, then `other`
  const app = await build(t, { backends: [u1r2.config, u1r1.config], pollMaxMs: 20 })
  await ready(app)
  const shapes = [
    {}, { num_frames: 121 }, { size: '704x1280' },
    ...[17, 25, 33, 41].map((frames) => ({ size: '320x176', num_frames: frames, num_inference_steps: 4 })),
    { size: '176x320', num_frames: 9, num_inference_steps: 2 }
  ]
  for (const backend of ['u1r2', 'u1r1']) {
    for (const shape of shapes) t.equal(await generate(app, backend, shape), 'completed', `${JSON.stringify(shape)} on ${backend}`)
    t.ok(await generateFromImage(app, backend) < 300, `i2v on ${backend}`)
  }
  // Failed jobs fill the failed outcome of every workload
  for (const simulator of [u1r2.simulator, u1r1.simulator]) simulator.setFaults({ failJobs: true })
  for (const backend of ['u1r2', 'u1r1']) {
    for (const shape of shapes) await generate(app, backend, shape)
    await generateFromImage(app, backend)
  }
  await everydayTraffic(app)
  const exposition = (await app.inject('/metrics')).body
  const workloads = new Set([...exposition.matchAll(/workload="([^"]+)"/g)].map((match) => match[1]))
  t.equal(workloads.size, 9, `the 8 workload labels and other: ${[...workloads].join(', ')}`)
  const series = seriesIn(exposition)
  t.ok(series <= seriesBudget, `${series} series on /metrics, at most ${seriesBudget}; the largest: ${largestFamilies(exposition)}`)
  // Every histogram of every workload is there: the count is of a full exposition, not of zeroes
  t.match(exposition, /ringside_request_duration_seconds_count\{backend="u1r1",workload="other",outcome="failed"\} [1-9]/)
  t.match(exposition, /ringside_stage_duration_seconds_count\{backend="u1r2",workload="i2v-1280x704-97f-50s",stage="Decoding"\} 1/)
  const routes = new Set([...exposition.matchAll(/ringside_http_request_duration_seconds_count\{route="([^"]+)",method="(\w+)"\}/g)].map((match) => `${match[2]} ${match[1]}`))
  t.ok(routes.size >= 28, `RED histograms of ${routes.size} routes and methods are counted`)
})

test('the series count is every sample line of the exposition, comments and blank lines aside', async (t) => {
  const exposition = [
    '# HELP x_seconds x', '# TYPE x_seconds histogram', 'x_seconds_bucket{le="1"} 0', 'x_seconds_bucket{le="+Inf"} 0', 'x_seconds_sum 0', 'x_seconds_count 0',
    '', '# TYPE up gauge', 'up 1', ''
  ].join('\n')
  t.equal(seriesIn(exposition), 5)
})

/** The metric families with most sample lines, for the message of a budget overrun. */
function largestFamilies (exposition: string): string {
  const families = new Map<string, number>()
  for (const line of exposition.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const family = line.replace(/(_bucket|_sum|_count)?[{ ].*$/, '')
    families.set(family, (families.get(family) ?? 0) + 1)
  }
  return [...families].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([family, n]) => `${family} ${n}`).join(', ')
}
