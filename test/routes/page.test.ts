import t from 'tap'
import type { Test } from 'tap'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Browser, Page, Response } from 'playwright-core'
import { startPollGate } from '../gate.ts'
import { build, eventually, ready, sequentialTraffic, startTestBackend } from '../helper.ts'

type App = Awaited<ReturnType<typeof build>>

const chromiumPath = '/usr/bin/chromium'
const screenshots = join(import.meta.dirname, '..', '..', '.tap', 'screenshots')
const csp = 'default-src \'none\'; img-src \'self\' data:; style-src \'self\'; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\''

// CI installs both; a machine without them must fail here, not skip the only browser check.
async function launchBrowser (): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: apt-get install chromium`)
  let playwright: typeof import('playwright-core')
  try {
    playwright = await import('playwright-core')
  } catch (err) {
    throw new Error('playwright-core is missing: npm i -D playwright-core', { cause: err })
  }
  return playwright.chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}

// Real Chromium and real ffmpeg renders on a shared 2-CPU CI machine: more than the default 120 s budget.
t.setTimeout(240_000)
const browser = await launchBrowser()
t.teardown(() => browser.close())
await mkdir(screenshots, { recursive: true })

// Real videos (ffmpeg) only where parity is checked: rendering them is most of a pair's time.
async function setup (t: Test, { render = 'synthetic' as 'synthetic' | 'ffmpeg', gated = false } = {}) {
  const options = { timeScale: 0.002, render }
  const u1r2 = await startTestBackend(t, 'u1r2', options)
  const u1r1 = await startTestBackend(t, 'u1r1', options)
  // Gated: each backend behind a poll gate, for a test that must see a run still running
  const gates = gated ? await Promise.all([u1r2, u1r1].map((backend) => startPollGate(t, backend.simulator.url))) : []
  const configs = [u1r2, u1r1].map((backend, i) => gated ? { ...backend.config, urls: [gates[i]!.url] } : backend.config)
  const app = await build(t, { backends: configs })
  await ready(app)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return { app, origin, u1r2, u1r1, gates }
}

interface Visit { page: Page, response: Response, problems: string[] }

/** Opens a page and records everything a user's browser would complain about. */
async function visit (t: Test, origin: string, path: string, { javaScriptEnabled = true } = {}): Promise<Visit> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1200, height: 900 } })
  t.teardown(() => context.close())
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`) })
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on('request', (request) => { if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:')) problems.push(`external request: ${request.url()}`) })
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`) })
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' })
  if (!response) throw new Error(`no response for ${path}`)
  return { page, response, problems }
}

async function cellText (page: Page, section: string, row: string, col: string) {
  return page.locator(`#${section} tr[data-row="${row}"] [data-col="${col}"]`).innerText()
}

// As the seed page prints them: stages to 4 decimals, Total to 2, two significant digits when tiny.
const seconds = (value: number, digits: number) => value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits ? value.toPrecision(2) : value.toFixed(digits)
const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)}`

async function finished (app: App, id: string) {
  return eventually(async () => {
    const run = (await app.inject(`/v1/compare/runs/${id}`)).json()
    return run.status !== 'running' && run
  }, { timeoutMs: 60_000, intervalMs: 50 })
}

t.test('the live compare page shows the JSON\'s numbers and a bar per stage and side, in real Chromium with scripts off', async (t) => {
  const { app, origin } = await setup(t)
  const empty = await app.inject('/compare')
  t.equal(empty.statusCode, 200, 'renders before any traffic')
  t.match(empty.body, 'Not enough samples for a verdict')

  await sequentialTraffic(t, app, 4)
  // A second, smaller workload: its own row, link and point on the scaling chart, never in the tables above
  const small = 't2v-640x352-25f-50s'
  for (let i = 0; i < 3; i++) {
    const ids = await Promise.all(['u1r1', 'u1r2'].map(async (backend) => (await app.inject({
      method: 'POST', url: '/v1/video/generate', payload: { prompt: `a kite ${i}`, backend, seed: i, size: '640x352', num_frames: 25 }
    })).json().id as string))
    await eventually(async () => (await Promise.all(ids.map(async (id) => (await app.inject(`/v1/video/jobs/${id}`)).json().status))).every((s) => s === 'completed'))
  }
  // Scripts off: the page must be readable without them (it has none).
  const { page, response, problems } = await visit(t, origin, '/compare?baseline=u1r1&candidate=u1r2', { javaScriptEnabled: false })
  const report = (await app.inject('/v1/compare?baseline=u1r1&candidate=u1r2')).json()
  t.equal(response.status(), 200)
  t.equal(response.headers()['content-security-policy'], csp)
  t.equal(response.headers()['content-type'], 'text/html; charset=utf-8')
  t.equal(await page.locator('script').count(), 0, 'no script at all')

  const cell = (section: string, row: string, col: string) => cellText(page, section, row, col)
  for (const row of report.stages) {
    t.equal(await cell('stages', row.name, 'candidate'), seconds(row.candidate.mean_seconds, 4), `${row.name} u1r2`)
    t.equal(await cell('stages', row.name, 'baseline'), seconds(row.baseline.mean_seconds, 4), `${row.name} u1r1`)
    t.equal(await cell('stages', row.name, 'speedup'), `${row.speedup.toFixed(2)}x`, `${row.name} speedup`)
    t.equal(await cell('stages', row.name, 'n'), `${row.candidate.n}/${row.baseline.n}`, `${row.name} n`)
  }
  const { total } = report
  t.equal(await cell('stages', 'Total', 'candidate'), total.candidate.mean_seconds.toFixed(2))
  t.equal(await cell('stages', 'Total', 'baseline'), total.baseline.mean_seconds.toFixed(2))
  t.equal(await cell('stages', 'Total', 'ci95'), `${total.speedup_ci95.low.toFixed(2)}–${total.speedup_ci95.high.toFixed(2)}x`)

  const memory = Object.fromEntries(report.memory.map((row: { name: string }) => [row.name, row]))
  t.equal(await cell('memory', 'peak_gpu_memory', 'candidate'), memory.peak_gpu_memory.candidate.toFixed(2))
  t.equal(await cell('memory', 'peak_allocated', 'baseline'), memory.peak_allocated.baseline.toFixed(2))
  t.equal(await cell('memory', 'peak_gpu_memory', 'delta'), signed(memory.peak_gpu_memory.delta))
  t.equal(await cell('memory', 'overhead_ratio', 'candidate'), `${(memory.overhead_ratio.candidate * 100).toFixed(1)}%`)
  t.equal(await cell('cost', 'gpu_seconds_per_video', 'candidate'), report.cost.candidate.gpu_seconds_per_video.toFixed(2))
  t.equal(await page.locator('[data-field="parallel_efficiency"]').innerText(), `${(report.cost.parallel_efficiency * 100).toFixed(1)}%`)
  t.equal(await cell('steps', 'steps', 'baseline'), String(report.denoise_steps.baseline.steps))
  t.equal(await page.locator('#summary p').innerText(), report.verdict, 'the summary paragraph is the JSON\'s verdict')
  t.same(await page.locator('#stages thead th').allInnerTexts(), ['Stage / Metric', 'u1r2 (s)', 'u1r1 baseline (s)', 'Speedup', '95% CI', 'n'])
  t.same((await page.locator('#memory thead th').allInnerTexts()).slice(0, 4), ['Memory Metric', 'u1r2 (GiB)', 'u1r1 baseline (GiB)', 'Delta'])

  for (const row of report.stages) {
    for (const side of ['candidate', 'baseline']) {
      const bar = page.locator(`#stage-times rect[data-stage="${row.name}"][data-side="${side}"]`)
      t.equal(await bar.count(), 1, `a bar for ${row.name} on ${side}`)
      t.match(await bar.locator('title').textContent(), `${seconds(row[side].mean_seconds, 4)} s`, 'its title says the time')
      t.ok((await bar.boundingBox())!.width > 0, `${row.name} ${side} is drawn`)
    }
    t.equal(await page.locator(`#speedups rect[data-stage="${row.name}"]`).count(), 1, `a speedup bar for ${row.name}`)
  }
  t.equal(await page.locator('#speedups rect[data-stage="Total"]').count(), 1)
  t.equal(await page.locator('#speedups .reference').count(), 1, 'the 1.00x reference line')
  t.equal(await page.locator('#memory svg rect[data-metric]').count(), 4, 'reserved and allocated per side')

  t.equal(await page.locator('[data-field="workload"]').innerText(), report.workload)
  t.same(await page.locator('#workloads tbody th a').allInnerTexts(), report.workloads.map((w: { key: string }) => w.key), 'a link per workload seen')
  t.equal(await page.locator('#workloads tr.current th').innerText(), report.workload)
  for (const point of report.scaling.points) {
    for (const metric of ['denoising', 'total']) {
      const mark = page.locator(`#scaling circle[data-workload="${point.workload}"][data-metric="${metric}"]`)
      t.equal(await mark.count(), 1, `a ${metric} point for ${point.workload}`)
      t.match(await mark.locator('title').textContent(), `${point[metric].speedup.toFixed(2)}x`)
      t.ok((await mark.boundingBox())!.width > 0, 'drawn')
    }
  }
  t.equal(await page.locator('#scaling .reference').count(), 1, 'the 1.00x line')
  t.equal(await page.locator('#scaling line.crossover').count(), ['denoising', 'total'].filter((m) => report.scaling.crossover[m].tokens !== null).length)
  t.equal(await page.locator('#workloads li[data-metric="denoising"]').innerText(), `Denoising: ${report.scaling.crossover.denoising.note}.`)

  await page.screenshot({ path: join(screenshots, 'compare.png'), fullPage: true })
  t.same(problems, [], 'no console error, page error, failed or external request')

  // Following a workload's link keeps the pair and compares that workload alone
  await page.locator('#workloads a', { hasText: small }).click()
  t.equal(new URL(page.url()).search, `?baseline=u1r1&candidate=u1r2&workload=${small}`)
  t.equal(await page.locator('[data-field="workload"]').innerText(), small)
  t.equal(await cellText(page, 'stages', 'Total', 'n'), '3/3')
})

