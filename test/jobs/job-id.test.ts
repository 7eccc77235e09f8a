import { test } from 'tap'
import { createHmac, randomBytes } from 'node:crypto'
import { createJobIdCodec, generateSecret, JOB_ID_PATTERN } from '../../src/jobs/job-id.ts'
import type { JobRef } from '../../src/jobs/job-id.ts'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/% '
const ref: JobRef = { backend: 'u1r2', replica: 1, upstreamId: '0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }

test('an encoded job id decodes to the same backend, replica and upstream id', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const refs: JobRef[] = [
    ref,
    { backend: 'u1r1', replica: 0, upstreamId: 'x' },
    { backend: 'a'.repeat(32), replica: 65535, upstreamId: 'Z9_:-'.repeat(25) + 'abc' },
    { backend: '0_-', replica: 7, upstreamId: 'id:0' }
  ]
  for (const r of refs) {
    const id = codec.encode(r)
    t.same(codec.decode(id), r)
    t.ok(id.startsWith('video_'))
    t.ok(id.length <= 512)
  }
})

test('every id the codec produces matches the exported schema pattern', async (t) => {
  const codec = createJobIdCodec(randomBytes(32))
  const pattern = new RegExp(JOB_ID_PATTERN)
  t.ok(pattern.test(codec.encode(ref)))
  t.ok(pattern.test(codec.encode({ backend: 'a'.repeat(32), replica: 65535, upstreamId: 'x'.repeat(128) })))
  t.ok(pattern.test(codec.encode({ backend: 'a', replica: 0, upstreamId: 'x' })))
})

test('a one-character change anywhere in the id is rejected', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const id = codec.encode(ref)
  let tried = 0
  for (let i = 0; i < id.length; i++) {
    for (const c of ALPHABET) {
      if (c === id[i]) continue
      const changed = id.slice(0, i) + c + id.slice(i + 1)
      tried++
      if (codec.decode(changed) !== undefined) t.fail(`accepted ${changed}`)
    }
  }
  t.ok(tried > 1000)
})

test('an id signed with a different secret is rejected', async (t) => {
  const id = createJobIdCodec(generateSecret()).encode(ref)
  t.equal(createJobIdCodec(generateSecret()).decode(id), undefined)
})

test('truncated, extended and foreign ids are rejected without throwing', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const id = codec.encode(ref)
  const inputs: unknown[] = [
    id.slice(0, -1), id + 'A', id.slice(1), 'x' + id, id.replace('video_', 'image_'),
    '', 'video_', 'video_.', '../../etc/passwd', 'video_../../etc.passwd',
    id.replace(/.$/, 'é'), 'video_ü' + id.slice(7), 'a'.repeat(513), id + 'a'.repeat(600),
    undefined, null, 42, {}, [], id.toUpperCase(), id + '\n', ' ' + id,
    '0b7f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
  ]
  for (const input of inputs) t.equal(codec.decode(input), undefined)
})

test('a validly signed payload that is not a job reference is rejected', async (t) => {
  // A second encoder with the same key but garbage inside must not crash the decoder
  const codec = createJobIdCodec('s'.repeat(32))
  const id = codec.encode(ref)
  t.ok(codec.decode(id))
  t.equal(codec.decode('video_' + Buffer.from('no dots here').toString('base64url') + id.slice(id.lastIndexOf('.'))), undefined)
})

test('random strings never make the decoder throw', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const id = codec.encode(ref)
  for (let i = 0; i < 2000; i++) {
    const kind = i % 4
    let input: string
    if (kind === 0) {
      input = randomBytes(Math.floor(Math.random() * 700)).toString('latin1')
    } else if (kind === 1) {
      input = 'video_' + randomBytes(Math.floor(Math.random() * 300)).toString('base64url') + '.' + randomBytes(16).toString('base64url')
    } else if (kind === 2) {
      const at = Math.floor(Math.random() * id.length)
      input = id.slice(0, at) + String.fromCodePoint(Math.floor(Math.random() * 0x10ffff)) + id.slice(at + 1)
    } else {
      input = Array.from({ length: Math.floor(Math.random() * 100) }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('')
    }
    t.doesNotThrow(() => codec.decode(input))
    if (codec.decode(input) !== undefined && input !== id) t.fail(`accepted ${JSON.stringify(input)}`)
  }
})

