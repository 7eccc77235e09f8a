// #15 item 10: a `generate` key could list, download and delete jobs another key made, and job
// views showed the backend's file paths; /v1/backends showed every replica's URL to any key.
// Real keys through the real app, in front of a real simulator on port 0.
import { test } from 'tap'
import { createHmac } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { ApiKey, Config } from '../../src/config.ts'
import { createJobIdCodec } from '../../src/jobs/job-id.ts'
import { noteCallFailure } from '../../src/backends/backends.ts'
import { build, eventually, ready, startTestBackend, testSecret, type TestBackend } from '../helper.ts'

const keys = { ci: 'ci-secret-0123456789abcdef', notebook: 'nb-secret-0123456789abcdef', ops: 'ops-secret-0123456789abcdef' }
const apiKeys: ApiKey[] = [
  { name: 'ci', scope: 'generate', key: keys.ci },
  { name: 'notebook', scope: 'generate', key: keys.notebook },
  { name: 'ops', scope: 'admin', key: keys.ops }
]
const as = (holder: keyof typeof keys) => ({ authorization: `Bearer ${keys[holder]}` })
const small = { size: '320x176', num_inference_steps: 2 }

interface Teardown { teardown (fn: () => unknown): void }

async function gateway (t: Teardown, backend: TestBackend, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await build(t, { apiKeys, backends: [backend.config], ...overrides })
  await ready(app)
  return app
}

async function setup (t: Teardown) {
  const backend = await startTestBackend(t, 'u1r1')
  return { backend, app: await gateway(t, backend) }
}

/** A job `holder` made on the OpenAI face, once the backend completed it. */
async function completedVideo (app: FastifyInstance, holder: keyof typeof keys, prompt = 'a lantern at dusk') {
  const created = await app.inject({ method: 'POST', url: '/v1/videos', headers: as(holder), payload: { prompt, ...small } })
  if (created.statusCode !== 200) throw new Error(`submit answered ${created.statusCode}: ${created.body}`)
  const id: string = created.json().id
  await eventually(async () => (await app.inject({ url: `/v1/videos/${id}`, headers: as(holder) })).json().status === 'completed')
  return id
}

