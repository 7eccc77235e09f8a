import { test } from 'tap'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createPerformanceLogReader } from '../../src/perf/log-reader.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sglang')

// The fixture (made from SGLang's byte format, test/fixtures/sglang/README.md): a whole record,
// one cut in half that the next record runs into, that next record, and one more whole record
test('a line cut in half is rejected with a reason, and the record that runs on after it is still read', async (t) => {
  const dir = t.testdir()
  await copyFile(join(fixtures, 'cut-line.performance.log'), join(dir, 'performance.log'))
  const reader = createPerformanceLogReader({ dir })
  t.teardown(reader.close)
  const before = await reader.find('3b0f6c1e-8f57-4c2e-9d43-0c7b2b9b7a11')
  t.equal(before !== 'corrupt' && before?.peakReservedBytes, 39856 * 2 ** 20)
  t.equal(await reader.find('8d2e4a90-5b1c-4f7e-a3d6-1e9c0b7f2a44'), 'corrupt')
  t.match(reader.rejectionOf('8d2e4a90-5b1c-4f7e-a3d6-1e9c0b7f2a44'), /^not valid JSON/)
  const runOn = await reader.find('c6a1f3d2-9e84-4b0a-8f15-7d2c3e4b5a60')
  t.equal(runOn !== 'corrupt' && runOn?.peakReservedBytes, 27120 * 2 ** 20)
  const after = await reader.find('a1c2e3f4-0000-4000-8000-000000000001')
  t.equal(after !== 'corrupt' && after?.peakReservedBytes, 21466 * 2 ** 20)
  t.equal(reader.rejectionOf('a1c2e3f4-0000-4000-8000-000000000001'), undefined)
})
