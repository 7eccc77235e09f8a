// SGLang's K/V-gather exchange (issue #13 item 7): a parallel dimension of its own, chosen by
// SGLang itself at sp_degree 2 (server_args/server_args.py:1309-1327 at d315eb72). The backend
// config, /v1/backends and the reports carry it.
import { test } from 'tap'
import { ConfigError, loadConfig } from '../../src/config.ts'
import { parallelOf } from '../../src/cli/perf-logs.ts'
import { build, generateCompleted, ready, startTestBackend } from '../helper.ts'

test('a kvg2 backend is shown and reported with its K/V-gather degree', async (t) => {
  const kvg2 = await startTestBackend(t, 'kvg2', { render: 'synthetic' })
  const u1r1 = await startTestBackend(t, 'u1r1', { render: 'synthetic' })
  t.equal(kvg2.config.kv_gather_degree, 2, 'the simulator\'s backend entry says it')
  const app = await build(t, { backends: [kvg2.config, u1r1.config], comparePair: { baseline: 'u1r1', candidate: 'kvg2' } })
  await ready(app)
  const backends = (await app.inject('/v1/backends')).json().data
  t.same(backends.map((b: Record<string, unknown>) => [b.name, b.sp_degree, b.ulysses_degree, b.ring_degree, b.kv_gather_degree]), [
    ['kvg2', 2, 1, 1, 2],
    ['u1r1', 1, 1, 1, 1]
  ])
  await generateCompleted(app, { backend: 'kvg2', num_frames: 121 })
  await generateCompleted(app, { backend: 'u1r1', num_frames: 121 })
  const report = (await app.inject('/v1/compare?source=gateway')).json()
  t.equal(report.candidate.kv_gather_degree, 2)
  const markdown = (await app.inject('/v1/compare.md?source=gateway')).body
  t.match(markdown, 'sp=2, ulysses=1, ring=1, kv-gather=2 on 2 GPUs (**kvg2**)')
})

test('kv_gather_degree with a ring or Ulysses degree is refused at start, as SGLang refuses it', async (t) => {
  const backend = { name: 'bad', urls: ['http://127.0.0.1:9'], sp_degree: 4, ulysses_degree: 1, ring_degree: 2, kv_gather_degree: 2, num_gpus: 4 }
  t.throws(() => loadConfig({ RINGSIDE_BACKENDS: JSON.stringify([backend]) }),
    new ConfigError('RINGSIDE_BACKENDS backend "bad": kv_gather_degree does not compose with ulysses_degree or ring_degree above 1'))
})

test('an offline report reads kvg<G> in a log\'s name as the K/V-gather degree', async (t) => {
  t.same(parallelOf('runs/kvg2/performance.log'), { sp_degree: 2, ulysses_degree: 1, ring_degree: 1, kv_gather_degree: 2, num_gpus: 2 })
  t.same(parallelOf('u1r2.log'), { sp_degree: 2, ulysses_degree: 1, ring_degree: 2, kv_gather_degree: 1, num_gpus: 2 })
})