t.test('the compare page answers a person: 400 naming the field, 404 for an unknown run, its own stylesheet', async (t) => {
  const { app } = await setup(t)
  const unknown = await app.inject('/compare?baseline=u9r9')
  t.equal(unknown.statusCode, 400)
  t.match(unknown.headers['content-type'], /^text\/html/)
  t.equal(unknown.headers['content-security-policy'], csp)
  t.match(unknown.body, 'baseline: unknown backend &quot;u9r9&quot;')
  const invalid = await app.inject('/compare?candidate=%3Cscript%3E')
  t.equal(invalid.statusCode, 400)
  t.match(invalid.body, 'querystring.candidate')
  t.notMatch(invalid.body, '<script>', 'the query never comes back as markup')
  const workload = await app.inject('/compare?workload=t2v-64x64-5f-2s')
  t.equal(workload.statusCode, 400)
  t.match(workload.body, 'workload: unknown workload &quot;t2v-64x64-5f-2s&quot; (known: t2v-1280x704-97f-50s')
  const missing = await app.inject('/compare/runs/run_nope')
  t.equal(missing.statusCode, 404)
  t.match(missing.headers['content-type'], /^text\/html/)
  t.match(missing.body, 'Run run_nope not found')
  const css = await app.inject('/compare/style.css')
  t.equal(css.statusCode, 200)
  t.equal(css.headers['content-type'], 'text/css; charset=utf-8')
  t.match(css.body, 'tabular-nums')
})

