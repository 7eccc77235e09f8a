import { test } from 'tap'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Registry } from 'prom-client'
import { createMetrics } from '../../src/metrics/metrics.ts'
import { metricNames } from '../../src/metrics/names.ts'
import { createPairParity } from '../../src/compare/pair-parity.ts'
import type { Pair, Run } from '../../src/compare/runs.ts'
import type { TrackedJob } from '../../src/jobs/job.ts'

// Only the fields parity reads: the run's id and pair, the pair's index and its two jobs.
const run = { id: 'run_t', spec: { baseline: 'u1r1', candidate: 'u1r2' } } as unknown as Run
const pair = { index: 0, jobs: { baseline: { id: 'b' }, candidate: { id: 'c' } } } as unknown as Pair

async function unmeasured (registry: Registry): Promise<number> {
  const counter = (await registry.getMetricsAsJSON()).find((m) => m.name === metricNames.outputParityPairs)
  return counter?.values.find((v) => v.labels.outcome === 'unmeasured')?.value ?? 0
}

test('without ffmpeg a pair is not measured, says why, and is counted unmeasured', async (t) => {
  const registry = new Registry()
  const parity = await createPairParity({
    download: async () => { t.fail('nothing is downloaded without ffmpeg') },
    ffmpegAvailable: async () => false,
    metrics: createMetrics(registry),
    logger: { warn: () => t.fail('not a failure worth a warning') }
  })
  t.teardown(parity.close)
  t.same(await parity.measure(pair, run), { index: 0, ssim: null, psnr: null, ok: null, error: 'ffmpeg is not installed' })
  t.same(await parity.available(), { available: false, reason: 'ffmpeg is not installed' })
  t.equal(await unmeasured(registry), 1)
})

test('a pair whose video cannot be downloaded is reported with the reason, logged, and leaves no file behind', async (t) => {
  const registry = new Registry()
  const root = await mkdtemp(join(tmpdir(), 'ringside-parity-test-'))
  const warnings: object[] = []
  const parity = await createPairParity({
    async download (job: TrackedJob, path: string) {
      await writeFile(path, 'partial')
      if (job.id === 'c') throw new Error('backend u1r2 forgot the job')
    },
    ffmpegAvailable: async () => true,
    metrics: createMetrics(registry),
    logger: { warn: (obj) => { warnings.push(obj) } },
    root
  })
  const result = await parity.measure(pair, run)
  t.same(result, { index: 0, ssim: null, psnr: null, ok: null, error: 'backend u1r2 forgot the job' })
  t.match(warnings, [{ run: 'run_t', pair: 0 }])
  t.equal(await unmeasured(registry), 1)
  t.same(await readdir(root), [], 'both partial videos are removed')
  t.equal(parity.framePath(run, pair, 'baseline'), join(root, 'run_t-0-baseline.png'))
  await parity.close()
  t.notOk(existsSync(root), 'closing removes the directory')
})
