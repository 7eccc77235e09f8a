import type { Upload } from '../backends/client.ts'
import { MalformedMultipartError } from '../errors.ts'

export class UploadRefusedError extends Error {
  readonly statusCode = 400
  readonly code = 'RINGSIDE_UPLOAD_REFUSED'
  readonly param = 'input_reference'
  override name = 'UploadRefusedError'
}

// Types are read from the bytes, not from the client's say-so: a TI2V model takes an image.
// Not file-type: the form is buffered whole before this (no stream to sniff), and file-type also
// walks the PNG chunks, answering nothing for a signature the backend's decoder is left to judge.
const ascii = (b: Buffer, start: number, end: number) => b.subarray(start, end).toString('latin1')

const signatures: Array<{ mediaType: string, extension: string, matches: (b: Buffer) => boolean }> = [
  { mediaType: 'image/png', extension: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mediaType: 'image/jpeg', extension: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mediaType: 'image/webp', extension: 'webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' }
]

export interface UploadLimits {
  maxBytes: number
  /** Width x height as the image header declares it: a small file can declare a huge image, which the backend's decoder allocates. */
  maxPixels: number
  maxSide: number
}

/** The checked upload for a multipart `input_reference`, or a 400 that says what is wrong. */
export function imageUpload (value: unknown, limits: UploadLimits): Upload {
  if (!Buffer.isBuffer(value)) {
    throw new UploadRefusedError('input_reference: send the image as a multipart file; a path or URL string is not accepted (use reference_url for a URL)')
  }
  if (value.length === 0) throw new UploadRefusedError('input_reference: the file is empty')
  if (value.length > limits.maxBytes) {
    throw new UploadRefusedError(`input_reference: the file has ${value.length} bytes, more than the ${limits.maxBytes} allowed`)
  }
  const kind = signatures.find((signature) => signature.matches(value))
  if (!kind) throw new UploadRefusedError('input_reference: not a PNG, JPEG or WebP image')
  const size = imageDimensions(value)
  if (!size) throw new UploadRefusedError(`input_reference: the ${kind.extension.toUpperCase()} header declares no readable width and height`)
  const { width, height } = size
  if (Math.max(width, height) > limits.maxSide) {
    throw new UploadRefusedError(`input_reference: the image is ${width}x${height}, a side longer than the ${limits.maxSide} pixels allowed`)
  }
  if (width * height > limits.maxPixels) {
    throw new UploadRefusedError(`input_reference: the image is ${width}x${height}, ${width * height} pixels, more than the ${limits.maxPixels} allowed`)
  }
  return { bytes: value, mediaType: kind.mediaType, filename: `input_reference.${kind.extension}` }
}

export interface Dimensions { width: number, height: number }

/**
 * The width and height an image's header declares, read as its decoder would before allocating:
 * PNG's IHDR (the first chunk, PNG spec 11.2.2), JPEG's first SOFn frame header (ITU T.81 B.2.2),
 * WebP's VP8 key frame header (RFC 6386 9.1), VP8L header (RFC 9649 3.2) or VP8X canvas (RFC 9649 2.7).
 * Undefined when the header is cut short or declares a zero side.
 */
export function imageDimensions (b: Buffer): Dimensions | undefined {
  const size = b[0] === 0x89 ? pngDimensions(b) : b[0] === 0xff ? jpegDimensions(b) : webpDimensions(b)
  return size && size.width > 0 && size.height > 0 ? size : undefined
}

function pngDimensions (b: Buffer): Dimensions | undefined {
  if (b.length < 24 || ascii(b, 12, 16) !== 'IHDR') return undefined
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}

// SOF0-SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
// Markers without a length: TEM, RST0-7, SOI, EOI
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)

function jpegDimensions (b: Buffer): Dimensions | undefined {
  let at = 2
  while (at + 1 < b.length) {
    if (b[at] !== 0xff) return undefined
    const marker = b[at + 1]!
    if (marker === 0xff) { at += 1; continue } // fill bytes before a marker
    if (standsAlone(marker)) { at += 2; continue }
    // Image data starts with SOS: a frame header must have come before it
    if (marker === 0xda || at + 4 > b.length) return undefined
    if (isStartOfFrame(marker)) return at + 9 > b.length ? undefined : { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) }
    at += 2 + b.readUInt16BE(at + 2)
  }
  return undefined
}

function webpDimensions (b: Buffer): Dimensions | undefined {
  const chunk = ascii(b, 12, 16)
  if (chunk === 'VP8 ' && b.length >= 30 && b.readUIntBE(23, 3) === 0x9d012a) {
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff }
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 }
  return undefined
}

/**
 * Refuses a multipart/form-data request whose boundary busboy cannot use, before it is given
 * the body: its constructor throws a bare Error for a missing boundary, and another for one
 * past its needle limit, and either became a 500. RFC 2046 5.1.1: 1 to 70 characters.
 */
export function checkMultipartBoundary (contentType: string | undefined): void {
  if (!/^multipart\/form-data\b/i.test(contentType ?? '')) return
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(contentType!)
  const boundary = match?.[1] ?? match?.[2] ?? ''
  if (boundary === '') throw new MalformedMultipartError('the content-type names no boundary (multipart/form-data; boundary=...)')
  if (boundary.length > 70) throw new MalformedMultipartError(`the boundary has ${boundary.length} characters, more than the 70 RFC 2046 allows`)
}

/**
 * Reads an uploaded file part to its end. A body that ends inside the file makes busboy fail
 * with a bare stream error (a 500); it is the client's malformed form. The parser's own coded
 * errors (a file past the size limit: 413) keep their status.
 */
export async function readFilePart (part: { toBuffer (): Promise<Buffer> }): Promise<void> {
  try {
    await part.toBuffer()
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== undefined) throw err
    throw new MalformedMultipartError(`the form ended inside a file part (${(err as Error).message})`, { cause: err })
  }
}