t.test('a paired run\'s page refreshes while it runs, then shows both frames of every pair with its SSIM', async (t) => {
  const { app, origin, gates } = await setup(t, { render: 'ffmpeg', gated: true })
  const prompt = 'a paper boat <b>on</b> "still" water & ink'
  // No job of the run can be seen to complete until the page has been read while it runs
  for (const gate of gates) gate.hold()
  const start = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt }, pairs: 3, warmup: 0, parity: true } })
  t.equal(start.statusCode, 202)
  const { id } = start.json()
  const running = await app.inject(`/compare/runs/${id}`)
  for (const gate of gates) gate.release()
  t.equal(running.statusCode, 200)
  t.equal(running.headers['content-security-policy'], csp)
  t.match(running.body, '<meta http-equiv="refresh" content="2">', 'refreshes while running')
  t.match(running.body, 'data-field="eta"')

  const run = await finished(app, id)
  t.equal(run.status, 'completed', run.error)
  const { page, problems } = await visit(t, origin, `/compare/runs/${id}`)
  t.equal(await page.locator('meta[http-equiv="refresh"]').count(), 0, 'no refresh once done')
  t.equal(await page.locator('[data-field="status"]').textContent(), 'completed')
  t.equal(await page.locator('[data-field="progress"]').innerText(), '3 of 3 pairs')
  t.match(await page.locator('#status').innerText(), prompt, 'the prompt is shown as text, not markup')
  t.equal(await page.locator('#status b').count(), 0)

  for (const pair of run.pairs) {
    const card = page.locator(`article.pair[data-pair="${pair.index}"]`)
    t.equal(await card.locator('[data-field="ssim"]').innerText(), `SSIM ${pair.parity.ssim.toFixed(4)}`, `pair ${pair.index} SSIM`)
    for (const side of ['candidate', 'baseline']) {
      const img = card.locator(`img[data-side="${side}"]`)
      t.equal(await img.getAttribute('src'), pair.frames[side])
      t.ok(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), `pair ${pair.index} ${side} frame loaded`)
    }
  }
  t.equal(await page.locator('article.pair.flagged').count(), 0)
  t.equal(await cellText(page, 'pairs', '0', 'ssim'), run.pairs[0].parity.ssim.toFixed(4))
  await page.screenshot({ path: join(screenshots, 'run.png'), fullPage: true })
  t.same(problems, [], 'no console error, page error, failed or external request')
})

