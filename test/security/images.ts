import { crc32 } from 'node:zlib'

// Image headers built by hand from their specifications, for what no encoder would write: a
// 60000x60000 declaration on a 10 KB file. Each returns the header followed by `filler` bytes.

const u16be = (n: number) => Buffer.from([n >> 8 & 0xff, n & 0xff])
const u32be = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b }
const u24le = (n: number) => Buffer.from([n & 0xff, n >> 8 & 0xff, n >> 16 & 0xff])

/** PNG: signature, then IHDR (PNG spec 11.2.2): width, height, bit depth 8, colour type 2 (RGB), its CRC. */
export function pngOf (width: number, height: number, filler = 0): Buffer {
  const ihdr = Buffer.concat([Buffer.from('IHDR'), u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])])
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, u32be(13), ihdr, u32be(crc32(ihdr)), Buffer.alloc(filler)])
}

const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16be(body.length + 2), body])

/**
 * JPEG (ITU T.81 B.2): SOI, an APP0 JFIF segment, a DHT whose bytes would read as a huge size if
 * taken for a frame header, fill bytes, then the SOFn frame header: precision 8, height, width, 1 component.
 */
export function jpegOf (width: number, height: number, sof = 0xc0, filler = 0): Buffer {
  const app0 = segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'))
  const dht = segment(0xc4, Buffer.from([0x00, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
  const sofn = segment(sof, Buffer.concat([Buffer.from([8]), u16be(height), u16be(width), Buffer.from([1, 1, 0x11, 0])]))
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, dht, Buffer.from([0xff, 0xff]), sofn, Buffer.alloc(filler)])
}

const riff = (chunk: string, body: Buffer, filler: number) => {
  const data = Buffer.concat([Buffer.from(chunk), Buffer.from(u24le(body.length)), Buffer.from([0]), body, Buffer.alloc(filler)])
  return Buffer.concat([Buffer.from('RIFF'), Buffer.from(u24le(data.length + 4)), Buffer.from([0]), Buffer.from('WEBP'), data])
}

/** WebP lossy (RFC 6386 9.1): a key frame tag, the start code 9d 01 2a, 14-bit width and height with scale bits set, to be ignored. */
export function webpVp8Of (width: number, height: number, filler = 0): Buffer {
  const sides = Buffer.from([width & 0xff, width >> 8 | 0x40, height & 0xff, height >> 8 | 0x80])
  const frame = Buffer.concat([Buffer.from([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a]), sides])
  return riff('VP8 ', frame, filler)
}

/** WebP lossless (RFC 9649 3.2): signature 0x2f, then width - 1 and height - 1 in 14 bits each, alpha and version bits. */
export function webpVp8lOf (width: number, height: number, filler = 0): Buffer {
  const bits = ((width - 1) | (height - 1) << 14 | 1 << 28) >>> 0
  const header = Buffer.alloc(5)
  header[0] = 0x2f
  header.writeUInt32LE(bits, 1)
  return riff('VP8L', header, filler)
}

/** WebP extended (RFC 9649 2.7): flags, 3 reserved bytes, canvas width - 1 and height - 1 in 24 bits each. */
export function webpVp8xOf (width: number, height: number, filler = 0): Buffer {
  return riff('VP8X', Buffer.concat([Buffer.from([0x10, 0, 0, 0]), u24le(width - 1), u24le(height - 1)]), filler)
}
