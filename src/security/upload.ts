import type { Upload } from '../backends/client.ts'

export class UploadRefusedError extends Error {
  readonly statusCode = 400
  readonly code = 'RINGSIDE_UPLOAD_REFUSED'
  readonly param = 'input_reference'
  override name = 'UploadRefusedError'
}

// Types are read from the bytes, not from the client's say-so: a TI2V model takes an image.
const signatures: Array<{ mediaType: string, extension: string, matches: (b: Buffer) => boolean }> = [
  { mediaType: 'image/png', extension: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mediaType: 'image/jpeg', extension: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mediaType: 'image/webp', extension: 'webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' }
]

/** The checked upload for a multipart `input_reference`, or a 400 that says what is wrong. */
export function imageUpload (value: unknown, maxBytes: number): Upload {
  if (!Buffer.isBuffer(value)) throw new UploadRefusedError('input_reference: send the image as a multipart file; a path or URL string is not accepted (use reference_url for a URL)')
  if (value.length === 0) throw new UploadRefusedError('input_reference: the file is empty')
  if (value.length > maxBytes) throw new UploadRefusedError(`input_reference: the file has ${value.length} bytes, more than the ${maxBytes} allowed`)
  const kind = signatures.find((signature) => signature.matches(value))
  if (!kind) throw new UploadRefusedError('input_reference: not a PNG, JPEG or WebP image')
  return { bytes: value, mediaType: kind.mediaType, filename: `input_reference.${kind.extension}` }
}
