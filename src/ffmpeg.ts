import { spawn } from 'node:child_process'

let detected: Promise<boolean> | undefined

/**
 * Whether ffmpeg is on the PATH, asked once per process: paired runs measure output parity with
 * it, and say so when it is missing. (The simulator has its own probe: it imports nothing of ours.)
 */
export function ffmpegAvailable (): Promise<boolean> {
  detected ??= new Promise((resolve) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore', timeout: 10_000 })
    child.once('error', () => resolve(false))
    child.once('close', (code) => resolve(code === 0))
  })
  return detected
}
