// Parallel configurations: names, sglang serve's flags, its defaults and its refusals
// (runtime/server_args/server_args.py at d315eb72).
import { test } from 'tap'
import { parallelConfig, parallelName, parseParallelName } from '../../src/simulator/parallel.ts'

test('a name is the configuration it spells: u<U>r<R>, kvg<G>, c2 for CFG parallel on twice the GPUs', async (t) => {
  t.same(parseParallelName('u1r2'), { numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 2, kvGatherDegree: 1, cfgDegree: 1 })
  t.same(parseParallelName('u1r1'), { numGpus: 1, spDegree: 1, ulyssesDegree: 1, ringDegree: 1, kvGatherDegree: 1, cfgDegree: 1 })
  t.same(parseParallelName('u2r2'), { numGpus: 4, spDegree: 4, ulyssesDegree: 2, ringDegree: 2, kvGatherDegree: 1, cfgDegree: 1 })
  t.same(parseParallelName('kvg2'), { numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 1, kvGatherDegree: 2, cfgDegree: 1 })
  t.same(parseParallelName('u1r2c2'), { numGpus: 4, spDegree: 2, ulyssesDegree: 1, ringDegree: 2, kvGatherDegree: 1, cfgDegree: 2 })
  for (const name of ['u1r2', 'u1r1', 'u2r2', 'kvg2', 'u1r2c2', 'u3r1']) t.equal(parallelName(parseParallelName(name)!), name, `${name} round-trips`)
  for (const name of ['ring2', 'u1', 'r2', 'u1r2c', 'U1R2', '']) t.equal(parseParallelName(name), undefined, `'${name}' is not a name`)
})

test('with no degree SGLang picks kv-gather at SP 2 and Ulysses above; the GPU count defaults to the SP degree', async (t) => {
  t.same(parallelConfig({ spDegree: 2 }), { numGpus: 2, spDegree: 2, ulyssesDegree: 1, ringDegree: 1, kvGatherDegree: 2, cfgDegree: 1 })
  t.same(parallelConfig({ numGpus: 4 }), { numGpus: 4, spDegree: 4, ulyssesDegree: 4, ringDegree: 1, kvGatherDegree: 1, cfgDegree: 1 })
  t.same(parallelConfig({}), { numGpus: 1, spDegree: 1, ulyssesDegree: 1, ringDegree: 1, kvGatherDegree: 1, cfgDegree: 1 })
  t.same(parallelConfig({ ringDegree: 4 }), { numGpus: 4, spDegree: 4, ulyssesDegree: 1, ringDegree: 4, kvGatherDegree: 1, cfgDegree: 1 })
})

test('what sglang serve refuses, and what the model cannot run, is an error naming the flag', async (t) => {
  t.throws(() => parallelConfig({ kvGatherDegree: 2, ulyssesDegree: 2 }), /--kv-gather-degree does not compose with --ulysses-degree or --ring-degree yet/)
  t.throws(() => parallelConfig({ kvGatherDegree: 2, ringDegree: 2 }), /does not compose/)
  // 24 heads: Ulysses degrees 1, 2, 3, 4, 6, 8, 12, 24 only
  t.throws(() => parallelConfig({ ulyssesDegree: 5 }), /--ulysses-degree must divide the model's 24 attention heads, got 5/)
  t.doesNotThrow(() => parallelConfig({ ulyssesDegree: 8 }))
  t.throws(() => parallelConfig({ ringDegree: 2, numGpus: 6 }), /--num-gpus must be the SP degree 2 or twice it \(CFG parallel\), got 6/)
  t.throws(() => parallelConfig({ ringDegree: 2, spDegree: 3 }), /--sp-degree must be ulysses x ring \(or kv-gather\) = 2, got 3/)
  t.throws(() => parallelConfig({ ringDegree: 1.5 }), /--ring-degree must be an integer >= 1, got 1.5/)
})
