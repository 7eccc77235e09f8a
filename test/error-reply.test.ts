import { test } from 'tap'
import { prepareErrorReply, renderErrorReply } from '../src/error-reply.ts'
import { BackendCircuitOpenError, JobNotFoundError, ModelNotFoundError, UnknownBackendError, UpstreamRefusedError, upstreamFailure } from '../src/errors.ts'

test('a foreign 5xx is answered without its internals, ours keep their message and backend', async (t) => {
  const bug = prepareErrorReply(new TypeError('cannot read properties of undefined (reading "secret")'))
  t.match(bug, { statusCode: 500, code: null, message: 'Internal Server Error', logLevel: 'error' })
  t.same(renderErrorReply(bug, 'json').body, { statusCode: 500, code: 'RINGSIDE_INTERNAL', error: 'Internal Server Error', message: 'Internal Server Error' })
  t.same(renderErrorReply(bug, 'openai').body, { error: { message: 'Internal Server Error', type: 'server_error', param: null, code: null } })

  const refused = prepareErrorReply(new UpstreamRefusedError('u1r2'))
  t.same(renderErrorReply(refused, 'json').body, {
    statusCode: 503, code: 'RINGSIDE_UPSTREAM_REFUSED', error: 'Service Unavailable', message: 'Backend u1r2 refused the connection', backend: 'u1r2'
  })
})

test('a 429 or 503 says when to come back: its own Retry-After replaces one already set, the 5 s default does not', async (t) => {
  t.same(prepareErrorReply(new BackendCircuitOpenError('u1r2', 7)).retryAfter, { seconds: 7, replace: true })
  t.same(prepareErrorReply(Object.assign(new Error('busy'), { statusCode: 503 })).retryAfter, { seconds: 5, replace: false })
  t.equal(prepareErrorReply(new JobNotFoundError('x')).retryAfter, undefined)
})

test('OpenAI\'s param is the field the error names, or the path of the first failed validation', async (t) => {
  t.equal(prepareErrorReply(new JobNotFoundError('x', { param: 'video_id' })).param, 'video_id')
  t.equal(prepareErrorReply(new UnknownBackendError('zz', 'u1r1, u1r2')).param, 'backend')
  const invalid = (message: string, instancePath: string, params = {}) =>
    Object.assign(new Error(message), { statusCode: 400, validation: [{ instancePath, params }] })
  const nested = invalid('body.template.seed must be integer', '/template/seed')
  t.equal(prepareErrorReply(nested).param, 'template.seed')
  const missing = invalid('body.prompt is required', '', { missingProperty: 'prompt' })
  t.equal(prepareErrorReply(missing).param, 'prompt')
})

test('the page shape is HTML, never cached, and keeps a 5xx\'s detail for the log', async (t) => {
  const page = renderErrorReply(prepareErrorReply(new UpstreamRefusedError('u1r2')), 'html')
  t.equal(page.headers['content-type'], 'text/html; charset=utf-8')
  t.equal(page.headers['cache-control'], 'no-store')
  t.match(page.body, /503 · Service Unavailable/)
  t.notMatch(page.body, /u1r2/)
  t.match(renderErrorReply(prepareErrorReply(new JobNotFoundError('abc')), 'html').body, /Job abc not found/)
})

test('errors get their data at construction: an undici failure is wrapped, keeping it as the cause, and never altered', async (t) => {
  const undici = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
  const failure = upstreamFailure('u1r2', undici, { streamed: false })
  t.match(failure, { code: 'RINGSIDE_UPSTREAM_REFUSED', reason: 'refused', backend: 'u1r2', streamed: false, statusCode: 503 })
  t.equal(failure.cause, undici)
  t.same(Object.keys(undici).sort(), ['code'], 'the caught error is not written to')
  t.equal(upstreamFailure('u1r2', failure), failure, 'a classified failure is answered as it is')
  const unknown = new UnknownBackendError('zz', 'u1r1', { param: 'baseline' })
  t.match(unknown, { message: 'baseline: unknown backend "zz" (known: u1r1)', param: 'baseline', statusCode: 400 })
})

test('a 503 of ours that says when to come back is logged at warn; a backend\'s failure and a bug at error', async (t) => {
  t.equal(prepareErrorReply(new BackendCircuitOpenError('u1r2', 7)).logLevel, 'warn')
  t.equal(prepareErrorReply(new UpstreamRefusedError('u1r2')).logLevel, 'error')
  t.equal(prepareErrorReply(Object.assign(new Error('busy'), { statusCode: 503, retryAfterSeconds: 3 })).logLevel, 'error', 'not ours: not vouched for')
  t.equal(prepareErrorReply(new JobNotFoundError('x')).logLevel, 'info')
})

test('@fastify/multipart\'s 413s name the one file part the API takes', async (t) => {
  for (const code of ['FST_FILES_LIMIT', 'FST_REQ_FILE_TOO_LARGE']) {
    t.equal(prepareErrorReply(Object.assign(new Error('too large'), { code, statusCode: 413 })).param, 'input_reference', code)
  }
})

test('SGLang\'s shape is FastAPI\'s {"detail"}, and OpenAI\'s carries OpenAI\'s own code where a client checks one', async (t) => {
  const missing = prepareErrorReply(new ModelNotFoundError('non_existent_model', { param: 'model' }))
  t.same(renderErrorReply(missing, 'sglang').body, { detail: 'The model \'non_existent_model\' does not exist' })
  // SGLang's server tests check error.code == "model_not_found" (test/server/test_server_common.py:1449-1460 at d315eb72)
  t.same(renderErrorReply(missing, 'openai').body, {
    error: { message: 'The model \'non_existent_model\' does not exist', type: 'invalid_request_error', param: 'model', code: 'model_not_found' }
  })
  t.equal((renderErrorReply(prepareErrorReply(new JobNotFoundError('x')), 'openai').body as { error: { code: string } }).error.code, 'RINGSIDE_JOB_NOT_FOUND', 'ours keep theirs')
})
