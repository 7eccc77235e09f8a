// The picture in the simulator's videos: a Game of Life seeded from prompt + seed + variant,
// drawn with plain arithmetic as YUV4MPEG2 frames for render.ts to encode. Twin requests on two
// backends draw the same frames, so the gateway's parity check (SSIM, PSNR) compares real pictures.
import type { Mp4Shape } from './mp4.ts'
import { createRandom, hashString } from './random.ts'
import type { Random } from './random.ts'

export interface VideoSpec extends Mp4Shape {
  prompt: string
  seed: number
  // which of the request's n outputs
  variant?: number
  // the corruptOutput fault
  corrupt?: boolean
}

export interface RenderGeometry {
  width: number
  height: number
  frames: number
  // frames per second as a ratio, so the short render keeps the requested duration
  rate: [number, number]
  columns: number
  rows: number
}

// Encoding 1280x704x97 frames would cost seconds of CPU per video, and the gateway only needs a
// picture per side and bytes that match between twins: the pattern is drawn small and short, and
// the file is padded to the size the requested video would have.
const RENDER_BOX_PIXELS = 192
const MAX_RENDER_FRAMES = 16
const MIN_RENDER_PIXELS = 16
// one life cell spans about this many pixels, smoothed: blobs compress (and compare) like video
const CELL_PIXELS = 6
// generations run before the first frame, past the random fill to where structures have formed
const WARMUP_GENERATIONS = 3
// peak amplitude of the corruptOutput noise in 8-bit code values: SSIM against the clean twin
// lands near the upstream bug's 0.894
const CORRUPT_NOISE = 9

function even (value: number, minimum: number): number {
  return Math.max(minimum, 2 * Math.round(value / 2))
}

export function renderGeometry (shape: Mp4Shape): RenderGeometry {
  const scale = Math.min(1, RENDER_BOX_PIXELS / Math.max(shape.width, shape.height))
  const width = even(shape.width * scale, MIN_RENDER_PIXELS)
  const height = even(shape.height * scale, MIN_RENDER_PIXELS)
  const frames = Math.min(shape.numFrames, MAX_RENDER_FRAMES)
  return {
    width,
    height,
    frames,
    rate: [frames * shape.fps, shape.numFrames],
    columns: Math.max(4, Math.round(width / CELL_PIXELS)),
    rows: Math.max(4, Math.round(height / CELL_PIXELS))
  }
}

export function patternSeed (spec: VideoSpec): number {
  return hashString(`${spec.prompt}\u0000${spec.seed}\u0000${spec.variant ?? 0}`)
}

type Yuv = [number, number, number]

// BT.601 limited range: what yuv420p without colour tags means to x264 and to decoders
function hslToYuv (hueDegrees: number, saturation: number, lightness: number): Yuv {
  const chroma = saturation * Math.min(lightness, 1 - lightness)
  const channel = (n: number): number => {
    const k = (n + hueDegrees / 30) % 12
    return 255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)))
  }
  const [r, g, b] = [channel(0), channel(8), channel(4)]
  return [
    16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255,
    128 + (-37.797 * r - 74.203 * g + 112 * b) / 255,
    128 + (112 * r - 93.786 * g - 18.214 * b) / 255
  ]
}

interface Colony {
  columns: number
  rows: number
  alive: Uint8Array
  // 1 while alive, fading after death: trails make the motion visible
  heat: Float64Array
}

function seedColony (columns: number, rows: number, random: Random): Colony {
  const alive = Uint8Array.from({ length: columns * rows }, () => random() < 0.35 ? 1 : 0)
  return { columns, rows, alive, heat: Float64Array.from(alive) }
}

// B3/S23 on a torus
function step (colony: Colony): void {
  const { columns, rows, alive, heat } = colony
  const next = new Uint8Array(alive.length)
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      let neighbours = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx !== 0 || dy !== 0) neighbours += alive[((y + dy + rows) % rows) * columns + (x + dx + columns) % columns] ?? 0
        }
      }
      const i = y * columns + x
      next[i] = neighbours === 3 || (neighbours === 2 && alive[i] === 1) ? 1 : 0
      heat[i] = next[i] === 1 ? 1 : (heat[i] ?? 0) * 0.6
    }
  }
  colony.alive = next
}

