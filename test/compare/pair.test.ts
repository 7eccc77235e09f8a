import { test } from 'tap'
import { resolveComparePair } from '../../src/compare/pair.ts'
import { ConfigError, loadConfig } from '../../src/config.ts'
import { build, startTestBackend } from '../helper.ts'

const ring = { name: 'u1r2', num_gpus: 2 }
const single = { name: 'u1r1', num_gpus: 1 }

test('with no pair configured, the backend with the fewest GPUs is the baseline and the next the candidate', async (t) => {
  t.same(resolveComparePair(undefined, [ring, single]), { baseline: 'u1r1', candidate: 'u1r2' })
  t.same(resolveComparePair(undefined, [single, ring]), { baseline: 'u1r1', candidate: 'u1r2' })
  const a = { name: 'a', num_gpus: 4 }
  const b = { name: 'b', num_gpus: 4 }
  t.same(resolveComparePair(undefined, [a, b, { name: 'c', num_gpus: 8 }]), { baseline: 'a', candidate: 'b' }, 'equal GPUs: the configured order')
  t.same(resolveComparePair(undefined, [ring]), { baseline: 'u1r2', candidate: 'u1r2' }, 'a single backend is compared with itself')
})

test('a configured pair wins, and one naming a backend nobody configured stops the start naming the setting', async (t) => {
  t.same(resolveComparePair({ baseline: 'u1r2', candidate: 'u1r1' }, [ring, single]), { baseline: 'u1r2', candidate: 'u1r1' })
  t.throws(() => resolveComparePair({ baseline: 'u1r1', candidate: 'u9r9' }, [ring, single]),
    new ConfigError('RINGSIDE_COMPARE_PAIR names candidate "u9r9", which is not a configured backend (known: u1r2, u1r1)'))
})

test('RINGSIDE_COMPARE_PAIR is read as baseline,candidate, and anything else names the variable', async (t) => {
  t.same(loadConfig({ RINGSIDE_COMPARE_PAIR: 'u1r2, u1r1' }).comparePair, { baseline: 'u1r2', candidate: 'u1r1' })
  t.equal(loadConfig({}).comparePair, undefined)
  t.throws(() => loadConfig({ RINGSIDE_COMPARE_PAIR: 'u1r1' }), { name: 'ConfigError', message: /^RINGSIDE_COMPARE_PAIR is not valid/ })
  t.throws(() => loadConfig({ RINGSIDE_COMPARE_PAIR: 'U1R1,u1r2' }), { name: 'ConfigError', message: /^RINGSIDE_COMPARE_PAIR/ })
})

test('the configured pair is what /v1/compare and a paired run take when the request names neither side', async (t) => {
  const [u1r2, u1r1] = await Promise.all([startTestBackend(t, 'u1r2'), startTestBackend(t, 'u1r1')])
  const app = await build(t, { backends: [u1r2.config, u1r1.config], comparePair: { baseline: 'u1r2', candidate: 'u1r1' } })
  const report = (await app.inject('/v1/compare')).json()
  t.equal(report.baseline.name, 'u1r2')
  t.equal(report.candidate.name, 'u1r1')
  const run = await app.inject({ method: 'POST', url: '/v1/compare/runs', payload: { template: { prompt: 'a kite' }, pairs: 1, warmup: 0, parity: false } })
  t.equal(run.statusCode, 202)
  t.match(run.json(), { baseline: 'u1r2', candidate: 'u1r1' })
  const docs = (await app.inject('/docs/json')).json()
  const baseline = docs.paths['/v1/compare'].get.parameters.find((p: { name: string }) => p.name === 'baseline')
  t.equal(baseline.schema.default, 'u1r2', 'the OpenAPI document shows the configured default')
  await app.runs.get(run.json().id)?.done
})
