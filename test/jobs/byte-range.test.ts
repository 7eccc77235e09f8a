import { test } from 'tap'
import { parseByteRange } from '../../src/jobs/byte-range.ts'

test('one bytes range of a 1000-byte video', async (t) => {
  t.same(parseByteRange('bytes=0-99', 1000), { start: 0, end: 99 })
  t.same(parseByteRange('bytes=900-', 1000), { start: 900, end: 999 })
  t.same(parseByteRange('bytes=-100', 1000), { start: 900, end: 999 })
  t.same(parseByteRange('bytes=-5000', 1000), { start: 0, end: 999 }, 'a suffix longer than the video is all of it')
  t.same(parseByteRange('bytes=990-5000', 1000), { start: 990, end: 999 }, 'a last byte past the end is the end')
  t.same(parseByteRange(' bytes=5-5 ', 1000), { start: 5, end: 5 })
})

test('past the end is unsatisfiable; anything else not a single bytes range is ignored', async (t) => {
  t.equal(parseByteRange('bytes=1000-', 1000), 'unsatisfiable')
  t.equal(parseByteRange('bytes=1000-2000', 1000), 'unsatisfiable')
  t.equal(parseByteRange('bytes=-0', 1000), 'unsatisfiable')
  for (const header of ['bytes=0-1,5-6', 'bytes=-', 'bytes=9-3', 'items=0-9', 'bytes=a-b', 'bytes 0-9', '']) {
    t.equal(parseByteRange(header, 1000), null, JSON.stringify(header))
  }
})
