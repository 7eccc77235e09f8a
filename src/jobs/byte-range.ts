// One byte range of a video (RFC 9110 14.1.2), for players that seek. Several ranges at once,
// or a header that is not a bytes range, are ignored: the whole video answers, as the RFC allows.

export interface ByteRange { start: number, end: number }

/** The range asked of `size` bytes; 'unsatisfiable' when it lies past the end; null to ignore. */
export function parseByteRange (header: string, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  const [first, last] = [match[1]!, match[2]!]
  if (first === '') {
    // The last N bytes
    const suffix = Number(last)
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (last !== '' && Number(last) < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end }
}