test('a generate key reading another key\'s job by its id gets the 404 of a job that does not exist, on both faces', async (t) => {
  const { app } = await setup(t)
  const native = await app.inject({ method: 'POST', url: '/v1/video/generate', headers: as('ci'), payload: { prompt: 'a kite', ...small } })
  t.equal(native.statusCode, 202)
  const id: string = native.json().id
  t.equal((await app.inject({ url: `/v1/video/jobs/${id}`, headers: as('ci') })).statusCode, 200, 'the owner reads it')
  t.equal((await app.inject({ url: `/v1/video/jobs/${id}`, headers: as('ops') })).statusCode, 200, 'an admin reads it')

  const stolen = await app.inject({ url: `/v1/video/jobs/${id}`, headers: as('notebook') })
  t.equal(stolen.statusCode, 404, 'not 403: the other key must not learn the job exists')
  // The answer for a validly signed id of the caller's own that the backend never heard of
  const neverMade = createJobIdCodec(testSecret).encode({ backend: 'u1r1', replica: 0, upstreamId: 'never-made', owner: 'notebook' })
  const missing = await app.inject({ url: `/v1/video/jobs/${neverMade}`, headers: as('notebook') })
  t.equal(missing.statusCode, 404)
  t.same(stolen.body.replaceAll(id.slice(0, 80), 'ID'), missing.body.replaceAll(neverMade.slice(0, 80), 'ID'), 'the same answer, but for the id')
  t.notOk(stolen.body.includes('a kite'), 'nothing of the job in the answer')

  const video = await completedVideo(app, 'ci')
  const foreign = await app.inject({ url: `/v1/videos/${video}`, headers: as('notebook') })
  t.equal(foreign.statusCode, 404)
  t.match(foreign.json(), { error: { param: 'video_id', code: 'RINGSIDE_JOB_NOT_FOUND' } })
  // The same answer as for an id of the caller's own job that is gone (deleted by its owner)
  const gone = await completedVideo(app, 'notebook', 'a second lantern')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/videos/${gone}`, headers: as('notebook') })).statusCode, 200)
  const deleted = await app.inject({ url: `/v1/videos/${gone}`, headers: as('notebook') })
  t.equal(deleted.statusCode, 404)
  t.same(foreign.body.replaceAll(video.slice(0, 80), 'ID'), deleted.body.replaceAll(gone.slice(0, 80), 'ID'))
})

test('a generate key downloading another key\'s video gets 404 on both faces, and no bytes', async (t) => {
  const { app } = await setup(t)
  const id = await completedVideo(app, 'ci')
  for (const url of [`/v1/videos/${id}/content`, `/v1/video/jobs/${id}/content`]) {
    const stolen = await app.inject({ url, headers: as('notebook') })
    t.equal(stolen.statusCode, 404, url)
    t.notOk(stolen.headers['content-type']?.startsWith('video/'), `${url}: no video`)
    const own = await app.inject({ url, headers: as('ci') })
    t.equal(own.statusCode, 200, `${url}: the owner downloads it`)
    t.equal(own.headers['content-type'], 'video/mp4')
  }
})

test('a generate key deleting another key\'s job gets 404 and the job stays, for its owner and on the backend', async (t) => {
  const { app, backend } = await setup(t)
  const id = await completedVideo(app, 'ci')
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/videos/${id}`, headers: as('notebook') })
  t.equal(deleted.statusCode, 404)
  t.equal((await app.inject({ url: `/v1/videos/${id}`, headers: as('ci') })).statusCode, 200, 'the owner still has it')
  const upstreamId = (await app.jobs.get(id))!.ref.upstreamId
  t.equal((await fetch(`${backend.config.urls[0]}/v1/videos/${upstreamId}`)).status, 200, 'the backend was not told to delete it')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/videos/${id}`, headers: as('ops') })).statusCode, 200, 'an admin may delete it')
})

test('a generate key listing videos sees only its own jobs; an admin key sees every key\'s', async (t) => {
  const { app } = await setup(t)
  const ci = await completedVideo(app, 'ci', 'one')
  const notebook = await completedVideo(app, 'notebook', 'two')
  const ids = async (holder: keyof typeof keys, query = '') =>
    (await app.inject({ url: `/v1/videos${query}`, headers: as(holder) })).json().data.map((video: { id: string }) => video.id)
  t.same(await ids('ci'), [ci])
  t.same(await ids('notebook'), [notebook])
  t.same(await ids('ops'), [notebook, ci], 'newest first')
  // A cursor naming another key's job lists nothing, as an unknown cursor does: it is no way in
  t.same(await ids('ci', `?after=${notebook}`), [])
})

test('a job keeps its owner across a gateway restart: another gateway with the same secret refuses the other key too', async (t) => {
  const backend = await startTestBackend(t, 'u1r1')
  const first = await gateway(t, backend)
  const id = await completedVideo(first, 'ci')
  const second = await gateway(t, backend)
  t.equal((await second.inject({ url: `/v1/videos/${id}`, headers: as('notebook') })).statusCode, 404, 'refused from the id alone')
  t.equal((await second.inject({ url: `/v1/videos/${id}`, headers: as('ci') })).statusCode, 200, 'the owner reads it, adopted from its id')
  t.equal((await second.inject({ url: `/v1/videos/${id}`, headers: as('notebook') })).statusCode, 404, 'refused once adopted too')
  t.equal((await second.inject({ url: `/v1/videos/${id}/content`, headers: as('notebook') })).statusCode, 404)
  t.same((await second.inject({ url: '/v1/videos', headers: as('notebook') })).json().data, [], 'nor is it in the other key\'s list')
})

test('an id from before jobs had owners cannot be replayed by a generate key; an admin still reaches it', async (t) => {
  const { app, backend } = await setup(t)
  const upstream = await (await fetch(`${backend.config.urls[0]}/v1/videos`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'old', ...small })
  })).json()
  // A v1 id by hand: HMAC-SHA256 over 'ringside-job-id-v1\n' + base64url('backend.replica.upstreamId'), first 16 bytes
  const body = Buffer.from(`u1r1.0.${upstream.id}`).toString('base64url')
  const id = `video_${body}.${createHmac('sha256', testSecret).update('ringside-job-id-v1\n' + body).digest().subarray(0, 16).toString('base64url')}`
  t.equal((await app.inject({ url: `/v1/videos/${id}`, headers: as('ci') })).statusCode, 404)
  t.equal((await app.inject({ url: `/v1/videos/${id}`, headers: as('ops') })).statusCode, 200)
})

test('a job view does not give away where the backend keeps its files', async (t) => {
  const { app, backend } = await setup(t)
  const id = await completedVideo(app, 'ci')
  const upstreamId = (await app.jobs.get(id))!.ref.upstreamId
  const paths: string[] = (await (await fetch(`${backend.config.urls[0]}/v1/videos/${upstreamId}`)).json()).file_paths
  t.ok(paths.length > 0, 'sanity: the backend has file paths to give away')
  const views = await Promise.all([`/v1/videos/${id}`, '/v1/videos', `/v1/video/jobs/${id}`].map(async (url) => ({ url, res: await app.inject({ url, headers: as('ci') }) })))
  for (const { url, res } of views) {
    t.equal(res.statusCode, 200)
    for (const path of paths) t.notOk(res.body.includes(path), `${url} does not hold ${path}`)
  }
  t.match(views[0]!.res.json(), { file_path: null, file_paths: null })
})

test('a generate key does not learn the backends\' URLs from /v1/backends; an admin key, or anyone on an open API, does', async (t) => {
  const { app, backend } = await setup(t)
  const url = backend.config.urls[0]!
  const hostPort = new URL(url).host
  const shown = await app.inject({ url: '/v1/backends', headers: as('ci') })
  t.equal(shown.statusCode, 200)
  t.same(shown.json().data[0].replicas.map((r: { url: unknown }) => r.url), [null])
  t.notOk(shown.body.includes(hostPort), 'the host and port appear nowhere')
  const admin = await app.inject({ url: '/v1/backends', headers: as('ops') })
  t.same(admin.json().data[0].replicas.map((r: { url: unknown }) => r.url), [url])
  const open = await gateway(t, backend, { apiKeys: [] })
  t.same((await open.inject('/v1/backends')).json().data[0].replicas.map((r: { url: unknown }) => r.url), [url])
})

test('with no keys configured every caller still sees every job, as before keys existed', async (t) => {
  const backend = await startTestBackend(t, 'u1r1')
  const app = await gateway(t, backend, { apiKeys: [] })
  const created = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'open', ...small } })
  const id: string = created.json().id
  t.equal((await app.inject(`/v1/videos/${id}`)).statusCode, 200)
  t.same((await app.inject('/v1/videos')).json().data.map((video: { id: string }) => video.id), [id])
})

test('a generate key cannot read or download the jobs of an admin\'s paired run, though the run shows their ids', async (t) => {
  const [u1r2, u1r1] = await Promise.all([startTestBackend(t, 'u1r2'), startTestBackend(t, 'u1r1')])
  const app = await build(t, { apiKeys, backends: [u1r2.config, u1r1.config], comparePair: { baseline: 'u1r2', candidate: 'u1r1' } })
  await ready(app)
  const payload = { template: { prompt: 'a kite', ...small }, pairs: 1, warmup: 0, parity: false }
  const started = await app.inject({ method: 'POST', url: '/v1/compare/runs', headers: as('ops'), payload })
  t.equal(started.statusCode, 202)
  await app.runs.get(started.json().id)?.done
  const run = (await app.inject({ url: `/v1/compare/runs/${started.json().id}`, headers: as('ci') })).json()
  const ids: string[] = [run.pairs[0].baseline.job_id, run.pairs[0].candidate.job_id]
  t.ok(ids.every((id) => typeof id === 'string'), 'sanity: the run view names both jobs')
  for (const id of ids) {
    t.equal((await app.inject({ url: `/v1/videos/${id}`, headers: as('ci') })).statusCode, 404)
    t.equal((await app.inject({ url: `/v1/video/jobs/${id}/content`, headers: as('ci') })).statusCode, 404)
    t.equal((await app.inject({ url: `/v1/videos/${id}`, headers: as('ops') })).statusCode, 200, 'the admin reads it')
  }
  t.same((await app.inject({ url: '/v1/videos', headers: as('ci') })).json().data, [], 'nor are they in a generate key\'s list')
})

test('a generate key does not learn a backend\'s address from the cause of its last failed call', async (t) => {
  const { app } = await setup(t)
  // What the poller records of a refused poll (src/jobs/poller.ts recordFailure): the gateway's
  // words, and undici's cause, which names the address it dialled
  const replica = app.backends.all()[0]!.replicas[0]!
  noteCallFailure(replica, 'Backend u1r1 refused the connection', Date.now(), 'connect ECONNREFUSED 10.0.0.5:30000')
  const shown = async (holder: keyof typeof keys) => (await app.inject({ url: '/v1/backends', headers: as(holder) })).json().data[0].replicas[0]
  t.equal((await shown('ops')).last_error, 'Backend u1r1 refused the connection: connect ECONNREFUSED 10.0.0.5:30000', 'an admin sees the cause')
  const generate = await shown('ci')
  t.equal(generate.last_error, 'Backend u1r1 refused the connection', 'a generate key sees the failure in the gateway\'s words only')
  t.notOk(JSON.stringify(generate).includes('10.0.0.5'))
})
