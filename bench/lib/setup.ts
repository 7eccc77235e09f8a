// The usual line-up: the stub on core 1 beside wrk, nginx and the gateway on core 0, one at a
// time under load. Every process is stopped when the benchmark ends.
import { setTimeout as sleep } from 'node:timers/promises'
import { request } from 'undici'
import { core, createProcessSet } from './processes.ts'
import { benchApiKey, startGateway, startNginx, startStub, stubBackend } from './servers.ts'
import type { StubOptions } from './servers.ts'
import { freePorts } from './ports.ts'
import { checkoutBaseline } from './baseline.ts'
import type { Baseline } from './baseline.ts'
import type { Server } from './servers.ts'

export const proxyCore = core(0)
export const loadCore = core(1)
export const authorization = { authorization: `Bearer ${benchApiKey}` }
/** A gateway's environment without its content cache: every download streamed from the backend. */
export const noContentCache = { RINGSIDE_CONTENT_CACHE_BYTES: '0' }

/**
 * `variantEnv` adds a second gateway of this revision, configured otherwise (say, without its
 * content cache), on the proxy core like the first.
 */
export async function startLineUp (stubOptions: StubOptions, gatewayEnv: Record<string, string> = {}, variantEnv?: Record<string, string>) {
  const processes = createProcessSet()
  const [nginxPort, nginx64kPort, gatewayPort, baselinePort, variantPort] = await freePorts(5)
  const revision = process.env.RINGSIDE_BENCH_BASELINE
  let checkout: Baseline | undefined
  const stop = async () => {
    await processes.stopAll()
    await checkout?.remove()
  }
  try {
    const stub = await startStub(loadCore, stubOptions)
    processes.track(stub)
    const nginx = await startNginx(proxyCore, stub.url, [nginxPort as number, nginx64kPort as number])
    processes.track(nginx)
    const gateway = await startGateway(proxyCore, gatewayPort as number, [stubBackend('u1r2', stub.url)], gatewayEnv)
    processes.track(gateway)
    const variant = variantEnv && await startGateway(proxyCore, variantPort as number, [stubBackend('u1r2', stub.url)], { ...gatewayEnv, ...variantEnv })
    if (variant) processes.track(variant)
    let baseline: (Server & { revision: string }) | undefined
    if (revision) {
      checkout = await checkoutBaseline(revision)
      const started = await startGateway(proxyCore, baselinePort as number, [stubBackend('u1r2', stub.url)], gatewayEnv, { bin: checkout.bin })
      processes.track(started)
      baseline = { ...started, revision: checkout.revision }
    }
    return { stub, nginx, gateway, variant, baseline, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

export const generateBody = JSON.stringify({ prompt: 'A curious raccoon in a sunflower field, cinematic', backend: 'u1r2', seed: 42 })

/** Submits one job through the gateway; answers the gateway's view of it. */
export async function submitThroughGateway (gatewayUrl: string, body = generateBody): Promise<{ id: string, status: string }> {
  const res = await request(`${gatewayUrl}/v1/video/generate`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...authorization } })
  const view = await res.body.json() as { id: string, status: string }
  if (res.statusCode >= 300) throw new Error(`submit answered ${res.statusCode}: ${JSON.stringify(view)}`)
  return view
}

export async function jobStatus (gatewayUrl: string, id: string): Promise<string> {
  const res = await request(`${gatewayUrl}/v1/video/jobs/${id}`, { headers: authorization })
  return (await res.body.json() as { status: string }).status
}

/** Submits a job through the gateway and waits until the gateway reports it completed; answers its id. */
export async function completedJob (gatewayUrl: string, timeoutMs = 10_000): Promise<string> {
  const job = await submitThroughGateway(gatewayUrl)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const status = await jobStatus(gatewayUrl, job.id)
    if (status === 'completed') return job.id
    if (status === 'failed') throw new Error(`job ${job.id} failed`)
    await sleep(20)
  }
  throw new Error(`job ${job.id} was not completed within ${timeoutMs} ms`)
}
