// Output parity of a pair: both sides' videos decoded by ffmpeg and compared frame by frame.
// Timing alone never shows a backend that corrupts its output: the u1r2 ring SP configuration
// once did (the upstream fix measured SSIM 0.894 against the 1-GPU output).
import { spawn } from 'node:child_process'
import { rm, stat } from 'node:fs/promises'

export interface ParityResult {
  // ffmpeg ssim filter's "All": mean over frames of the Y, U and V SSIM weighted by plane size
  ssim: number
  // ffmpeg psnr filter's "average" in dB; null when the videos are identical (infinite PSNR)
  psnr: number | null
}

// below this a pair is flagged: re-encoding the same frames stays well above it, while the
// upstream corruption (0.894) is far below
export const defaultSsimThreshold = 0.98

const DEFAULT_TIMEOUT_MS = 60_000
const STDERR_KEEP_CHARS = 16_000

interface Output {
  stdout: string
  stderr: string
}

function lastLines (text: string, count = 6): string {
  return text.trim().split('\n').slice(-count).join('\n')
}

function run (command: string, args: string[], timeoutMs: number): Promise<Output> {
  return new Promise((resolve, reject) => {
    // the abort kills the child, so a stuck decode never outlives the timeout
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: AbortSignal.timeout(timeoutMs), killSignal: 'SIGKILL' })
    const output: Output = { stdout: '', stderr: '' }
    let failure: Error | undefined
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => { output.stdout += chunk })
    // the summary lines come last; keep the tail of a long log only
    child.stderr.on('data', (chunk: string) => { output.stderr = (output.stderr + chunk).slice(-STDERR_KEEP_CHARS) })
    child.once('error', (err) => {
      failure = err.name === 'AbortError' ? new Error(`${command} timed out after ${timeoutMs} ms`, { cause: err }) : err
      // a spawn that never started (ENOENT) emits no 'close'
      if (child.pid === undefined) reject(new Error(`${command} could not start: ${err.message}`, { cause: err }))
    })
    child.once('close', (code, signal) => {
      if (failure !== undefined) reject(failure)
      else if (code === 0) resolve(output)
      else reject(new Error(`${command} exited with ${code ?? signal}: ${lastLines(output.stderr)}`))
    })
  })
}

// scale2ref brings the candidate to the baseline's size (a no-op when they match), because the
// ssim and psnr filters refuse inputs of different sizes or pixel formats. ffmpeg 7 deprecates it
// for scale's rw/rh but keeps it; Debian 12 ships ffmpeg 5.1, which has only scale2ref

const PARITY_GRAPH = [
  '[1:v][0:v]scale2ref[candidate][baseline]',
  '[baseline]format=yuv420p,split[b_ssim][b_psnr]',
  '[candidate]format=yuv420p,split[c_ssim][c_psnr]',
  '[b_ssim][c_ssim]ssim',
  '[b_psnr][c_psnr]psnr'
].join(';')

export function parseParity (stderr: string): ParityResult | undefined {
  const ssim = /SSIM .*All:(\d+(?:\.\d+)?)/.exec(stderr)?.[1]
  const psnr = /PSNR .*average:(inf|\d+(?:\.\d+)?)/.exec(stderr)?.[1]
  if (ssim === undefined || psnr === undefined) return undefined
  return { ssim: Number(ssim), psnr: psnr === 'inf' ? null : Number(psnr) }
}