// where each output pixel falls between two cell centres, along one axis
function taps (pixels: number, cells: number): { low: Uint32Array, high: Uint32Array, weight: Float64Array } {
  const low = new Uint32Array(pixels)
  const high = new Uint32Array(pixels)
  const weight = new Float64Array(pixels)
  for (let p = 0; p < pixels; p++) {
    const centre = Math.min(Math.max((p + 0.5) * cells / pixels - 0.5, 0), cells - 1)
    const below = Math.floor(centre)
    low[p] = below
    high[p] = Math.min(below + 1, cells - 1)
    weight[p] = centre - below
  }
  return { low, high, weight }
}

// bilinear from cell centres to pixels: soft blobs rather than hard squares. Indices come from
// taps(), in range by construction, hence the non-null assertions in this hot loop
function upscale (cells: Float64Array, columns: number, rows: number, width: number, height: number, out: Buffer, offset: number): void {
  const across = taps(width, columns)
  const down = taps(height, rows)
  for (let y = 0; y < height; y++) {
    const top = down.low[y]! * columns
    const bottom = down.high[y]! * columns
    const fy = down.weight[y]!
    for (let x = 0; x < width; x++) {
      const x0 = across.low[x]!
      const x1 = across.high[x]!
      const fx = across.weight[x]!
      const upper = cells[top + x0]! * (1 - fx) + cells[top + x1]! * fx
      const lower = cells[bottom + x0]! * (1 - fx) + cells[bottom + x1]! * fx
      out[offset + y * width + x] = Math.round(upper * (1 - fy) + lower * fy)
    }
  }
}

type Palette = [life: Yuv, mold: Yuv, death: Yuv]

function drawFrame (colony: Colony, [life, mold, death]: Palette, geometry: RenderGeometry, frame: Buffer): void {
  const { width, height } = geometry
  const planeOffsets = [0, width * height, width * height * 5 / 4]
  for (let plane = 0; plane < 3; plane++) {
    const cells = Float64Array.from(colony.heat, (heat, i) => colony.alive[i] === 1
      ? life[plane] ?? 0
      : (death[plane] ?? 0) + ((mold[plane] ?? 0) - (death[plane] ?? 0)) * heat)
    const [w, h] = plane === 0 ? [width, height] : [width / 2, height / 2]
    upscale(cells, colony.columns, colony.rows, w, h, frame, planeOffsets[plane] ?? 0)
  }
}

// uniform noise on every plane: visible grain over a still recognisable picture, as upstream's was
function damage (frame: Buffer, random: Random): void {
  for (let i = 0; i < frame.length; i++) {
    const value = (frame[i] ?? 0) + Math.round((random() * 2 - 1) * CORRUPT_NOISE)
    frame[i] = Math.min(255, Math.max(0, value))
  }
}

// the frames as a YUV4MPEG2 stream, ffmpeg's simplest raw input that carries size and rate
export function patternFrames (spec: VideoSpec, geometry = renderGeometry(spec)): Buffer {
  const seed = patternSeed(spec)
  const hue = seed % 360
  const palette: Palette = [hslToYuv(hue, 0.85, 0.6), hslToYuv(hue + 150, 0.6, 0.45), hslToYuv(hue + 210, 0.45, 0.1)]
  const colony = seedColony(geometry.columns, geometry.rows, createRandom(seed))
  for (let i = 0; i < WARMUP_GENERATIONS; i++) step(colony)
  const noise = spec.corrupt === true ? createRandom(seed ^ 0x5bd1e995) : undefined
  const { width, height, rate } = geometry
  const chunks = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${rate[0]}:${rate[1]} Ip A1:1 C420jpeg\n`, 'latin1')]
  for (let f = 0; f < geometry.frames; f++) {
    const frame = Buffer.alloc(width * height * 3 / 2)
    drawFrame(colony, palette, geometry, frame)
    if (noise !== undefined) damage(frame, noise)
    chunks.push(Buffer.from('FRAME\n', 'latin1'), frame)
    step(colony)
  }
  return Buffer.concat(chunks)
}
