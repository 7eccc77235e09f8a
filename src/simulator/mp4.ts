// MP4 boxes. createMp4 makes a structurally valid MP4 (ftyp, moov/mvhd, mdat) of realistic size
// whose payload is not decodable video: the fallback when ffmpeg is missing (render.ts makes real
// H.264 otherwise), enough for clients that check the container, the size and twin equality.
import { open } from 'node:fs/promises'
import { createRandom, hashString } from './random.ts'

// H.264 at the server's default quality lands near 0.03 bytes per frame-pixel
// (1280x704x97 -> about 2.6 MB)
export const BYTES_PER_FRAME_PIXEL = 0.03
const BLOCK_BYTES = 64 * 1024
const MAX_BOX32_BYTES = 0xffffffff
const PAD_CHUNK_BYTES = 1 << 20

export interface Mp4Shape {
  width: number
  height: number
  numFrames: number
  fps: number
}

function box (type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + payload.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, payload])
}

function ftyp (): Buffer {
  return box('ftyp', Buffer.concat([
    Buffer.from('isom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2avc1mp41', 'latin1')
  ]))
}

function mvhd (shape: Mp4Shape): Buffer {
  const payload = Buffer.alloc(100)
  const timescale = 1000
  payload.writeUInt32BE(timescale, 12)
  payload.writeUInt32BE(Math.round(shape.numFrames / shape.fps * timescale), 16)
  payload.writeUInt32BE(0x00010000, 20) // rate 1.0
  payload.writeUInt16BE(0x0100, 24) // volume 1.0
  // unity matrix
  payload.writeUInt32BE(0x00010000, 36)
  payload.writeUInt32BE(0x00010000, 52)
  payload.writeUInt32BE(0x40000000, 68)
  payload.writeUInt32BE(2, 96) // next track id
  return box('mvhd', payload)
}

export function mp4Size (shape: Mp4Shape): number {
  return Math.max(1024, Math.round(shape.numFrames * shape.width * shape.height * BYTES_PER_FRAME_PIXEL))
}

// the corruptOutput fault without a decoder: twins must differ, and only bytes can
function flipBytes (payload: Buffer): void {
  for (let i = 0; i < payload.length; i += 4096) payload[i] = (payload[i] ?? 0) ^ 0xff
}

// content depends only on (prompt, seed, variant, shape): deterministic for twin requests
export function createMp4 (shape: Mp4Shape, prompt: string, seed: number, variant = 0, corrupt = false): Buffer {
  const head = Buffer.concat([ftyp(), box('moov', mvhd(shape))])
  const mdatBytes = Math.max(0, mp4Size(shape) - head.length - 8)
  const random = createRandom(hashString(`${prompt}\u0000${seed}\u0000${variant}`))
  const block = Buffer.alloc(Math.min(BLOCK_BYTES, mdatBytes))
  for (let i = 0; i + 4 <= block.length; i += 4) block.writeUInt32LE((random() * 4294967296) >>> 0, i)
  const payload = Buffer.alloc(mdatBytes)
  for (let offset = 0; offset < mdatBytes; offset += block.length) block.copy(payload, offset)
  if (corrupt) flipBytes(payload)
  return Buffer.concat([head, box('mdat', payload)])
}

// the header of a `free` box of `bytes` bytes in all; its body is zeros
function freeBoxHeader (bytes: number): Buffer {
  if (bytes <= MAX_BOX32_BYTES) {
    const header = Buffer.alloc(8)
    header.writeUInt32BE(bytes, 0)
    header.write('free', 4, 'latin1')
    return header
  }
  // largesize: size 1, then a 64-bit size after the type
  const header = Buffer.alloc(16)
  header.writeUInt32BE(1, 0)
  header.write('free', 4, 'latin1')
  header.writeBigUInt64BE(BigInt(bytes), 8)
  return header
}

// decoders skip `free` boxes (ISO 14496-12 8.1.2): appended to a real video, one brings the file
// to a realistic size and changes nothing else. Written in chunks: the padding can be large
export async function padWithFreeBox (path: string, totalBytes: number): Promise<void> {
  const handle = await open(path, 'a')
  try {
    const { size } = await handle.stat()
    const padding = totalBytes - size
    if (padding < 16) return
    const header = freeBoxHeader(padding)
    await handle.write(header)
    const zeros = Buffer.alloc(Math.min(PAD_CHUNK_BYTES, padding - header.length))
    for (let left = padding - header.length; left > 0; left -= zeros.length) {
      await handle.write(zeros, 0, Math.min(left, zeros.length))
    }
  } finally {
    await handle.close()
  }
}