export async function measureParity (baselinePath: string, candidatePath: string, options: { timeoutMs?: number } = {}): Promise<ParityResult> {
  const args = ['-nostdin', '-hide_banner', '-nostats', '-i', baselinePath, '-i', candidatePath, '-lavfi', PARITY_GRAPH, '-f', 'null', '-']
  let output: Output
  try {
    output = await run('ffmpeg', args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  } catch (err) {
    throw new Error(`could not compare ${baselinePath} with ${candidatePath}: ${(err as Error).message}`, { cause: err })
  }
  const result = parseParity(output.stderr)
  if (result === undefined) throw new Error(`could not compare ${baselinePath} with ${candidatePath}: ffmpeg compared no frames`)
  return result
}

// from the container's sample table when it has one (mp4 does), else by counting packets.
// ffprobe comes in the same Debian package as ffmpeg
async function frameCount (videoPath: string): Promise<number> {
  const probe = ['-v', 'error', '-select_streams', 'v:0', '-of', 'default=noprint_wrappers=1:nokey=1']
  const { stdout } = await run('ffprobe', [...probe, '-show_entries', 'stream=nb_frames', videoPath], DEFAULT_TIMEOUT_MS)
  const frames = Number.parseInt(stdout.trim(), 10)
  if (frames > 0) return frames
  const counted = await run('ffprobe', [...probe, '-count_packets', '-show_entries', 'stream=nb_read_packets', videoPath], DEFAULT_TIMEOUT_MS)
  return Number.parseInt(counted.stdout.trim(), 10) || 0
}

// a frame from the middle by default: the first frames of a diffusion video are the least telling.
// Chosen by index, not by seeking to a time, which can land after the last frame and give nothing
export async function extractFrame (videoPath: string, pngPath: string, options: { atFraction?: number } = {}): Promise<void> {
  const fraction = Math.min(Math.max(options.atFraction ?? 0.5, 0), 1)
  // a stale picture from an earlier call must not pass for this one
  await rm(pngPath, { force: true })
  try {
    const frames = await frameCount(videoPath)
    const index = Math.max(0, Math.min(frames - 1, Math.floor(frames * fraction)))
    await run('ffmpeg', ['-nostdin', '-hide_banner', '-v', 'error', '-y', '-i', videoPath,
      '-vf', `select=eq(n\\,${index})`, '-frames:v', '1', '-c:v', 'png', '-f', 'image2', pngPath], DEFAULT_TIMEOUT_MS)
  } catch (err) {
    throw new Error(`could not extract a frame of ${videoPath}: ${(err as Error).message}`, { cause: err })
  }
  const written = await stat(pngPath).catch(() => undefined)
  if (written === undefined || written.size === 0) throw new Error(`could not extract a frame of ${videoPath}: ffmpeg decoded no frame`)
}

// Each pixel's absolute difference of the two frames, per channel, brightened fourfold so a
// difference of a few levels (what a re-encode leaves) is visible and a corrupt frame glares.
// scale2ref and rgb24 as in PARITY_GRAPH: blend needs inputs of one size and format
export const differenceGain = 4
const DIFFERENCE_GRAPH = [
  '[1:v][0:v]scale2ref[candidate][baseline]',
  '[baseline]format=rgb24[b]',
  '[candidate]format=rgb24[c]',
  `[b][c]blend=all_mode=difference,lutrgb=r='min(val*${differenceGain},255)':g='min(val*${differenceGain},255)':b='min(val*${differenceGain},255)'`
].join(';')

/** The difference image of two frames (PNG in, PNG out): black where they agree. */
export async function differenceImage (baselinePng: string, candidatePng: string, pngPath: string): Promise<void> {
  await rm(pngPath, { force: true })
  try {
    await run('ffmpeg', ['-nostdin', '-hide_banner', '-v', 'error', '-y', '-i', baselinePng, '-i', candidatePng,
      '-lavfi', DIFFERENCE_GRAPH, '-frames:v', '1', '-c:v', 'png', '-f', 'image2', pngPath], DEFAULT_TIMEOUT_MS)
  } catch (err) {
    throw new Error(`could not draw the difference of ${baselinePng} and ${candidatePng}: ${(err as Error).message}`, { cause: err })
  }
  const written = await stat(pngPath).catch(() => undefined)
  if (written === undefined || written.size === 0) throw new Error(`could not draw the difference of ${baselinePng} and ${candidatePng}: ffmpeg wrote nothing`)
}
