import { spawn } from 'node:child_process'

let detected: Promise<boolean> | undefined

/**
 * Whether ffmpeg is on the PATH, asked once per process: the simulator renders real H.264 with
 * it and paired runs measure output parity with it; both work, said so, without it.
 */
export function ffmpegAvailable (): Promise<boolean> {
  detected ??= new Promise((resolve) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore', timeout: 10_000 })
    child.once('error', () => resolve(false))
    child.once('close', (code) => resolve(code === 0))
  })
  return detected
}
