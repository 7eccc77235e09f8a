// Real H.264 from the simulator: twins match byte for byte across backends, ffmpeg decodes them,
// and the corruptOutput fault damages one side. CI installs ffmpeg, so its absence is a failure.
import { execFile } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { test } from 'tap'
import type { Test } from 'tap'
import { startSimulator } from '../../src/simulator/index.ts'
import { mp4Size } from '../../src/simulator/mp4.ts'
import { renderGeometry } from '../../src/simulator/render.ts'
import { ffmpegAvailable } from '../../src/simulator/ffmpeg.ts'
import { build, postJson, settled } from './helper.ts'
import type { Built } from './helper.ts'

const run = promisify(execFile)
// the server's default request: 1280x704, 97 frames at 16 fps
const defaultShape = { width: 1280, height: 704, numFrames: 97, fps: 16 }

async function generate (built: Built, body: Record<string, unknown>): Promise<Buffer> {
  const created = await postJson(`${built.sim.url}/v1/videos`, body)
  const job = await settled(built.sim, created.body.id, 20_000)
  if (job.status !== 'completed') throw new Error(`job ended ${job.status}: ${JSON.stringify(job.error)}`)
  return Buffer.from(await (await fetch(`${built.sim.url}/v1/videos/${job.id}/content`)).arrayBuffer())
}

async function decodes (t: Test, bytes: Buffer, dir: string, name: string): Promise<void> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  const { stderr } = await run('ffmpeg', ['-nostdin', '-v', 'error', '-i', path, '-f', 'null', '-'])
  t.equal(stderr, '', `${name} decodes without errors`)
}

// top-level boxes as [type, size]
function boxes (bytes: Buffer): Array<[string, number]> {
  const found: Array<[string, number]> = []
  for (let offset = 0; offset + 8 <= bytes.length;) {
    let size = bytes.readUInt32BE(offset)
    if (size === 1) size = Number(bytes.readBigUInt64BE(offset + 8))
    if (size < 8) break
    found.push([bytes.subarray(offset + 4, offset + 8).toString('latin1'), size])
    offset += size
  }
  return found
}

test('ffmpeg is installed, as CI installs it: the render tests below need it', async (t) => {
  t.ok(await ffmpegAvailable(), 'ffmpeg -version must work (apt-get install ffmpeg); without it the simulator falls back to undecodable synthetic files')
})

test('twin requests on a u1r2 and a u1r1 simulator give byte-identical mp4s that ffmpeg decodes', async (t) => {
  const ring = await build(t, { profile: 'u1r2', render: 'ffmpeg' })
  const baseline = await build(t, { profile: 'u1r1', render: 'ffmpeg' })
  const request = { prompt: 'a red fox in the snow', seed: 42 }
  const [a, b] = await Promise.all([generate(ring, request), generate(baseline, request)])
  t.ok(a.equals(b), 'the two backends wrote the same bytes')
  t.equal(a.subarray(4, 8).toString('latin1'), 'ftyp')
  t.equal(a.length, mp4Size(defaultShape), 'padded to the size a 1280x704x97 H.264 video has')
  const layout = boxes(a)
  t.same(layout.slice(0, 2).map(([type]) => type), ['ftyp', 'moov'], 'moov before mdat (faststart)')
  t.equal(layout.at(-1)?.[0], 'free', 'the padding is a free box at the end')
  t.equal(layout.reduce((sum, [, size]) => sum + size, 0), a.length, 'the boxes cover the file exactly')
  await decodes(t, a, ring.outputDir, 'twin.mp4')
  const probe = ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height,nb_frames', '-of', 'csv=p=0']
  const { stdout } = await run('ffprobe', [...probe, join(ring.outputDir, 'twin.mp4')])
  const geometry = renderGeometry(defaultShape)
  t.equal(stdout.trim(), `h264,${geometry.width},${geometry.height},${geometry.frames}`, 'H.264 at the reduced render size')
})

test('different seeds and prompts give different videos', async (t) => {
  const built = await build(t, { render: 'ffmpeg' })
  const [one, two, other] = await Promise.all([
    generate(built, { prompt: 'fox', seed: 1, size: '320x176' }),
    generate(built, { prompt: 'fox', seed: 2, size: '320x176' }),
    generate(built, { prompt: 'owl', seed: 1, size: '320x176' })
  ])
  t.notOk(one.equals(two), 'seeds differ')
  t.notOk(one.equals(other), 'prompts differ')
  t.equal(one.length, two.length, 'same request shape, same padded size')
})

test('corruptOutput makes a backend write frames that differ from its healthy twin and still decode', async (t) => {
  const ring = await build(t, { profile: 'u1r2', render: 'ffmpeg' })
  const baseline = await build(t, { profile: 'u1r1', render: 'ffmpeg' })
  ring.sim.setFaults({ corruptOutput: true })
  const request = { prompt: 'a red fox in the snow', seed: 42, size: '832x480' }
  const [corrupted, clean] = await Promise.all([generate(ring, request), generate(baseline, request)])
  t.notOk(corrupted.equals(clean))
  t.equal(corrupted.length, clean.length, 'the size does not give it away')
  await decodes(t, corrupted, ring.outputDir, 'corrupted.mp4')
  ring.sim.clearFaults()
  t.ok((await generate(ring, request)).equals(clean), 'cleared, the twins match again')
})

test('in synthetic mode twins match and corruptOutput flips bytes of the same size', async (t) => {
  const built = await build(t, { render: 'synthetic' })
  const request = { prompt: 'fox', seed: 7, size: '320x176' }
  const clean = await generate(built, request)
  t.ok(clean.equals(await generate(built, request)))
  built.sim.setFaults({ corruptOutput: true })
  const corrupted = await generate(built, request)
  t.notOk(corrupted.equals(clean))
  t.equal(corrupted.length, clean.length)
  t.same(boxes(clean).map(([type]) => type), ['ftyp', 'moov', 'mdat'])
})

test('the render is a reduced copy of the requested shape with its duration', async (t) => {
  t.same(renderGeometry(defaultShape), { width: 192, height: 106, frames: 16, rate: [256, 97], columns: 32, rows: 18 })
  const portrait = renderGeometry({ width: 480, height: 832, numFrames: 9, fps: 16 })
  t.same([portrait.width, portrait.height, portrait.frames, portrait.rate], [110, 192, 9, [144, 9]])
  const tiny = renderGeometry({ width: 8, height: 8, numFrames: 1, fps: 16 })
  t.same([tiny.width, tiny.height], [16, 16], 'never below what the encoder accepts')
})

test('closing the simulator mid-render finishes the started renders and leaves no encoder file behind', async (t) => {
  const built = await build(t, { render: 'ffmpeg', timeScale: 1 })
  await postJson(`${built.sim.url}/v1/videos`, { prompt: 'closing', n: 3 })
  await built.sim.close()
  const names = await readdir(built.outputDir)
  t.same(names.filter((name) => name.startsWith('.encoding-')), [], `outputs: ${names.join(', ')}`)
  t.equal(names.length, 3, 'the started renders were finished before close resolved')
})

test('an unknown render option fails the start with a message naming it', async (t) => {
  await t.rejects(startSimulator({ profile: 'u1r2', render: 'gpu' as 'auto' }), /render must be one of synthetic, ffmpeg, auto, got 'gpu'/)
})
