import { Writable, finished } from 'node:stream'
import { LRUCache } from 'lru-cache'

/**
 * Finished videos kept in memory, least recently used out first, within a byte budget. A video
 * never changes once its job completed, so a copy here is never stale: downloads after the first
 * are answered without the backend (which serves files from Python, one GPU job at a time), from
 * one buffer shared by every client, and still work after the backend restarted and forgot the
 * job. A video larger than a quarter of the budget is not kept (it would evict all the others).
 */
export function createContentCache (maxBytes: number) {
  const maxEntryBytes = Math.floor(maxBytes / 4)
  // lru-cache needs a positive budget; with 0 nothing is kept anyway (no video fits a quarter of it)
  const bodies = new LRUCache<string, Buffer>({
    maxSize: Math.max(1, maxBytes),
    maxEntrySize: Math.max(1, maxEntryBytes),
    sizeCalculation: (body) => body.length
  })
  const filling = new Set<string>()

  return {
    /** The video, now the most recently used one. */
    get: (id: string): Buffer | undefined => bodies.get(id),

    /**
     * What the backend's answer is written to: `target` itself, or when the video fits and no other
     * download is filling it already, a writable that passes every chunk on to `target` (with its
     * backpressure) and keeps the video once all of `contentLength` bytes have arrived.
     */
    fill (id: string, contentLength: number, target: Writable): Writable {
      if (!(contentLength > 0 && contentLength <= maxEntryBytes) || filling.has(id)) return target
      filling.add(id)
      return teeInto(target, function kept (chunks, length) {
        filling.delete(id)
        if (chunks && length === contentLength) bodies.set(id, Buffer.concat(chunks, length))
      })
    },

    delete (id: string): void { bodies.delete(id) },

    get bytes (): number { return bodies.calculatedSize },
    get size (): number { return bodies.size }
  }
}
export type ContentCache = ReturnType<typeof createContentCache>

/**
 * Writes go on to `target`; `done` gets the chunks once the writer ended (all of the body has
 * arrived, whatever becomes of the client's last bytes), or null when either side broke off first.
 */
function teeInto (target: Writable, done: (chunks: Buffer[] | null, length: number) => void): Writable {
  const chunks: Buffer[] = []
  let length = 0
  let ending = false
  const tee = new Writable({
    write (chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      length += chunk.length
      if (target.write(chunk)) callback()
      else target.once('drain', () => callback())
    },
    final (callback) {
      ending = true
      done(chunks, length)
      target.end()
      finished(target, callback)
    },
    destroy (err, callback) {
      if (!ending) done(null, length)
      target.destroy(err ?? undefined)
      callback(err)
    }
  })
  // The client went away mid-download: the backend's side must stop too
  target.once('close', () => { if (!ending) tee.destroy(new Error('the download\'s client closed the connection')) })
  return tee
}
