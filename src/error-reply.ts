import { STATUS_CODES } from 'node:http'
import { renderErrorPage } from './compare/html.ts'
import { validationPath, type ValidationIssue } from './options.ts'
import type { ErrorShape } from './route-policy.ts'

/** Whatever reached the error handler: ours (src/errors.ts), Fastify's and its plugins', or a bug. */
export interface AnyError extends Error {
  code?: string
  statusCode?: number
  backend?: string
  retryAfterSeconds?: number
  param?: string
  validation?: ValidationIssue[]
}

/** What every error answer shares, whatever its body's shape. */
export interface ErrorReply {
  statusCode: number
  /** The error's own code; the JSON shape names a code-less one RINGSIDE_INTERNAL or RINGSIDE_BAD_REQUEST. */
  code: string | null
  /** Never the internals of a 5xx that is not ours. */
  message: string
  backend?: string
  param: string | null
  /**
   * 5xx are logged as failures with their cause; 4xx as rejections; a 503 that says when to come
   * back (a backend's open circuit, shedding) is the gateway working as meant: warn, no stack.
   */
  logLevel: 'error' | 'warn' | 'info'
  /** For a 429 or 503: the error's own Retry-After, or the default when the reply has none yet. */
  retryAfter?: { seconds: number, replace: boolean }
}

// A 429 or 503 of someone else's (a plugin's) says nothing of when to come back: 5 s
const defaultRetryAfterSeconds = 5

/**
 * The one decision behind every error answer: client mistakes keep their message (it names the
 * field), the gateway's own coded errors keep theirs (they name the backend), any other 5xx is
 * answered without internals.
 */
export function prepareErrorReply (error: AnyError): ErrorReply {
  const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
  const ours = typeof error.code === 'string' && error.code.startsWith('RINGSIDE_')
  const retryable = statusCode === 503 || statusCode === 429
  return {
    statusCode,
    code: error.code ?? null,
    message: statusCode < 500 || ours ? error.message : 'Internal Server Error',
    ...(error.backend ? { backend: error.backend } : {}),
    param: paramOf(error),
    logLevel: statusCode >= 500 ? (ours && error.retryAfterSeconds !== undefined ? 'warn' : 'error') : 'info',
    ...(retryable && { retryAfter: { seconds: error.retryAfterSeconds ?? defaultRetryAfterSeconds, replace: error.retryAfterSeconds !== undefined } })
  }
}

/** Which request field an error is about: the one it names, or the first failed validation's path. */
// @fastify/multipart's limits are about the one file part the API takes
const multipartLimitParams: Record<string, string> = { FST_FILES_LIMIT: 'input_reference', FST_REQ_FILE_TOO_LARGE: 'input_reference' }

function paramOf (error: AnyError): string | null {
  if (error.param) return error.param
  const multipartParam = error.code === undefined ? undefined : multipartLimitParams[error.code]
  if (multipartParam) return multipartParam
  const [first] = error.validation ?? []
  return first ? validationPath(first) || null : null
}

// OpenAI's own codes for what the gateway calls by its RINGSIDE_ code, where a client checks one:
// SGLang's server tests expect `model_not_found` from /v1/models/{id}
// (test/server/test_server_common.py:1449-1460 at d315eb72, as its common_api.py:217-238 answers).
const openAICodes: Record<string, string> = { RINGSIDE_MODEL_NOT_FOUND: 'model_not_found' }

const pageFailure = 'The page could not be rendered; the gateway log has the cause.'

/** The answer's body in the route's declared shape, with the headers that go with it. */
export function renderErrorReply (reply: ErrorReply, shape: ErrorShape): { headers: Record<string, string>, body: unknown } {
  const error = STATUS_CODES[reply.statusCode] ?? 'Error'
  const type = reply.statusCode >= 500 ? 'server_error' : 'invalid_request_error'
  const code = reply.code ?? (reply.statusCode >= 500 ? 'RINGSIDE_INTERNAL' : 'RINGSIDE_BAD_REQUEST')
  switch (shape) {
    case 'openai':
      return {
        headers: {},
        body: { error: { message: reply.message, type, param: reply.param, code: reply.code === null ? null : openAICodes[reply.code] ?? reply.code } }
      }
    case 'sglang':
      // FastAPI's HTTPException body, which SGLang's clients read (`detail`)
      return { headers: {}, body: { detail: reply.message } }
    case 'html':
      // A person gets a page that names the field or the run; a 5xx's detail stays in the log
      return {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
        body: renderErrorPage(reply.statusCode, error, reply.statusCode < 500 ? reply.message : pageFailure)
      }
    case 'json':
      return {
        headers: {},
        body: { statusCode: reply.statusCode, code, error, message: reply.message, ...(reply.backend ? { backend: reply.backend } : {}) }
      }
  }
}
