// #15 item 14: an image upload was checked by its first bytes only: a 60000x60000 PNG header with
// a 10 KB body was forwarded, for the backend's decoder to allocate 14.4 GB as RGBA. The declared
// dimensions are now read and held to RINGSIDE_MAX_UPLOAD_SIDE (16384) and _PIXELS (50000000).
import { test } from 'tap'
import { build } from '../helper.ts'
import { startFakeBackend } from './helper.ts'
import { jpegOf, pngOf, webpVp8lOf, webpVp8xOf } from './images.ts'

function form (image: Buffer, filename: string, mediaType: string) {
  const boundary = 'attack'
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\nx\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="input_reference"; filename="${filename}"\r\nContent-Type: ${mediaType}\r\n\r\n`
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), image, Buffer.from(`\r\n--${boundary}--\r\n`)])
  }
}

test('a 60000x60000 PNG header with a 10 KB body is refused naming input_reference and never forwarded', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  const res = await app.inject({ method: 'POST', url: '/v1/videos', ...form(pngOf(60_000, 60_000, 10_000), 'bomb.png', 'image/png') })
  t.equal(res.statusCode, 400)
  t.match(res.json(), { error: { param: 'input_reference', code: 'RINGSIDE_UPLOAD_REFUSED', message: /60000x60000, a side longer than the 16384 pixels allowed/ } })
  t.equal(backend.submitted.length, 0)
})

test('JPEG and WebP headers declaring a huge image are refused, whatever the file name and media type claim', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  const bombs: Array<[Buffer, RegExp]> = [
    [jpegOf(65_535, 65_535, 0xc2, 10_000), /65535x65535, a side longer/],
    [webpVp8xOf(16_777_216, 16_777_216, 10_000), /16777216x16777216, a side longer/],
    // Within the side limit, over the pixels: 16384 x 16384 = 268435456
    [webpVp8lOf(16_384, 16_384, 10_000), /16384x16384, 268435456 pixels, more than the 50000000 allowed/]
  ]
  for (const [image, why] of bombs) {
    const res = await app.inject({ method: 'POST', url: '/v1/videos', ...form(image, 'cat.png', 'image/png') })
    t.equal(res.statusCode, 400)
    t.match(res.json().error, { param: 'input_reference', message: why })
  }
  t.equal(backend.submitted.length, 0)
})

test('an image signature followed by no readable header is refused, not forwarded for the decoder to judge', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const app = await build(t, { backends: [backend.config] })
  const signatureOnly = Buffer.concat([pngOf(1, 1).subarray(0, 8), Buffer.alloc(10_000, 7)])
  const res = await app.inject({ method: 'POST', url: '/v1/videos', ...form(signatureOnly, 'a.png', 'image/png') })
  t.equal(res.statusCode, 400)
  t.match(res.json().error, { param: 'input_reference', message: 'input_reference: the PNG header declares no readable width and height' })
  t.equal(backend.submitted.length, 0)
})

test('the upload limits are settings: a 2000x2000 PNG passes by default and is refused under a 1000-pixel side', async (t) => {
  const backend = await startFakeBackend(t, 'u1r1')
  const open = await build(t, { backends: [backend.config] })
  t.equal((await open.inject({ method: 'POST', url: '/v1/videos', ...form(pngOf(2000, 2000, 100), 'a.png', 'image/png') })).statusCode, 200)
  const strict = await build(t, { backends: [backend.config], maxUploadSide: 1000 })
  const res = await strict.inject({ method: 'POST', url: '/v1/videos', ...form(pngOf(2000, 2000, 100), 'a.png', 'image/png') })
  t.match(res.json().error, { param: 'input_reference', message: /2000x2000, a side longer than the 1000 pixels allowed/ })
  t.equal(backend.submitted.length, 1, 'only the first reached the backend')
})
