import { test } from 'tap'
import { generationParams, openEnvelopes, outputsRequested } from '../../src/schemas/generate.ts'

// Hand-evaluated with SGLang's rule at d315eb72 (entrypoints/openai/video_api.py:353-355, 370):
// num_outputs = num_outputs_per_prompt if not None else (n or 1); max(1, min(int(num_outputs), 10))
test('the number of videos is read as SGLang reads it: num_outputs_per_prompt, else n or 1, clamped to 1..10', async (t) => {
  t.equal(outputsRequested({}), undefined, 'neither named: SGLang\'s default applies')
  t.equal(outputsRequested({ num_outputs_per_prompt: 3, n: 5 }), 3)
  t.equal(outputsRequested({ n: 4 }), 4)
  t.equal(outputsRequested({ n: 0 }), 1)
  t.equal(outputsRequested({ num_outputs_per_prompt: 0, n: 4 }), 1, 'a 0 that was given is clamped, not replaced by n')
  t.equal(outputsRequested({ n: -3 }), 1)
  t.equal(outputsRequested({ n: 20 }), 10)
})

test('the count goes to the backend as num_outputs_per_prompt alone, and server-side paths never go', async (t) => {
  t.same(generationParams({ prompt: 'p', n: 12, perf_dump_path: '/etc/x', output_path: '/tmp' }), { prompt: 'p', num_outputs_per_prompt: 10 })
  t.same(generationParams({ prompt: 'p' }), { prompt: 'p' })
})

// SGLang opens extra_body and extra_json over the top level and extra_params under it
// (entrypoints/openai/video_api.py:763-776, utils.py:90-91 at d315eb72)
test('SGLang\'s envelopes are opened: extra_body and extra_json win over the top level, extra_params only fills gaps', async (t) => {
  t.same(openEnvelopes({ prompt: 'p', fps: 8, extra_body: { fps: 16, seed: 3 } }), { prompt: 'p', fps: 16, seed: 3 })
  t.same(openEnvelopes({ prompt: 'p', extra_body: '{"num_outputs_per_prompt": 2}' }), { prompt: 'p', num_outputs_per_prompt: 2 }, 'a form sends JSON text')
  t.same(openEnvelopes({ prompt: 'p', fps: 8, extra_params: { fps: 16, seed: 3 } }), { prompt: 'p', fps: 8, seed: 3 })
  t.same(openEnvelopes({ prompt: 'p', extra_json: { seed: 4 }, extra_body: { seed: 3 } }), { prompt: 'p', seed: 4 })
  t.throws(() => openEnvelopes({ prompt: 'p', extra_body: '{not json' }), { code: 'RINGSIDE_INVALID_ENVELOPE', statusCode: 400, param: 'extra_body' })
})

test('fields opened from an envelope meet the same list: server-side paths inside extra_body never reach a backend', async (t) => {
  // SGLang writes or reads these on its own host (video_api.py:268-292, 778-827; perf_logger.py:347-351 at d315eb72)
  const body = openEnvelopes({ prompt: 'p', extra_body: { output_path: '/srv', perf_dump_path: '/etc/x', video_path: '/a.mp4', video_url: 'http://h/v', seed: 5 } })
  t.same(generationParams(body), { prompt: 'p', seed: 5 })
})
