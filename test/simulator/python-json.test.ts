// Python's own json module wrote the fixtures (test/fixtures/sglang/make_fixtures.py): the
// simulator's encoder must give the same bytes back for the same data.
import { test } from 'tap'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pythonFloat, pythonJson, pythonUtcIsoformat } from '../../src/simulator/python-json.ts'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sglang')
const intKeys = new Set(['step'])

test('every fixture line written by Python\'s json.dumps is written back byte for byte', async (t) => {
  for (const name of ['one-request', 'large-then-small', 'several-outputs', 'older-formats']) {
    const lines = (await readFile(join(fixtures, `${name}.performance.log`), 'utf8')).split('\n').filter((l) => l.length > 0)
    for (const line of lines) t.equal(pythonJson(JSON.parse(line), { intKeys }), line, name)
  }
})

test('the perf dump written by Python\'s json.dump(indent=2) is written back byte for byte, without a final newline', async (t) => {
  const text = await readFile(join(fixtures, 'small.perf-dump.json'), 'utf8')
  t.equal(pythonJson(JSON.parse(text), { indent: 2, intKeys }), text)
})

// Expected strings are Python 3.11's repr() of the same values
test('floats print as Python\'s repr prints them', async (t) => {
  const cases: Array<[number, string]> = [
    [17610, '17610.0'], [0.1102, '0.1102'], [1e-5, '1e-05'], [0.0001, '0.0001'], [1e16, '1e+16'], [1.5e16, '1.5e+16'],
    [1e15, '1000000000000000.0'], [-2.5, '-2.5'], [5e-324, '5e-324'], [0.1 + 0.2, '0.30000000000000004'], [-0, '-0.0'], [Number.NaN, 'NaN']
  ]
  for (const [value, repr] of cases) t.equal(pythonFloat(value), repr, repr)
  t.equal(pythonJson({ prompt: 'é"\n' }), '{"prompt": "\\u00e9\\"\\n"}', 'non-ASCII escaped as ensure_ascii does')
})

test('timestamps are isoformat with +00:00, and a whole second has no fraction', async (t) => {
  t.equal(pythonUtcIsoformat(Date.UTC(2026, 7, 22, 10, 15, 30, 123) + 0.456), '2026-08-22T10:15:30.123456+00:00')
  t.equal(pythonUtcIsoformat(Date.UTC(2026, 7, 22, 10, 15, 30)), '2026-08-22T10:15:30+00:00')
})
