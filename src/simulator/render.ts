// Real, decodable H.264 for the simulator's outputs: pattern.ts draws the frames, ffmpeg encodes
// them, so twin requests on two backends give byte-identical files. Without ffmpeg, mp4.ts's
// synthetic container stands in.
import { spawn } from 'node:child_process'
import type { ChildProcessByStdio } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import type { Socket } from 'node:net'
import { dirname, join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { ffmpegAvailable } from './ffmpeg.ts'
import { createMp4, mp4Size, padWithFreeBox } from './mp4.ts'
import { patternFrames } from './pattern.ts'
import type { VideoSpec } from './pattern.ts'

export { renderGeometry } from './pattern.ts'
export type { RenderGeometry, VideoSpec } from './pattern.ts'

export type RenderMode = 'synthetic' | 'ffmpeg'
export type RenderOption = RenderMode | 'auto'

const RENDER_TIMEOUT_MS = 60_000

// one thread and bitexact flags: no encoder version strings or thread-dependent slicing in the bytes
function encodeArgs (outputPath: string): string[] {
  return [
    '-nostdin', '-hide_banner', '-v', 'error', '-y', '-f', 'yuv4mpegpipe', '-i', 'pipe:0',
    '-threads', '1', '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '28', '-pix_fmt', 'yuv420p',
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-map_metadata', '-1', '-movflags', '+faststart',
    '-f', 'mp4', outputPath
  ]
}

type EncoderProcess = ChildProcessByStdio<Writable, null, Readable>

interface Encoder {
  outputPath: string
  ready (): boolean
  encode (frames: Buffer): Promise<void>
  kill (): Promise<void>
}

// a waiting spare must not keep the simulator's process alive; an encoding one must
function setReferenced (child: EncoderProcess, referenced: boolean): void {
  for (const handle of [child, child.stdin as Socket, child.stderr as Socket]) {
    if (referenced) handle.ref()
    else handle.unref()
  }
}

function exitOf (child: EncoderProcess, timedOut: () => boolean): Promise<void> {
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-2000) })
  return new Promise((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`ffmpeg could not start: ${err.message}`, { cause: err })))
    child.once('close', (code, signal) => {
      if (code === 0) resolve()
      else if (timedOut()) reject(new Error(`ffmpeg did not finish within ${RENDER_TIMEOUT_MS} ms`))
      else reject(new Error(`ffmpeg exited with ${code ?? signal}: ${stderr.trim()}`))
    })
  })
}

// ffmpeg opens its input before its output: until frames arrive it waits on stdin, no file made
function startEncoder (directory: string): Encoder {
  const outputPath = join(directory, `.encoding-${randomUUID()}.mp4`)
  const child = spawn('ffmpeg', encodeArgs(outputPath), { stdio: ['pipe', 'ignore', 'pipe'] })
  let timedOut = false
  const exited = exitOf(child, () => timedOut)
  exited.catch(() => {})
  // EPIPE when ffmpeg is already gone: its exit carries the reason
  child.stdin.on('error', () => {})
  setReferenced(child, false)
  return {
    outputPath,
    ready: () => child.pid !== undefined && child.exitCode === null && child.signalCode === null,
    async encode (frames) {
      setReferenced(child, true)
      const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL') }, RENDER_TIMEOUT_MS)
      try {
        child.stdin.end(frames)
        await exited
      } finally {
        clearTimeout(timer)
      }
    },
    async kill () {
      // held until the exit is seen, else a process with nothing else to do quits mid-await
      setReferenced(child, true)
      child.kill('SIGKILL')
      await exited.catch(() => {})
    }
  }
}

async function encodeVideo (encoder: Encoder, path: string, spec: VideoSpec): Promise<void> {
  try {
    await encoder.encode(patternFrames(spec))
    await padWithFreeBox(encoder.outputPath, mp4Size(spec))
    // renamed into place so a reader never sees half a file
    await rename(encoder.outputPath, path)
  } catch (err) {
    await rm(encoder.outputPath, { force: true })
    throw err
  }
}

// one video with a fresh ffmpeg: for tests and tools; the simulator uses a renderer
export async function renderMp4 (path: string, spec: VideoSpec): Promise<void> {
  await encodeVideo(startEncoder(dirname(path)), path, spec)
}

export interface Renderer {
  mode: RenderMode
  write (path: string, spec: VideoSpec): Promise<void>
  close (): Promise<void>
}

// ffmpeg spends about 0.2 s of CPU loading its libraries before it reads a byte, as long as a
// whole generation at the time scales tests use. After each render a spare encoder is started,
// waiting on stdin, so the next render skips that cost. Started after a render rather than at
// start: a simulator that never generates (most tests) spawns nothing.
export function createRenderer (mode: RenderMode, directory: string): Renderer {
  let spare: Encoder | undefined
  let closed = false

  function take (): Encoder {
    const encoder = spare?.ready() === true ? spare : startEncoder(directory)
    if (encoder !== spare) spare?.kill().catch(() => {})
    spare = undefined
    return encoder
  }

  function replenish (): void {
    if (spare === undefined && !closed) spare = startEncoder(directory)
  }

  return {
    mode,
    async write (path, spec) {
      if (mode === 'synthetic') return writeFile(path, createMp4(spec, spec.prompt, spec.seed, spec.variant ?? 0, spec.corrupt === true))
      try {
        await encodeVideo(take(), path, spec)
      } finally {
        replenish()
      }
    },
    async close () {
      closed = true
      await spare?.kill()
      spare = undefined
    }
  }
}

export async function resolveRenderMode (option: RenderOption = 'auto'): Promise<RenderMode> {
  if (option !== 'auto' && option !== 'ffmpeg' && option !== 'synthetic') {
    throw new Error(`simulator render must be one of synthetic, ffmpeg, auto, got '${String(option)}'`)
  }
  if (option === 'synthetic') return 'synthetic'
  const available = await ffmpegAvailable()
  if (option === 'ffmpeg' && !available) {
    throw new Error("simulator render 'ffmpeg' needs ffmpeg on the PATH (Debian package ffmpeg); render 'auto' falls back to synthetic files")
  }
  return available ? 'ffmpeg' : 'synthetic'
}
