import { test } from 'tap'
import { ConfigError, loadConfig } from '../../src/config.ts'

test('RINGSIDE_WORKLOADS reads name=key entries in order', async (t) => {
  const config = loadConfig({ RINGSIDE_WORKLOADS: 'seed=t2v-1280x704-121f-50s, short=t2v-1280x704-49f-20s-x2', RINGSIDE_MAX_WORKLOADS: '0' })
  t.same(config.workloads, [{ name: 'seed', key: 't2v-1280x704-121f-50s' }, { name: 'short', key: 't2v-1280x704-49f-20s-x2' }])
  t.equal(config.maxWorkloads, 0)
})

test('the default presets are the HTTP default, the seed\'s request, the portrait size and image-to-video', async (t) => {
  t.same(loadConfig({}).workloads.map(({ key }) => key), ['t2v-1280x704-97f-50s', 't2v-1280x704-121f-50s', 't2v-704x1280-97f-50s', 'i2v-1280x704-97f-50s'])
})

test('an entry that does not parse stops the start, naming it', async (t) => {
  t.throws(() => loadConfig({ RINGSIDE_WORKLOADS: 'seed=t2v-1280x704-121f-50s,t2v-1280x704-49f-50s' }),
    new ConfigError('RINGSIDE_WORKLOADS is not valid: entry "t2v-1280x704-49f-50s" is not name=key (e.g. seed=t2v-1280x704-121f-50s)'))
  t.throws(() => loadConfig({ RINGSIDE_WORKLOADS: 'seed=1280x704-121f' }), { name: 'ConfigError', message: /^RINGSIDE_WORKLOADS \(\/workloads\/0\/key\)/ })
  t.throws(() => loadConfig({ RINGSIDE_WORKLOADS: 'Seed!=t2v-1280x704-121f-50s' }), { name: 'ConfigError', message: /^RINGSIDE_WORKLOADS \(\/workloads\/0\/name\)/ })
  t.throws(() => loadConfig({ RINGSIDE_WORKLOADS: 'a=t2v-1280x704-121f-50s,b=t2v-1280x704-121f-50s' }),
    new ConfigError('RINGSIDE_WORKLOADS names "t2v-1280x704-121f-50s" twice'))
  t.throws(() => loadConfig({ RINGSIDE_MAX_WORKLOADS: '-1' }), { name: 'ConfigError', message: /^RINGSIDE_MAX_WORKLOADS/ })
})
