// One byte range of a video (RFC 9110 14.1.2), for players that seek. Several ranges at once,
// or a header that is not a bytes range, are ignored: the whole video answers, as the RFC allows.
import parseRange from 'range-parser'

export interface ByteRange { start: number, end: number }

/** The range asked of `size` bytes; 'unsatisfiable' when it lies past the end; null to ignore. */
export function parseByteRange (header: string, size: number): ByteRange | 'unsatisfiable' | null {
  const spec = header.trim()
  const ranges = parseRange(size, spec)
  if (ranges === -2) return null
  if (ranges !== -1) return ranges.type === 'bytes' && ranges.length === 1 ? { start: ranges[0]!.start, end: ranges[0]!.end } : null
  return unsatisfiableByRangeParser(spec, size)
}

/**
 * range-parser answers "unsatisfiable" for two single ranges RFC 9110 14.1.2 reads otherwise: a
 * suffix longer than the video is all of it, and a last byte before the first makes the header
 * invalid (ignored). Anything else it calls unsatisfiable is; several ranges are ignored.
 */
function unsatisfiableByRangeParser (spec: string, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(spec)
  if (!match) return null
  const [first, last] = [match[1]!, match[2]!]
  if (first === '') return Number(last) > 0 && size > 0 ? { start: 0, end: size - 1 } : 'unsatisfiable'
  if (last !== '' && Number(last) < Number(first)) return null
  return 'unsatisfiable'
}
