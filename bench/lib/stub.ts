// The upstream of the HTTP benchmarks: a plain node:http server that speaks just enough of the
// SGLang diffusion API (health, models, create, get, content) to be proxied, with no work of its
// own, so that what is measured is the proxy. Run as its own process, pinned to a core:
//   node bench/lib/stub.ts   (env STUB_NUM_GPUS, STUB_CONTENT_BYTES, STUB_COMPLETE_AFTER_MS)
// It prints `{"port":N}` once listening. GET /_stats answers what it served.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const numGpus = Number(process.env.STUB_NUM_GPUS ?? 2)
const contentBytes = Number(process.env.STUB_CONTENT_BYTES ?? 8 * 1024 * 1024)
// 0: a job is completed from its first poll; -1: never (a job stays queued, as on a busy GPU)
const completeAfterMs = Number(process.env.STUB_COMPLETE_AFTER_MS ?? 0)
const model = 'Wan-AI/Wan2.2-TI2V-5B-Diffusers'

interface StubJob { id: string, createdAtMs: number, body: Record<string, unknown> }

const jobs = new Map<string, StubJob>()
const stats = { submits: 0, polls: 0, contents: 0 }
// Any bytes will do: the proxies never look inside an mp4
const content = Buffer.alloc(contentBytes, 7)
let nextId = 0

// The shape and size of SGLang's VideoResponse, every key present
function videoJson (job: StubJob): string {
  const done = completeAfterMs >= 0 && Date.now() - job.createdAtMs >= completeAfterMs
  return JSON.stringify({
    id: job.id,
    object: 'video',
    model,
    status: done ? 'completed' : 'queued',
    progress: done ? 100 : 0,
    created_at: Math.floor(job.createdAtMs / 1000),
    size: '1280x704',
    seconds: '5',
    quality: 'standard',
    url: null,
    remixed_from_video_id: null,
    completed_at: done ? Math.floor(Date.now() / 1000) : null,
    expires_at: null,
    error: null,
    file_path: done ? `outputs/${job.id}.mp4` : null,
    file_paths: done ? [`outputs/${job.id}.mp4`] : null,
    num_outputs: done ? 1 : null,
    peak_memory_mb: done ? 41234.5 : null,
    inference_time_s: done ? 63.74 : null
  })
}

function send (res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

function createJob (req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    let body: Record<string, unknown>
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return send(res, 422, '{"detail":"body is not JSON"}')
    }
    const job = { id: `video_${(nextId++).toString(36)}`, createdAtMs: Date.now(), body }
    jobs.set(job.id, job)
    stats.submits++
    send(res, 200, videoJson(job))
  })
}

function handle (req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/'
  if (path === '/health') return send(res, 200, '')
  if (path === '/v1/models') {
    return send(res, 200, JSON.stringify({ object: 'list', data: [{ id: model, object: 'model', owned_by: 'sglang', num_gpus: numGpus }] }))
  }
  if (path === '/_stats') return send(res, 200, JSON.stringify({ ...stats, jobs: jobs.size }))
  if (path === '/v1/videos' && req.method === 'POST') return createJob(req, res)
  const match = /^\/v1\/videos\/([^/]+)(\/content)?$/.exec(path)
  const job = match && jobs.get(decodeURIComponent(match[1] as string))
  if (!match || !job) return send(res, 404, '{"detail":"Video not found"}')
  if (match[2]) {
    stats.contents++
    return send(res, 200, content, 'video/mp4')
  }
  stats.polls++
  send(res, 200, videoJson(job))
}

// One job exists from the start, for the configurations that poll or download without submitting
jobs.set('video_fixed', { id: 'video_fixed', createdAtMs: Date.now(), body: {} })
const server = createServer({ keepAliveTimeout: 60_000 }, handle)
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port }) + '\n')
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
