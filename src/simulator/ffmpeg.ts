import { spawn } from 'node:child_process'

let detected: Promise<boolean> | undefined

/**
 * Whether ffmpeg is on the PATH, asked once per process: with it the simulator renders real
 * H.264, without it synthetic files. The gateway asks the same question for parity in its own
 * src/ffmpeg.ts; the simulator keeps this copy so that it imports nothing of the gateway's.
 */
export function ffmpegAvailable (): Promise<boolean> {
  detected ??= new Promise((resolve) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore', timeout: 10_000 })
    child.once('error', () => resolve(false))
    child.once('close', (code) => resolve(code === 0))
  })
  return detected
}
