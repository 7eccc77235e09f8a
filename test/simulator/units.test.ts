// The simulator's pure parts and its command line.
import { test } from 'tap'
import { runSimulatorCli } from '../../src/simulator/cli.ts'
import { startEmbeddedBackends } from '../../src/simulator/embedded.ts'
import { createMp4, mp4Size } from '../../src/simulator/mp4.ts'
import { calibrationShape, planGeneration, roundFrames } from '../../src/simulator/plan.ts'
import { profiles } from '../../src/simulator/profiles.ts'
import { createRandom } from '../../src/simulator/random.ts'
import { getJson, seedPage } from './helper.ts'

test('Wan frame counts round to 4k+1', async (t) => {
  t.equal(roundFrames(96, 4), 97)
  t.equal(roundFrames(97, 4), 97)
  t.equal(roundFrames(80, 4), 81)
  t.equal(roundFrames(96, 1), 96)
})

test('the seed request plans the seed page\'s stages and Total, post-processing included', async (t) => {
  // Total minus the stage sum, from the seed page's rows (by hand):
  // u1r2: 63.74 - (0.1060 + 1.3965 + 0.0002 + 0.0003 + 52.6358 + 7.6708) = 63.74 - 61.8096 = 1.9304
  // u1r1: 90.63 - (0.1029 + 2.2261 + 0.0002 + 0.0004 + 71.6785 + 13.4314) = 90.63 - 87.4395 = 3.1905
  const postProcessSeconds = { u1r2: 1.9304, u1r1: 3.1905 }
  // The seed's request: 1280x704, 121 frames, 50 steps (SGLang's Wan2_2_TI2V_5B_SamplingParam)
  const seedShape = { width: 1280, height: 704, numFrames: 121, numInferenceSteps: 50, numOutputs: 1 }
  t.same(calibrationShape(), seedShape)
  for (const name of ['u1r2', 'u1r1'] as const) {
    const plan = planGeneration(profiles[name], seedShape, { timeScale: 1, jitter: 0, random: createRandom(1) })
    t.same(Object.fromEntries(plan.stages.map((s) => [s.name, Number((s.executionMs / 1000).toFixed(4))])), seedPage[name].stageSeconds, `${name}'s stages are the seed page's`)
    t.ok(Math.abs(plan.postProcessMs - postProcessSeconds[name] * 1000) < 0.01, `${name}: post-processing ${plan.postProcessMs} ms`)
    t.ok(Math.abs(plan.totalMs - seedPage[name].totalSeconds * 1000) < 0.5, `${name}: end to end is the seed's Total (${plan.totalMs})`)
  }
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
  // 24 heads do not split over 5 Ulysses ranks; 9 x 9 = 81 GPUs is a configuration like any other
  await t.rejects(runSimulatorCli(['--profile', 'u5r1']), /--ulysses-degree must divide the model's 24 attention heads, got 5/)
  await t.rejects(runSimulatorCli(['--profile', 'ring']), /--profile: unknown configuration 'ring'/)
  await t.rejects(runSimulatorCli(['--port', 'abc']), /--port must be a number/)
})

test('sglang serve\'s parallel flags configure the simulator, its name and the GPUs it reports', async (t) => {
  const cases: Array<[string[], string, number]> = [
    [['--ulysses-degree', '2', '--ring-degree', '2'], 'u2r2', 4],
    [['--num-gpus', '4', '--ulysses-degree', '1', '--ring-degree', '4'], 'u1r4', 4],
    [['--profile', 'u1r2', '--num-gpus', '4'], 'u1r2c2', 4],
    [['--kv-gather-degree', '2'], 'kvg2', 2],
    // no degree given: SGLang's own choice, kv-gather at sp 2 and Ulysses above (server_args.py:1308-1330)
    [['--sp-degree', '2'], 'kvg2', 2],
    [['--num-gpus', '4'], 'u4r1', 4],
    [['--profile', 'u3r1'], 'u3r1', 3]
  ]
  for (const [flags, name, gpus] of cases) {
    const sim = await runSimulatorCli([...flags, '--port', '0', '--time-scale', '0.001', '--warmup-ms', '0'])
    t.teardown(() => sim.close())
    t.equal(sim.profile.name, name, flags.join(' '))
    t.equal((await getJson(`${sim.url}/v1/models`)).body.data[0].num_gpus, gpus, `${flags.join(' ')}: ${gpus} GPUs`)
  }
  await t.rejects(runSimulatorCli(['--kv-gather-degree', '2', '--ring-degree', '2']), /--kv-gather-degree does not compose with --ulysses-degree or --ring-degree/)
  await t.rejects(runSimulatorCli(['--ring-degree', '2', '--num-gpus', '3']), /--num-gpus must be the SP degree 2 or twice it \(CFG parallel\), got 3/)
  await t.rejects(runSimulatorCli(['--ring-degree', '2', '--sp-degree', '4']), /--sp-degree must be ulysses x ring \(or kv-gather\) = 2, got 4/)
  await t.rejects(runSimulatorCli(['--ring-degree', '0']), /--ring-degree must be an integer >= 1, got 0/)
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
