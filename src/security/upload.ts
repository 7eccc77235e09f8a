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

/** The checked upload for a multipart `input_reference`, or a 400 that says what is wrong. */
export function imageUpload (value: unknown, maxBytes: number): Upload {
  if (!Buffer.isBuffer(value)) {
    throw new UploadRefusedError('input_reference: send the image as a multipart file; a path or URL string is not accepted (use reference_url for a URL)')
  }
  if (value.length === 0) throw new UploadRefusedError('input_reference: the file is empty')
  if (value.length > maxBytes) throw new UploadRefusedError(`input_reference: the file has ${value.length} bytes, more than the ${maxBytes} allowed`)
  const kind = signatures.find((signature) => signature.matches(value))
  if (!kind) throw new UploadRefusedError('input_reference: not a PNG, JPEG or WebP image')
  return { bytes: value, mediaType: kind.mediaType, filename: `input_reference.${kind.extension}` }
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