t.test('pairs whose outputs differ are highlighted on the run page', async (t) => {
  const { app, origin, u1r2 } = await setup(t, { render: 'ffmpeg' })
  u1r2.simulator.setFaults({ corruptOutput: true })
  const { id } = (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a lantern on a lake' }, pairs: 2, warmup: 0 } })).json()
  const run = await finished(app, id)
  t.equal(run.report.parity.flagged, 2)
  const { page, problems } = await visit(t, origin, `/compare/runs/${id}`)
  t.equal(await page.locator('article.pair.flagged').count(), 2)
  t.equal(await page.locator('#pairs tr.flagged').count(), 2)
  t.match(await page.locator('#summary').innerText(), /Outputs differ: 2 of 2 pairs/)
  await page.screenshot({ path: join(screenshots, 'run-flagged.png'), fullPage: true })
  t.same(problems, [])
})

t.test('a sweep run\'s page shows one workload\'s report, links to each and draws speedup against size', async (t) => {
  const { app, origin } = await setup(t)
  const payload = { template: { prompt: 'a kite' }, workloads: [{ size: '640x352', num_frames: 25 }, { num_frames: 121 }], pairs: 3, warmup: 0, parity: false }
  const run = await finished(app, (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload })).json().id)
  t.equal(run.status, 'completed')
  const { page, problems } = await visit(t, origin, `/compare/runs/${run.id}`, { javaScriptEnabled: false })
  t.equal(await page.locator('[data-field="workload"]').innerText(), run.report.workload, 'the report of the workload with the most pairs')
  t.same(await page.locator('#workloads tbody th a').allInnerTexts(), run.workloads.map((w: { key: string }) => w.key))
  t.equal(await page.locator('#scaling circle[data-metric="denoising"]').count(), 2, 'a point per workload')
  t.same(await page.locator('#pairs [data-col="workload"]').allInnerTexts(), run.pairs.map((p: { workload: string }) => p.workload))
  const other = run.reports[1].workload
  await page.locator('#workloads a', { hasText: other }).click()
  t.equal(await page.locator('[data-field="workload"]').innerText(), other)
  t.equal(await cellText(page, 'stages', 'Total', 'n'), '3/3')
  await page.screenshot({ path: join(screenshots, 'run-sweep.png'), fullPage: true })
  t.same(problems, [])
  const unknown = await app.inject(`/compare/runs/${run.id}?workload=t2v-64x64-5f-2s`)
  t.equal(unknown.statusCode, 400)
  t.match(unknown.body, `(known: ${run.reports.map((r: { workload: string }) => r.workload).join(', ')})`)
})

t.test('a failed run\'s page says why and stops refreshing', async (t) => {
  const { app, u1r2 } = await setup(t)
  const { id } = (await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a kite' }, pairs: 50, warmup: 0, parity: false } })).json()
  await eventually(async () => (await app.inject(`/v1/compare/runs/${id}`)).json().progress.pairs_done >= 2)
  u1r2.simulator.setFaults({ die: true })
  const run = await finished(app, id)
  t.equal(run.status, 'failed')
  const res = await app.inject(`/compare/runs/${id}`)
  t.equal(res.statusCode, 200)
  t.notMatch(res.body, 'http-equiv="refresh"')
  t.match(res.body, 'data-field="error"')
  t.match(res.body, /Failed:.*u1r2/)
  t.match(res.body, 'Output parity is off for this run.')
})

t.test('GET / is a landing page: what runs behind the gateway and links that work, in real Chromium', async (t) => {
  const { origin } = await setup(t)
  const { page, response, problems } = await visit(t, origin, '/', { javaScriptEnabled: false })
  t.equal(response.status(), 200)
  t.equal(response.headers()['content-security-policy'], csp)
  t.equal(response.headers()['content-type'], 'text/html; charset=utf-8')
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  t.match(await page.locator('h1').innerText(), `Ringside ${version}`)
  // The seed's two configurations, as the test backends are configured (u1r2: sp=2 over 2 GPUs)
  const rows = await page.locator('tbody tr').allInnerTexts()
  t.match(rows.find((row) => row.startsWith('u1r2')), /u1r2\s+up\s+2\s+sp=2, ulysses=1, ring=2/)
  t.match(rows.find((row) => row.startsWith('u1r1')), /u1r1\s+up\s+1\s+sp=1, ulysses=1, ring=1/)
  for (const href of ['/v1/compare.md', '/v1/compare/runs', '/v1/backends', '/docs', '/metrics', '/health/ready']) {
    t.equal(await page.locator(`ul a[href="${href}"]`).count(), 1, `links ${href}`)
    t.equal((await fetch(`${origin}${href}`)).status, 200, `${href} answers`)
  }
  await page.locator('a', { hasText: 'The live comparison' }).click()
  await page.waitForURL(`${origin}/compare?baseline=u1r1&candidate=u1r2`)
  t.match(await page.title(), /u1r2/, 'the comparison link opens the compare page of the default pair')
  t.same(problems, [], 'nothing failed, nothing external was fetched')
})
