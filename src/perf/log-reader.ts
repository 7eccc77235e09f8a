// Follows the backend's performance.log (JSON Lines, appended once per request) and answers
// "has the record for this job arrived yet?". Reads only the bytes added since the last read, so
// a log of millions of requests costs nothing per lookup.
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { PERFORMANCE_LOG_TAG, checkPerformanceLogRecord } from './record.ts'
import type { StageRecord } from './record.ts'

export interface PerformanceLogReaderOptions {
  dir: string
  fileName?: string
  // records kept, oldest inserted evicted first
  maxRecords?: number
  // a longer line is dropped (and its request id, if visible, marked corrupt)
  maxLineBytes?: number
  now?: () => number
}

export interface FindOptions {
  waitMs?: number
  pollMs?: number
}

export type FindResult = StageRecord | 'corrupt' | undefined

export interface PerformanceLogReader {
  find (requestId: string, options?: FindOptions): Promise<FindResult>
  /** Why the line of a request found 'corrupt' was rejected (a field named, or a cut line). */
  rejectionOf (requestId: string): string | undefined
  close (): void
}

const NEWLINE = 0x0a
const CHUNK_BYTES = 1 << 20
const EMPTY = Buffer.alloc(0)
// Python's json.dumps writes `": "`; other writers may not
const REQUEST_ID_IN_TEXT = /"request_id"\s*:\s*"([^"\\]{1,256})"/
// n > 1 outputs are logged as `<id>:<k>`; the first output stands for the job
const FIRST_OUTPUT_SUFFIX = /^(.+):0$/
const NOT_JSON = 'not valid JSON (a line cut short, or not written as JSON)'
const RECORD_START = /\{"request_id"\s*:/g

function lastRecordStart (text: string): number {
  let last = -1
  for (const match of text.matchAll(RECORD_START)) last = match.index
  return last
}

// A rejected line keeps its reason until a good line for the same id replaces it
interface Rejected { reason: string }
type Entry = StageRecord | Rejected

function isRejected (entry: Entry | undefined): entry is Rejected {
  return entry !== undefined && !('requestId' in entry)
}

export function createPerformanceLogReader (options: PerformanceLogReaderOptions): PerformanceLogReader {
  const path = join(options.dir, options.fileName ?? 'performance.log')
  const maxRecords = options.maxRecords ?? 10_000
  const maxLineBytes = options.maxLineBytes ?? 4 * 2 ** 20
  const now = options.now ?? Date.now
  const records = new Map<string, Entry>()
  const sleepers = new Set<() => void>()
  let offset = 0
  let fileIdentity: string | undefined
  let remainder = EMPTY
  let skippingLongLine = false
  let reading: Promise<void> | undefined
  let closed = false

  function remember (key: string, value: Entry): void {
    const existing = records.get(key)
    // A duplicate garbled line must not hide a good record already read
    if (isRejected(value) && existing !== undefined && !isRejected(existing)) return
    records.delete(key)
    records.set(key, value)
    for (const oldest of records.keys()) {
      if (records.size <= maxRecords) break
      records.delete(oldest)
    }
  }

  function rememberUnder (requestId: string, value: Entry): void {
    remember(requestId, value)
    const job = FIRST_OUTPUT_SUFFIX.exec(requestId)?.[1]
    if (job !== undefined) remember(job, value)
  }

  function markCorrupt (text: string, reason: string, json?: unknown): void {
    const fromJson = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).request_id : undefined
    const requestId = typeof fromJson === 'string' && fromJson.length > 0 ? fromJson : REQUEST_ID_IN_TEXT.exec(text)?.[1]
    if (requestId !== undefined) rememberUnder(requestId, { reason })
  }

  // `final`: a complete line, so a failure to parse is corruption rather than a line in progress
  function handleText (text: string, final: boolean): void {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      if (final) handleBrokenLine(text)
      return
    }
    const tag = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).tag : undefined
    if (tag !== undefined && tag !== PERFORMANCE_LOG_TAG) return
    const { record, reason } = checkPerformanceLogRecord(json)
    if (record !== undefined) rememberUnder(record.requestId, record)
    else if (final) markCorrupt(text, reason, json)
  }

  // A writer killed mid-line leaves no newline, so a restarted server's next record runs on in
  // the same line (append mode, SGLang utils/perf_logger.py:395). Records begin with request_id
  // (RequestPerfRecord's first field, perf_logger.py:160-171): a later record start in a broken
  // line is read on its own, and only the cut head is corrupt
  function handleBrokenLine (text: string): void {
    const start = lastRecordStart(text)
    if (start <= 0) return markCorrupt(text, NOT_JSON)
    markCorrupt(text.slice(0, start), NOT_JSON)
    handleText(text.slice(start), true)
  }

  function handleLine (bytes: Buffer): void {
    const text = bytes.toString('utf8').trim()
    if (text.length > 0) handleText(text, true)
  }

  function consume (chunk: Buffer): void {
    let start = 0
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, newline)
      if (!skippingLongLine) handleLine(remainder.length > 0 ? Buffer.concat([remainder, piece]) : piece)
      skippingLongLine = false
      remainder = EMPTY
      start = newline + 1
    }
    if (skippingLongLine || start === chunk.length) return
    // Copy: the chunk buffer is not ours to keep
    remainder = Buffer.concat([remainder, chunk.subarray(start)])
    if (remainder.length > maxLineBytes) {
      markCorrupt(remainder.subarray(0, 4096).toString('utf8'), `longer than ${maxLineBytes} bytes`)
      remainder = EMPTY
      skippingLongLine = true
    }
  }

  // A last line still waiting for its newline can already be a whole JSON object (a writer that
  // does not end its last line); index it but keep the bytes, since more may follow
  function indexRemainder (): void {
    if (remainder.length > 0 && !skippingLongLine) handleText(remainder.toString('utf8').trim(), false)
  }

  function restartAtBeginning (): void {
    offset = 0
    remainder = EMPTY
    skippingLongLine = false
  }

  async function readNewBytes (): Promise<void> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (err) {
      // Not written yet (or rotated away): nothing to read, and the next file starts at 0
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      fileIdentity = undefined
      restartAtBeginning()
      return
    }
    try {
      const stats = await handle.stat()
      const identity = `${stats.dev}:${stats.ino}`
      // A new inode is a rename rotation; a smaller size is truncation (copytruncate). Lines the
      // old file got after our last read are lost: the records are a measurement, not a ledger
      if (identity !== fileIdentity || stats.size < offset) restartAtBeginning()
      fileIdentity = identity
      await readRange(handle, stats.size)
    } finally {
      await handle.close()
    }
    indexRemainder()
  }

  async function readRange (handle: FileHandle, endOffset: number): Promise<void> {
    while (offset < endOffset) {
      const buffer = Buffer.allocUnsafe(Math.min(endOffset - offset, CHUNK_BYTES))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
      if (bytesRead === 0) return
      offset += bytesRead
      consume(buffer.subarray(0, bytesRead))
    }
  }

  // Concurrent finds share the read in flight rather than reading the same bytes twice
  function readShared (): Promise<void> {
    reading ??= readNewBytes().finally(function readDone () { reading = undefined })
    return reading
  }

  // Not unref()ed: someone awaits this and the wait is bounded by waitMs; close() cuts it short
  function sleep (ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(wake, ms)
      function wake (): void {
        clearTimeout(timer)
        sleepers.delete(wake)
        resolve()
      }
      sleepers.add(wake)
    })
  }

  async function find (requestId: string, findOptions: FindOptions = {}): Promise<FindResult> {
    const { waitMs = 0, pollMs = 25 } = findOptions
    const cached = records.get(requestId)
    // A corrupt mark is checked against new bytes once: a good line for the id may follow
    if ((cached !== undefined && !isRejected(cached)) || closed) return resultOf(cached)
    const deadline = now() + waitMs
    for (;;) {
      await readShared()
      const found = records.get(requestId)
      const remainingMs = deadline - now()
      if (found !== undefined || closed || remainingMs <= 0) return resultOf(found)
      await sleep(Math.min(pollMs, remainingMs))
    }
  }

  function resultOf (entry: Entry | undefined): FindResult {
    return isRejected(entry) ? 'corrupt' : entry
  }

  function rejectionOf (requestId: string): string | undefined {
    const entry = records.get(requestId)
    return isRejected(entry) ? entry.reason : undefined
  }

  function close (): void {
    closed = true
    for (const wake of sleepers) wake()
  }

  return { find, rejectionOf, close }
}
