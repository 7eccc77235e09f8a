// Signed job ids: the id itself says which backend replica owns the job, so any gateway replica
// can route a follow-up without a shared store, and the signature stops clients from steering a
// request to a backend (or an upstream id) of their choosing. The id also names the API key that
// made the job, so who may see it survives a restart and holds on every replica sharing the secret.
import { createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto'

export interface JobRef {
  backend: string
  replica: number
  upstreamId: string
  /** Name of the API key that made the job; absent when the API was open (or the gateway made it). */
  owner?: string
}

export interface JobIdCodec {
  encode (ref: JobRef): string
  decode (id: unknown): JobRef | undefined
}

const PREFIX = 'video_'
const MAX_ID_LENGTH = 512
const SIGNATURE_BYTES = 16
const MIN_SECRET_BYTES = 16
const MAX_REPLICA = 65535
// Changing the payload layout means changing this label, so an id is only ever read with the
// layout it was signed with. v1 (`backend.replica.upstreamId`) ids, issued before jobs had owners,
// still decode: they carry no owner, so only admin keys (or an open API) reach them (src/security/tenancy.ts)
const SIGNING_CONTEXT = 'ringside-job-id-v2\n'
const V1_SIGNING_CONTEXT = 'ringside-job-id-v1\n'

const BACKEND_NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/
const UPSTREAM_ID = /^[A-Za-z0-9_:-]{1,128}$/
const REPLICA = /^(?:0|[1-9][0-9]{0,4})$/
// An API key's name (src/config.ts ApiKeySchema): it may hold '.', so it is the payload's last field
const OWNER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
// Payload is `backend.replica.upstreamId.owner` (owner empty for none); '.' appears in neither of
// the first three alphabets. Longest: 32 + 1 + 5 + 1 + 128 + 1 + 64 = 232 bytes = 310 base64url
// characters (unpadded); shortest: v1's 'a.0.x' = 5 bytes = 7 characters. 16 signature bytes = 22 characters.
// Every id `encode` produces (and every v1 id) matches this; usable as a JSON schema `pattern`
export const JOB_ID_PATTERN = `^${PREFIX}[A-Za-z0-9_-]{7,310}\\.[A-Za-z0-9_-]{22}$`
const ID_SHAPE = new RegExp(JOB_ID_PATTERN)

export function generateSecret (): string {
  return randomBytes(32).toString('base64url')
}

export function isBackendName (name: unknown): name is string {
  return typeof name === 'string' && BACKEND_NAME.test(name)
}

/** Whether a backend's job id fits the alphabet a signed id can carry (checked where the backend's answer is read). */
export function isUpstreamId (id: unknown): boolean {
  return typeof id === 'string' && UPSTREAM_ID.test(id)
}

export function createJobIdCodec (secret: string | Buffer): JobIdCodec {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret)
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new RangeError(`job id secret must be at least ${MIN_SECRET_BYTES} bytes`)
  }
  // A KeyObject made once: an HMAC keyed with raw bytes imports them on every call, 6x the cost
  // of the signature itself (bench/submit.ts and bench/poll.ts sign or verify once per request)
  const key = createSecretKey(bytes)

  function sign (body: string, context = SIGNING_CONTEXT): string {
    return createHmac('sha256', key)
      .update(context + body)
      .digest()
      .subarray(0, SIGNATURE_BYTES)
      .toString('base64url')
  }

  function encode (ref: JobRef): string {
    assertJobRef(ref)
    const body = Buffer.from(`${ref.backend}.${ref.replica}.${ref.upstreamId}.${ref.owner ?? ''}`, 'utf8').toString('base64url')
    return `${PREFIX}${body}.${sign(body)}`
  }

  function decode (id: unknown): JobRef | undefined {
    if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return undefined
    if (!ID_SHAPE.test(id)) return undefined
    const dot = id.lastIndexOf('.')
    const body = id.slice(PREFIX.length, dot)
    const signature = id.slice(dot + 1)
    const payload = Buffer.from(body, 'base64url').toString('utf8')
    // The layout is read before the signature is checked only to pick which label it was signed
    // under; nothing of it is used unless that signature holds. Comparing the canonical text (not
    // decoded bytes) also rejects a last character that differs only in base64's unused low bits
    const parts = payload.split('.')
    const context = parts.length === 3 ? V1_SIGNING_CONTEXT : SIGNING_CONTEXT
    if (!timingSafeEqual(Buffer.from(sign(body, context)), Buffer.from(signature))) return undefined
    return parsePayload(parts)
  }

  return { encode, decode }
}

function assertJobRef (ref: JobRef): void {
  if (!isBackendName(ref.backend)) {
    throw new TypeError(`backend name must match ${BACKEND_NAME.source}`)
  }
  if (!Number.isInteger(ref.replica) || ref.replica < 0 || ref.replica > MAX_REPLICA) {
    throw new TypeError(`replica must be an integer from 0 to ${MAX_REPLICA}`)
  }
  if (typeof ref.upstreamId !== 'string' || !UPSTREAM_ID.test(ref.upstreamId)) {
    throw new TypeError(`upstream id must match ${UPSTREAM_ID.source}`)
  }
  if (ref.owner !== undefined && !OWNER.test(ref.owner)) {
    throw new TypeError(`owner must match ${OWNER.source}`)
  }
}

// Only reached with a valid signature, so a failure here means a key shared with another
// encoder; still never throw
function parsePayload (parts: string[]): JobRef | undefined {
  if (parts.length < 3) return undefined
  const [backend, replicaText, upstreamId] = parts as [string, string, string]
  if (!BACKEND_NAME.test(backend) || !REPLICA.test(replicaText) || !UPSTREAM_ID.test(upstreamId)) {
    return undefined
  }
  const replica = Number(replicaText)
  if (replica > MAX_REPLICA) return undefined
  // Everything after the third '.' is the owner (a key name may hold dots); empty is none
  const owner = parts.slice(3).join('.')
  if (owner === '') return { backend, replica, upstreamId }
  if (!OWNER.test(owner)) return undefined
  return { backend, replica, upstreamId, owner }
}
