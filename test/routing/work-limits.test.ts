import { test } from 'tap'
import { backendLimits, checkWork, fitsWork, noBackendFitsError } from '../../src/routing/work-limits.ts'
import { defaults } from '../../src/config.ts'

const limits = { maxFrames: 241, maxInferenceSteps: 100, maxPixelsPerFrame: 921_600, maxOutputs: 4 }

test('a request naming nothing is measured with SGLang\'s HTTP defaults and fits the gateway\'s default limits', async (t) => {
  // 24 fps x 4 s = 96, rendered 97; 1280x704 = 901120 pixels; 50 steps; one output
  t.ok(fitsWork({ prompt: 'x' }, { name: 'a', limits: backendLimits({}, defaults) }))
  t.ok(fitsWork({ prompt: 'x' }, { name: 'a', limits: { maxFrames: 97, maxInferenceSteps: 50, maxPixelsPerFrame: 901_120, maxOutputs: 1 } }), 'exactly at every limit')
  t.notOk(fitsWork({ prompt: 'x' }, { name: 'a', limits: { maxFrames: 96, maxInferenceSteps: 50, maxPixelsPerFrame: 901_120, maxOutputs: 1 } }), 'one frame under')
  t.notOk(fitsWork({ prompt: 'x' }, { name: 'a', limits: { maxFrames: 97, maxInferenceSteps: 49, maxPixelsPerFrame: 901_120, maxOutputs: 1 } }), 'one step under')
  t.notOk(fitsWork({ prompt: 'x' }, { name: 'a', limits: { maxFrames: 97, maxInferenceSteps: 50, maxPixelsPerFrame: 901_119, maxOutputs: 1 } }), 'one pixel under')
})

test('outputs are counted after SGLang\'s clamp to 1..10, num_outputs_per_prompt before n', async (t) => {
  t.throws(() => checkWork({ n: 20 }, { name: 'u1r1', limits }), { param: 'n', message: 'n: the request asks for 10 outputs, more than the 4 backend u1r1 takes' })
  t.doesNotThrow(() => checkWork({ num_outputs_per_prompt: 2, n: 9 }, { name: 'u1r1', limits }))
  t.doesNotThrow(() => checkWork({ n: -5 }, { name: 'u1r1', limits }), 'a negative n is one video')
})

test('a backend\'s own limits win over the gateway-wide ones, field by field', async (t) => {
  t.same(backendLimits({ max_frames: 481, max_outputs: 1 }, limits), { maxFrames: 481, maxInferenceSteps: 100, maxPixelsPerFrame: 921_600, maxOutputs: 1 })
})

test('when no backend fits, the error names the limit the request goes furthest over', async (t) => {
  const fleet = [
    { name: 'small', limits: { ...limits, maxFrames: 121 } },
    { name: 'slow', limits: { ...limits, maxFrames: 481, maxInferenceSteps: 20 } }
  ]
  // small: 401 frames over 121 (3.3x); slow: 60 steps over 20 (3x)
  const err = noBackendFitsError({ num_frames: 400, num_inference_steps: 60 }, fleet) as Error & { param?: string }
  t.equal(err.param, 'num_frames')
  t.equal(err.message, 'num_frames: the request asks for 401 frames, more than the 121 backend small takes; no backend takes the request')
})
