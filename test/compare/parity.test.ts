// Output parity measured by ffmpeg on videos the simulator renders, clean and corrupted.
// CI installs ffmpeg, so its absence is a failure here, not a skip.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { test } from 'tap'
import { defaultSsimThreshold, differenceGain, differenceImage, extractFrame, measureParity, parseParity } from '../../src/compare/parity.ts'
import { ffmpegAvailable } from '../../src/ffmpeg.ts'
import { renderMp4 } from '../../src/simulator/render.ts'
import type { VideoSpec } from '../../src/simulator/render.ts'

const run = promisify(execFile)
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const twin: VideoSpec = { width: 1280, height: 704, numFrames: 97, fps: 16, prompt: 'a red fox in the snow', seed: 42 }

interface Videos {
  dir: string
  clean: string
  cleanTwin: string
  corrupted: string
}

async function renderVideos (): Promise<Videos> {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-parity-test-'))
  const videos = { dir, clean: join(dir, 'clean.mp4'), cleanTwin: join(dir, 'clean-twin.mp4'), corrupted: join(dir, 'corrupted.mp4') }
  await Promise.all([
    renderMp4(videos.clean, twin),
    renderMp4(videos.cleanTwin, twin),
    renderMp4(videos.corrupted, { ...twin, corrupt: true })
  ])
  return videos
}

test('output parity with ffmpeg', async (t) => {
  t.ok(await ffmpegAvailable(), 'ffmpeg -version must work (apt-get install ffmpeg): parity is measured with it')
  const videos = await renderVideos()
  t.teardown(() => rm(videos.dir, { recursive: true, force: true }))

  t.test('twin videos have SSIM 1 and an infinite PSNR, reported as null', async (t) => {
    t.same(await measureParity(videos.clean, videos.cleanTwin), { ssim: 1, psnr: null })
  })

  t.test('the corruptOutput fault drops SSIM below the threshold, to where the upstream bug was', async (t) => {
    const { ssim, psnr } = await measureParity(videos.clean, videos.corrupted)
    t.ok(ssim < defaultSsimThreshold, `flagged (SSIM ${ssim})`)
    t.ok(ssim > 0.5, `still the same picture, damaged (SSIM ${ssim})`)
    t.ok(psnr !== null && psnr > 20 && psnr < 40, `PSNR ${psnr} dB`)
  })

  t.test('videos of different sizes are compared at the baseline size instead of failing', async (t) => {
    const smaller = join(videos.dir, 'smaller.mp4')
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-i', videos.clean, '-vf', 'scale=96:52', '-c:v', 'libx264', smaller])
    const { ssim } = await measureParity(videos.clean, smaller)
    t.ok(ssim > 0.8 && ssim < 1, `a blurred copy of the same pictures (SSIM ${ssim})`)
  })

  t.test('a frame from the middle is extracted as a PNG', async (t) => {
    const png = join(videos.dir, 'frame.png')
    await extractFrame(videos.corrupted, png)
    t.ok((await readFile(png)).subarray(0, 8).equals(PNG_MAGIC))
    await extractFrame(videos.clean, png, { atFraction: 1 })
    t.ok((await readFile(png)).subarray(0, 8).equals(PNG_MAGIC), 'a fraction of 1 still lands on a frame')
  })

  t.test('a file that is not a video fails with an error naming it', async (t) => {
    const notVideo = join(videos.dir, 'not-a-video.mp4')
    await writeFile(notVideo, '{"detail":"Video not found"}')
    await t.rejects(measureParity(videos.clean, notVideo), { message: new RegExp(`could not compare .*clean\\.mp4 with .*not-a-video\\.mp4: ffmpeg exited with 1: .*${'not-a-video'}`, 's') })
    await t.rejects(measureParity(videos.clean, join(videos.dir, 'missing.mp4')), { message: /No such file or directory/ })
    await t.rejects(extractFrame(notVideo, join(videos.dir, 'none.png')), { message: /could not extract a frame of .*not-a-video\.mp4/ })
  })

  t.test('a comparison that outlives its timeout is killed and reported', async (t) => {
    await t.rejects(measureParity(videos.clean, videos.corrupted, { timeoutMs: 1 }), { message: /ffmpeg timed out after 1 ms/ })
  })
})

test('the summary lines of ffmpeg 5 and later parse into SSIM All and PSNR average', async (t) => {
  const stderr = [
    '[Parsed_psnr_6 @ 0x55c2985c1f00] PSNR y:32.699519 u:32.718505 v:33.633688 average:32.845181 min:32.606567 max:33.589709',
    '[Parsed_ssim_5 @ 0x55c2985c16c0] SSIM Y:0.911724 (10.541577) U:0.932476 (11.705426) V:0.889222 (9.555464) All:0.911432 (10.527251)'
  ].join('\n')
  t.same(parseParity(stderr), { ssim: 0.911432, psnr: 32.845181 })
  t.equal(parseParity('Output file is empty, nothing was encoded'), undefined)
})

// Two flat grey pictures, one with a lighter square: their difference is black but the square,
// whose level is |0x4a - 0x40| = 10, brightened fourfold to 40. Read back as raw RGB by ffmpeg.
test('the difference image of two frames is black where they agree and brightened where they differ', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ringside-diff-test-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const [a, b, diff] = ['a.png', 'b.png', 'diff.png'].map((name) => join(dir, name)) as [string, string, string]
  const grey = ['-nostdin', '-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x404040:size=16x8']
  await run('ffmpeg', [...grey, '-frames:v', '1', '-pix_fmt', 'rgb24', a])
  await run('ffmpeg', [...grey, '-vf', 'drawbox=x=8:y=0:w=8:h=8:color=0x4a4a4a:t=fill', '-frames:v', '1', '-pix_fmt', 'rgb24', b])
  await differenceImage(a, b, diff)
  t.equal((await readFile(diff)).subarray(0, 8).compare(PNG_MAGIC), 0, 'a PNG')
  const { stdout } = await run('ffmpeg', ['-nostdin', '-v', 'error', '-i', diff, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { encoding: 'buffer' })
  const row = [...(stdout as Buffer).subarray(0, 16 * 3)]
  t.same(row.slice(0, 8 * 3), Array(24).fill(0), 'left half: the same')
  t.same(row.slice(8 * 3), Array(24).fill(10 * differenceGain), 'right half: 10 levels apart, times the gain')
  await t.rejects(differenceImage(a, join(dir, 'missing.png'), diff), { message: /could not draw the difference/ })
})
