import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

// A stand-in for NVIDIA's dcgm-exporter: its metric names, types, units and label names as the
// real exporter serves them (etc/default-counters.csv and the exporter's per-GPU labels `gpu`,
// `UUID`, `device`, `modelName`, `Hostname`), with values a test sets.

export interface FakeGpu {
  gpu: string
  UUID: string
  /** Percent. */
  util: number
  /** MiB. */
  fbUsed: number
  /** W. */
  power: number
  /** mJ since the driver loaded: a counter. */
  energy: number
}

const families = [
  { name: 'DCGM_FI_DEV_GPU_UTIL', type: 'gauge', help: 'GPU utilization (in %).', value: (g: FakeGpu) => g.util },
  { name: 'DCGM_FI_DEV_FB_USED', type: 'gauge', help: 'Framebuffer memory used (in MiB).', value: (g: FakeGpu) => g.fbUsed },
  { name: 'DCGM_FI_DEV_POWER_USAGE', type: 'gauge', help: 'Power draw (in W).', value: (g: FakeGpu) => g.power },
  { name: 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', type: 'counter', help: 'Total energy consumption since boot (in mJ).', value: (g: FakeGpu) => g.energy }
]

export function dcgmExposition (gpus: FakeGpu[], hostname: string): string {
  const lines: string[] = []
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`)
    for (const g of gpus) {
      const labels = `gpu="${g.gpu}",UUID="${g.UUID}",device="nvidia${g.gpu}",modelName="NVIDIA H100 80GB HBM3",Hostname="${hostname}"`
      lines.push(`${family.name}{${labels}} ${family.value(g)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

interface Teardown { teardown (fn: () => unknown): void }

/** Serves /metrics on 127.0.0.1 (port 0) from `gpus`, read at each scrape: change them to move the series. */
export async function startFakeDcgm (t: Teardown, gpus: FakeGpu[], hostname = 'gpu-host-1') {
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(dcgmExposition(gpus, hostname))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // Prometheus keeps its connection alive between scrapes: close it too, or close() waits forever
  const close = () => new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
  t.teardown(() => server.listening ? close() : undefined)
  return { target: `127.0.0.1:${(server.address() as AddressInfo).port}`, gpus, close }
}

/** Four H100s of one host; the test hands some to backends and leaves the rest to nobody. */
export function fakeGpus (): FakeGpu[] {
  return ['0', '1', '2', '3'].map((gpu, i) => ({
    gpu, UUID: `GPU-5e0c4a9${i}-1b2c-4d3e-8f40-0123456789a${i}`, util: 50 + 10 * i, fbUsed: 20_000 + 1000 * i, power: 300 + 10 * i, energy: 0
  }))
}
