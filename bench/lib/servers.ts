// The three things a benchmark puts side by side: the upstream stub (direct), nginx from Debian
// proxying to it, and the gateway proxying to it. Each its own process, pinned to a core.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'undici'
import { firstJsonLine, spawnPinned, waitHttpOk } from './processes.ts'
import type { Started } from './processes.ts'

export interface Server extends Started { url: string }

export interface StubOptions { numGpus?: number, contentBytes?: number, completeAfterMs?: number }

export async function startStub (cpu: number, options: StubOptions = {}): Promise<Server & { stats (): Promise<StubStats> }> {
  const started = spawnPinned(cpu, process.execPath, [new URL('./stub.ts', import.meta.url).pathname], {
    STUB_NUM_GPUS: String(options.numGpus ?? 2),
    STUB_CONTENT_BYTES: String(options.contentBytes ?? 8 * 1024 * 1024),
    STUB_COMPLETE_AFTER_MS: String(options.completeAfterMs ?? 0)
  }, { pipeStdout: true })
  const { port } = await firstJsonLine<{ port: number }>(started.child)
  const url = `http://127.0.0.1:${port}`
  return {
    ...started,
    url,
    async stats () {
      const res = await request(`${url}/_stats`)
      return await res.body.json() as StubStats
    }
  }
}
export interface StubStats { submits: number, polls: number, contents: number, jobs: number }

export function requireCommand (command: string, debianPackage: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
  } catch {
    throw new Error(`${command} is needed: apt-get install -y ${debianPackage}`)
  }
}

export interface Nginx extends Started {
  /** proxy buffers as Debian ships them (8 x 4k) */
  url: string
  /** the same proxy with 64 KiB buffers, nginx's usual tuning for large bodies */
  buffered64kUrl: string
}

/**
 * nginx as a keep-alive reverse proxy to `upstream`: one process (no master), one core, no
 * access log, HTTP/1.1 with pooled upstream connections as any production config has.
 */
export async function startNginx (cpu: number, upstream: string, ports: [number, number]): Promise<Nginx> {
  requireCommand('nginx', 'nginx')
  const dir = await mkdtemp(join(tmpdir(), 'ringside-bench-nginx-'))
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, temp))
  const location = 'proxy_pass http://stub; proxy_http_version 1.1; proxy_set_header Connection "";'
  await writeFile(join(dir, 'nginx.conf'), `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 100000;
  upstream stub { server ${upstream.replace('http://', '')}; keepalive 64; keepalive_requests 100000; }
  server { listen 127.0.0.1:${ports[0]}; location / { ${location} } }
  server {
    listen 127.0.0.1:${ports[1]};
    proxy_buffer_size 64k; proxy_buffers 8 64k; proxy_busy_buffers_size 128k;
    location / { ${location} }
  }
}
`)
  const started = spawnPinned(cpu, 'nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')])
  const url = `http://127.0.0.1:${ports[0]}`
  await waitHttpOk(`${url}/health`)
  return { ...started, url, buffered64kUrl: `http://127.0.0.1:${ports[1]}` }
}

export const benchSecret = 'bench-secret-of-at-least-sixteen-chars'
export const benchApiKey = 'bench-key-0123456789abcdef'

export interface GatewayOptions {
  // another revision's entry point (baseline.ts)
  bin?: string
  // Node flags before the entry point, e.g. --expose-gc and an --import probe
  nodeFlags?: string[]
  ipc?: boolean
}

/**
 * The gateway from its real entry point, as `npm start` runs it: production logging (warn, so no
 * line per request), an API key so the auth hook runs, metrics on, limits out of the way.
 */
export async function startGateway (cpu: number, port: number, backends: object[], env: Record<string, string> = {},
  options: GatewayOptions = {}): Promise<Server> {
  const { bin = new URL('../../bin/ringside.js', import.meta.url).pathname, nodeFlags = [], ipc = false } = options
  const started = spawnPinned(cpu, process.execPath, [...nodeFlags, bin, 'serve'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RINGSIDE_BACKENDS: JSON.stringify(backends),
    RINGSIDE_JOB_SECRET: benchSecret,
    RINGSIDE_API_KEYS: `bench:generate:${benchApiKey}`,
    RINGSIDE_RATE_LIMIT_MAX: '1000000000',
    RINGSIDE_MAX_QUEUE_PER_BACKEND: '1000000',
    ...env
  }, { ipc })
  const url = `http://127.0.0.1:${port}`
  await waitHttpOk(`${url}/health/ready`)
  return { ...started, url }
}

/** The gateway's config for one stub as backend `name`. */
export function stubBackend (name: string, url: string, numGpus = 2): object {
  return { name, urls: [url], sp_degree: numGpus, ulysses_degree: 1, ring_degree: numGpus, num_gpus: numGpus }
}
