// Jobs other clients send to a backend (issue #13 item 6): the gateway counts them from the
// backend's own job list at each health check, shows them, and routes around them.
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import { build, generateCompleted, eventually, ready, startTestBackend } from '../helper.ts'

const autoRouted = async (app: FastifyInstance) =>
  (await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'mine', backend: 'auto' } })).json()

test('another client\'s jobs on a backend are seen, shown, and fastest-completion routes around them', async (t) => {
  // The seed's 63.74 s and 90.63 s at 0.01: u1r2 is the faster one
  const u1r2 = await startTestBackend(t, 'u1r2', { render: 'synthetic', timeScale: 0.01, jitter: 0 })
  const u1r1 = await startTestBackend(t, 'u1r1', { render: 'synthetic', timeScale: 0.01, jitter: 0 })
  const app = await build(t, { backends: [u1r2.config, u1r1.config], routing: 'fastest-completion', healthIntervalMs: 100 })
  await ready(app)
  await Promise.all([generateCompleted(app, { backend: 'u1r2' }), generateCompleted(app, { backend: 'u1r1' })])

  // The control: with both idle, the faster backend gets it
  const control = await autoRouted(app)
  t.equal(control.backend, 'u1r2')
  await eventually(async () => (await app.inject(`/v1/video/jobs/${control.id}`)).json().status === 'completed')

  // Four jobs straight to u1r2, as a second gateway or SGLang's bench would send them
  for (let i = 0; i < 4; i++) {
    await fetch(`${u1r2.simulator.url}/v1/videos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: `other ${i}` }) })
  }
  const seen = await eventually(async () => {
    const [fast] = (await app.inject('/v1/backends')).json().data
    return fast.replicas[0].foreign >= 3 && fast
  })
  t.equal(seen.replicas[0].outstanding, 0, 'none of them is this gateway\'s')
  // Three or four of u1r2's 0.64 s jobs ahead against none on u1r1 (0.91 s)
  t.equal((await autoRouted(app)).backend, 'u1r1', 'sent where nothing waits')
})
