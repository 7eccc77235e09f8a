import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'tap'
import { imageDimensions, imageUpload } from '../../src/security/upload.ts'
import { jpegOf, pngOf, webpVp8lOf, webpVp8Of, webpVp8xOf } from './images.ts'

test('the dimensions a hand-built header declares are read for PNG, every JPEG frame type and the three WebP forms', async (t) => {
  t.same(imageDimensions(pngOf(60_000, 60_000)), { width: 60_000, height: 60_000 })
  t.same(imageDimensions(pngOf(1280, 704)), { width: 1280, height: 704 })
  // SOF0 baseline, SOF1 extended, SOF2 progressive, SOF3 lossless, SOF15 (arithmetic, lossless hierarchical)
  for (const sof of [0xc0, 0xc1, 0xc2, 0xc3, 0xcf]) t.same(imageDimensions(jpegOf(65_535, 40_000, sof)), { width: 65_535, height: 40_000 }, `SOF ${sof.toString(16)}`)
  // 14 bits each: 16383 is the largest a VP8 frame can say; its two scale bits are not part of it
  t.same(imageDimensions(webpVp8Of(16_383, 9000)), { width: 16_383, height: 9000 })
  t.same(imageDimensions(webpVp8lOf(16_384, 1)), { width: 16_384, height: 1 })
  // 24 bits each, plus one: 16777216 is the largest canvas
  t.same(imageDimensions(webpVp8xOf(16_777_216, 60_000)), { width: 16_777_216, height: 60_000 })
})

test('a header cut short, a zero side, or a JPEG whose image data starts before any frame header declares nothing', async (t) => {
  t.equal(imageDimensions(pngOf(10, 10).subarray(0, 20)), undefined, 'PNG cut inside IHDR')
  t.equal(imageDimensions(Buffer.concat([pngOf(10, 10).subarray(0, 12), Buffer.from('IDAT'), Buffer.alloc(16)])), undefined, 'PNG whose first chunk is not IHDR')
  t.equal(imageDimensions(pngOf(0, 10)), undefined, 'PNG of width 0')
  // Height 0: defined later by a DNL segment, which the gateway does not follow
  t.equal(imageDimensions(jpegOf(100, 0)), undefined, 'JPEG of height 0')
  t.equal(imageDimensions(jpegOf(100, 100).subarray(0, 30)), undefined, 'JPEG cut before its frame header')
  t.equal(imageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6, 0xff, 0xc0])), undefined, 'JPEG with SOS first')
  t.equal(imageDimensions(webpVp8Of(100, 100).subarray(0, 28)), undefined, 'WebP cut inside the frame header')
  t.equal(imageDimensions(Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 '), Buffer.alloc(20)])), undefined, 'VP8 without its start code')
})

test('the dimensions of images that ffmpeg encodes are read as ffprobe reads them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ringside-images-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const encode = (name: string, source: string, ...args: string[]) => {
    const path = join(dir, name)
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', source, '-frames:v', '1', ...args, path])
    const [width, height] = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', path], { encoding: 'utf8' }).trim().split(',')
    return { bytes: readFileSync(path), probed: { width: Number(width), height: Number(height) } }
  }
  const rgb = 'color=c=red:s=321x177,format=rgb24'
  const cases: Array<[string, ReturnType<typeof encode>]> = [
    ['PNG', encode('a.png', rgb)],
    ['baseline JPEG', encode('a.jpg', 'color=c=red:s=321x177')],
    ['JPEG with optimised Huffman tables', encode('h.jpg', 'color=c=red:s=640x352', '-c:v', 'mjpeg', '-huffman', 'optimal')],
    // lossy is VP8, lossless VP8L, with alpha VP8X
    ['lossy WebP', encode('a.webp', 'color=c=red:s=320x176', '-c:v', 'libwebp')],
    ['lossless WebP', encode('l.webp', rgb, '-c:v', 'libwebp', '-lossless', '1')],
    ['extended WebP', encode('x.webp', 'color=c=red@0.5:s=320x176,format=yuva420p', '-c:v', 'libwebp')]
  ]
  for (const [what, { bytes, probed }] of cases) {
    t.ok(probed.width > 0 && probed.height > 0, `ffprobe read ${what}`)
    t.same(imageDimensions(bytes), probed, what)
  }
  t.equal(cases[5]![1].bytes.subarray(12, 16).toString('latin1'), 'VP8X', 'with alpha, libwebp writes the extended form')
})

test('an upload past the side or the pixel limit is refused naming input_reference, one at the limits passes', async (t) => {
  const limits = { maxBytes: 1_000_000, maxPixels: 1000 * 800, maxSide: 1000 }
  t.throws(() => imageUpload(pngOf(1001, 10), limits), { statusCode: 400, param: 'input_reference', message: /1001x10, a side longer than the 1000 pixels allowed/ })
  t.throws(() => imageUpload(webpVp8xOf(1000, 801), limits), { param: 'input_reference', message: /1000x801, 801000 pixels, more than the 800000 allowed/ })
  t.throws(() => imageUpload(pngOf(10, 10).subarray(0, 20), limits), { param: 'input_reference', message: /PNG header declares no readable width and height/ })
  t.equal(imageUpload(jpegOf(1000, 800), limits).mediaType, 'image/jpeg')
})
