import { test } from 'tap'
import { generationParams, outputsRequested } from '../../src/schemas/generate.ts'

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