test('encoding an invalid reference throws so bad data never becomes a signed id', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  t.throws(() => codec.encode({ ...ref, backend: 'U1R2' }), TypeError)
  t.throws(() => codec.encode({ ...ref, backend: '../x' }), TypeError)
  t.throws(() => codec.encode({ ...ref, backend: 'a'.repeat(33) }), TypeError)
  t.throws(() => codec.encode({ ...ref, replica: -1 }), TypeError)
  t.throws(() => codec.encode({ ...ref, replica: 1.5 }), TypeError)
  t.throws(() => codec.encode({ ...ref, upstreamId: 'a/b' }), TypeError)
  t.throws(() => codec.encode({ ...ref, upstreamId: 'x'.repeat(129) }), TypeError)
  t.throws(() => codec.encode({ ...ref, upstreamId: '' }), TypeError)
})

test('a secret shorter than 16 bytes is refused at creation', async (t) => {
  t.throws(() => createJobIdCodec('short'), RangeError)
  t.throws(() => createJobIdCodec(Buffer.alloc(0)), RangeError)
})

test('generated secrets are 32 random bytes in base64url', async (t) => {
  const secret = generateSecret()
  t.match(secret, /^[A-Za-z0-9_-]{43}$/)
  t.equal(Buffer.from(secret, 'base64url').length, 32)
  t.not(generateSecret(), secret)
})

test('the owner (an API key name, dots included) survives encoding, and its longest id fits the schema pattern', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const pattern = new RegExp(JOB_ID_PATTERN)
  for (const owner of ['ci', 'team.video-gen_2', 'A' + 'b.'.repeat(31) + 'c']) t.same(codec.decode(codec.encode({ ...ref, owner })), { ...ref, owner })
  const longest = codec.encode({ backend: 'a'.repeat(32), replica: 65535, upstreamId: 'x'.repeat(128), owner: 'o'.repeat(64) })
  t.ok(pattern.test(longest))
  t.ok(longest.length <= 512)
  t.throws(() => codec.encode({ ...ref, owner: '.starts-with-a-dot' }), TypeError)
  t.throws(() => codec.encode({ ...ref, owner: 'o'.repeat(65) }), TypeError)
})

test('an owner cannot be rewritten or removed: the signature covers it', async (t) => {
  const codec = createJobIdCodec(generateSecret())
  const id = codec.encode({ ...ref, owner: 'ci' })
  const dot = id.lastIndexOf('.')
  const signature = id.slice(dot)
  const payload = Buffer.from(id.slice('video_'.length, dot), 'base64url').toString('utf8')
  for (const forged of [payload.replace(/ci$/, 'ops'), payload.replace(/\.ci$/, '.'), payload.replace(/\.ci$/, '')]) {
    t.equal(codec.decode('video_' + Buffer.from(forged).toString('base64url') + signature), undefined, forged)
  }
})

test('an id issued before jobs had owners (v1 layout and label) still decodes, with no owner', async (t) => {
  // v1 by hand: HMAC-SHA256 over 'ringside-job-id-v1\n' + base64url('backend.replica.upstreamId'), first 16 bytes
  const secret = generateSecret()
  const body = Buffer.from(`${ref.backend}.${ref.replica}.${ref.upstreamId}`).toString('base64url')
  const signature = createHmac('sha256', secret).update('ringside-job-id-v1\n' + body).digest().subarray(0, 16).toString('base64url')
  const codec = createJobIdCodec(secret)
  t.same(codec.decode(`video_${body}.${signature}`), ref)
  // The v1 label never verifies a payload of the new layout, nor the new label a v1 one
  const withOwner = Buffer.from(`${ref.backend}.${ref.replica}.${ref.upstreamId}.ci`).toString('base64url')
  const v1Signed = createHmac('sha256', secret).update('ringside-job-id-v1\n' + withOwner).digest().subarray(0, 16).toString('base64url')
  t.equal(codec.decode(`video_${withOwner}.${v1Signed}`), undefined)
})
