// The simulator's pure parts and its command line.
import { test } from 'tap'
import { runSimulatorCli } from '../../src/simulator/cli.ts'
import { startEmbeddedBackends } from '../../src/simulator/embedded.ts'
import { createMp4, mp4Size } from '../../src/simulator/mp4.ts'
import { calibrationShape, planGeneration, roundFrames } from '../../src/simulator/plan.ts'
import { profiles } from '../../src/simulator/profiles.ts'
import type { Profile } from '../../src/simulator/profiles.ts'
import { createRandom } from '../../src/simulator/random.ts'
import { getJson, seedPage } from './helper.ts'

test('Wan frame counts round to 4k+1', async (t) => {
  t.equal(roundFrames(96, 4), 97)
  t.equal(roundFrames(97, 4), 97)
  t.equal(roundFrames(80, 4), 81)
  t.equal(roundFrames(96, 1), 96)
})

test('the seed profiles carry the post-processing time the stage sum leaves out of Total', async (t) => {
  // Total minus the stage sum, from the seed page's rows (by hand):
  // u1r2: 63.74 - (0.1060 + 1.3965 + 0.0002 + 0.0003 + 52.6358 + 7.6708) = 63.74 - 61.8096 = 1.9304
  // u1r1: 90.63 - (0.1029 + 2.2261 + 0.0002 + 0.0004 + 71.6785 + 13.4314) = 90.63 - 87.4395 = 3.1905
  t.equal(profiles.u1r2.postProcessSeconds, 1.9304)
  t.equal(profiles.u1r1.postProcessSeconds, 3.1905)
  for (const name of ['u1r2', 'u1r1'] as const) {
    // The profiles carry the page's stage rows unchanged, so the two figures above are the page's
    t.same(Object.fromEntries(profiles[name].stages.map((s) => [s.name, s.seconds])), seedPage[name].stageSeconds, `${name}'s stages are the seed page's`)
    const stageSum = Object.values(seedPage[name].stageSeconds).reduce((sum, seconds) => sum + seconds, 0)
    t.ok(Math.abs(stageSum + profiles[name].postProcessSeconds - seedPage[name].totalSeconds) < 1e-9, `${name}: stages plus post-processing make the page's Total`)
  }
  const plan = planGeneration(profiles.u1r2, calibrationShape(profiles.u1r2), { timeScale: 1, jitter: 0, random: createRandom(1) })
  t.ok(Math.abs(plan.totalMs - 63740) < 0.5, `end to end is the seed's Total (${plan.totalMs})`)
})

test('a profile with another stage set is planned stage by stage', async (t) => {
  const custom: Profile = {
    ...profiles.u1r1,
    name: 'i2v',
    stages: [
      { name: 'ImageEncodingStage', seconds: 0.5, scaling: 'constant' },
      { name: 'DenoisingStage', seconds: 10, scaling: 'denoising' }
    ]
  }
  const plan = planGeneration(custom, calibrationShape(custom), { timeScale: 1, jitter: 0, random: createRandom(1) })
  t.same(plan.stages.map((s) => s.name), ['ImageEncodingStage', 'DenoisingStage'])
  t.equal(plan.forwardMs, 10500)
})

test('the mp4 is a container of the planned size and depends only on prompt and seed', async (t) => {
  const shape = { width: 1280, height: 704, numFrames: 97, fps: 24 }
  const a = createMp4(shape, 'fox', 1)
  t.equal(a.subarray(4, 8).toString('latin1'), 'ftyp')
  t.equal(a.length, mp4Size(shape))
  t.ok(a.includes(Buffer.from('moov')) && a.includes(Buffer.from('mdat')))
  t.ok(a.equals(createMp4(shape, 'fox', 1)))
  t.notOk(a.equals(createMp4(shape, 'fox', 2)))
})

test('the command line starts a simulator with the given profile and options', async (t) => {
  const sim = await runSimulatorCli(['--profile', 'u1r1', '--port', '0', '--time-scale', '0.001', '--warmup-ms', '0'])
  t.teardown(() => sim.close())
  t.equal(sim.profile.name, 'u1r1')
  const models = await getJson(`${sim.url}/v1/models`)
  t.equal(models.body.data[0].num_gpus, 1)
  await t.rejects(runSimulatorCli(['--profile', 'u9r9']), /--profile must be one of/)
  await t.rejects(runSimulatorCli(['--port', 'abc']), /--port must be a number/)
})

test('the embedded backends start both seed profiles with their parallel configs', async (t) => {
  const embedded = await startEmbeddedBackends({ timeScale: 0.001, warmupMs: 0 })
  t.teardown(() => embedded.close())
  t.same(embedded.configs.map((c) => [c.name, c.sp_degree, c.ring_degree, c.num_gpus]), [['u1r2', 2, 2, 2], ['u1r1', 1, 1, 1]])
  for (const config of embedded.configs) {
    const models = await getJson(`${config.urls[0]}/v1/models`)
    t.equal(models.body.data[0].num_gpus, config.num_gpus)
  }
})
