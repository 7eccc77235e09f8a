// A structurally valid MP4 (ftyp, moov/mvhd, mdat) of realistic size. The payload is not
// decodable video: clients only check the container, the size and that twin requests match.
import { createRandom, hashString } from './random.ts'

// H.264 at the server's default quality lands near 0.03 bytes per frame-pixel
// (1280x704x97 -> about 2.6 MB)
export const BYTES_PER_FRAME_PIXEL = 0.03
const BLOCK_BYTES = 64 * 1024

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

// content depends only on (prompt, seed, variant, shape): deterministic for twin requests
export function createMp4 (shape: Mp4Shape, prompt: string, seed: number, variant = 0): Buffer {
  const head = Buffer.concat([ftyp(), box('moov', mvhd(shape))])
  const mdatBytes = Math.max(0, mp4Size(shape) - head.length - 8)
  const random = createRandom(hashString(`${prompt}\u0000${seed}\u0000${variant}`))
  const block = Buffer.alloc(Math.min(BLOCK_BYTES, mdatBytes))
  for (let i = 0; i + 4 <= block.length; i += 4) block.writeUInt32LE((random() * 4294967296) >>> 0, i)
  const payload = Buffer.alloc(mdatBytes)
  for (let offset = 0; offset < mdatBytes; offset += block.length) block.copy(payload, offset)
  return Buffer.concat([head, box('mdat', payload)])
}
