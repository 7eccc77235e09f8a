import { test } from 'tap'
import { PassThrough, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { createContentCache } from '../../src/jobs/content-cache.ts'

/** Writes `body` through what fill() hands back, as undici does, and answers what reached the target. */
async function download (cache: ReturnType<typeof createContentCache>, id: string, body: Buffer, declaredLength = body.length): Promise<Buffer> {
  const received: Buffer[] = []
  const target = new Writable({ write (chunk, _encoding, callback) { received.push(chunk); callback() } })
  const sink = cache.fill(id, declaredLength, target)
  for (let at = 0; at < body.length; at += 100) sink.write(body.subarray(at, at + 100))
  sink.end()
  await finished(sink)
  return Buffer.concat(received)
}

test('videos are kept within the budget, least recently used out first', async (t) => {
  const cache = createContentCache(1000)
  const video = (byte: number) => Buffer.alloc(250, byte)
  for (const id of ['a', 'b', 'c', 'd']) t.ok((await download(cache, id, video(id.charCodeAt(0)))).equals(video(id.charCodeAt(0))), `${id} passed through whole`)
  t.equal(cache.bytes, 1000)
  t.ok(cache.get('a')?.equals(video(97)), 'a read: now the most recent')
  await download(cache, 'e', video(101))
  t.equal(cache.get('b'), undefined, 'b, least recently used, made room for e')
  t.same(['a', 'c', 'd', 'e'].map((id) => cache.get(id)?.[0]), [97, 99, 100, 101])
  t.equal(cache.bytes, 1000)
  cache.delete('c')
  t.equal(cache.bytes, 750)
  t.equal(cache.size, 3)
})

test('what is not kept: too large, shorter than announced, no length, a second concurrent fill', async (t) => {
  const cache = createContentCache(1000)
  await download(cache, 'big', Buffer.alloc(251))
  t.equal(cache.get('big'), undefined, 'over a quarter of the budget')
  t.equal(cache.fill('nolength', Number(undefined), process.stdout), process.stdout, 'no content-length: the target itself')
  await download(cache, 'short', Buffer.alloc(100), 200)
  t.equal(cache.get('short'), undefined, 'fewer bytes than the backend announced')

  const first = cache.fill('x', 10, new PassThrough().resume())
  const target = new PassThrough()
  t.equal(cache.fill('x', 10, target), target, 'one download fills a video at a time')
  first.end(Buffer.alloc(10, 7))
  await finished(first)
  t.ok(cache.get('x')?.equals(Buffer.alloc(10, 7)))
})

test('a target closed midway destroys the tee and keeps nothing', async (t) => {
  const cache = createContentCache(1000)
  const target = new PassThrough()
  const sink = cache.fill('gone', 100, target)
  sink.write(Buffer.alloc(50))
  target.destroy()
  await t.rejects(finished(sink), 'the writer sees the download broken off')
  t.equal(cache.get('gone'), undefined)
  t.equal(cache.fill('gone', 100, target) === target, false, 'a later download may fill it')
})
