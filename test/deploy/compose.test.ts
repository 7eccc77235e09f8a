import { test } from 'tap'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { parse } from 'yaml'
import { loadConfig, type BackendConfig } from '../../src/config.ts'
import { profiles } from '../../src/simulator/profiles.ts'
import { composeFiles, envOf, flag, localBin, mountsOf, readCompose as readComposeWith, readDockerfile, readRaw, repoRoot, runTool, type ComposeFile, type Service } from './helper.ts'

const secret = 'compose-test-secret-0123456789'
const gpuFile = 'docker-compose.yml'
const simulatorFile = 'docker-compose.simulator.yml'
const backendServices = ['sglang-u1r2', 'sglang-u1r1'] as const
const dcgmService = 'dcgm-exporter'

// Ordering is taste, not correctness; and a top-level `name:` is what dclint asks for but
// Debian's docker-compose 1.29 rejects, so that rule gives way to the tool CI runs.
const dclintDisabled = [
  'services-alphabetical-order', 'service-keys-order', 'service-dependencies-alphabetical-order',
  'service-ports-alphabetical-order', 'top-level-properties-order', 'require-project-name-field'
]

/** A compose file as Compose resolves it, with the required secret set. */
function readCompose (file: string, env: Record<string, string> = {}): ComposeFile {
  return readComposeWith(file, { RINGSIDE_JOB_SECRET: secret, ...env })
}

function composeEnv (extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A clean environment: GPU ids and the secret come only from what the test sets.
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}

function backendsOf (compose: ComposeFile): BackendConfig[] {
  const text = compose.services.gateway?.environment?.RINGSIDE_BACKENDS
  if (typeof text !== 'string') throw new Error('the gateway has no RINGSIDE_BACKENDS')
  // The gateway's own loader: the value must be a configuration the gateway accepts.
  return loadConfig({ RINGSIDE_BACKENDS: text, RINGSIDE_JOB_SECRET: secret }).backends
}

/** The compose service a backend URL points at, and its port. */
function serviceOf (url: string): { host: string, port: number } {
  const { hostname, port } = new URL(url)
  return { host: hostname, port: Number(port) }
}

function gpuIds (service: Service): string[] {
  const devices = service.deploy?.resources?.reservations?.devices ?? []
  return devices.flatMap((device) => device.device_ids ?? [])
}

test('both compose files pass dclint, with only the ordering rules and the project-name rule off', async (t) => {
  for (const file of composeFiles) {
    const { status, output } = runTool(localBin('dclint'), [file, '--max-warnings', '0', '--disable-rule', ...dclintDisabled], { install: 'a devDependency: npm ci' })
    t.equal(status, 0, `${file}: ${output}`)
    t.equal(output, '', `${file} has no warning`)
  }
})

test("Debian's docker-compose 1.29 accepts both compose files", async (t) => {
  for (const file of composeFiles) {
    const { status, output } = runTool('docker-compose', ['-f', file, 'config', '-q'], { env: composeEnv({ RINGSIDE_JOB_SECRET: secret }), install: 'apt-get install docker-compose' })
    t.equal(status, 0, `${file}: ${output}`)
  }
})

test('the stack refuses to start without RINGSIDE_JOB_SECRET, naming it', async (t) => {
  for (const file of composeFiles) {
    const { status, output } = runTool('docker-compose', ['-f', file, 'config', '-q'], { env: composeEnv(), install: 'apt-get install docker-compose' })
    t.not(status, 0, file)
    t.match(output, /set RINGSIDE_JOB_SECRET/, file)
  }
})

test('u1r2 runs sp=2, ulysses=1, ring=2 on two GPUs and u1r1 sp=1 on one, on disjoint GPUs', async (t) => {
  const { services } = readCompose(gpuFile)
  const expected = {
    'sglang-u1r2': { 'num-gpus': '2', 'sp-degree': '2', 'ulysses-degree': '1', 'ring-degree': '2' },
    'sglang-u1r1': { 'num-gpus': '1', 'sp-degree': '1', 'ulysses-degree': '1', 'ring-degree': '1' }
  }
  const seen = new Set<string>()
  for (const name of backendServices) {
    const service = services[name]!
    const command = service.command!
    t.same(command.slice(0, 2), ['sglang', 'serve'], `${name} runs sglang serve`)
    t.equal(flag(command, 'model-type'), 'diffusion')
    t.equal(flag(command, 'model-path'), 'Wan-AI/Wan2.2-TI2V-5B-Diffusers')
    for (const [option, value] of Object.entries(expected[name])) t.equal(flag(command, option), value, `${name} --${option} ${value}`)
    t.equal(Number(flag(command, 'sp-degree')), Number(flag(command, 'ulysses-degree')) * Number(flag(command, 'ring-degree')), `${name}: sp = ulysses x ring`)

    const devices = service.deploy?.resources?.reservations?.devices ?? []
    t.equal(devices.length, 1, `${name} reserves one device request`)
    t.equal(devices[0]?.driver, 'nvidia')
    t.same(devices[0]?.capabilities, ['gpu'])
    t.equal(devices[0]?.count, undefined, 'device_ids, not count (they exclude each other)')
    const ids = gpuIds(service)
    t.equal(ids.length, Number(flag(command, 'num-gpus')), `${name} reserves as many GPUs as --num-gpus`)
    for (const id of ids) {
      t.notOk(seen.has(id), `GPU ${id} is reserved once`)
      seen.add(id)
    }
  }
  t.same([...seen], ['0', '1', '2'], 'by default GPUs 0 and 1 for u1r2, 2 for u1r1')
})

test('GPU ids are set by environment variables, each with a default', async (t) => {
  const raw = parse(readRaw(gpuFile)) as ComposeFile
  for (const name of backendServices) {
    for (const id of gpuIds(raw.services[name]!)) t.match(id, /^\$\{\w+:-\d+\}$/, `${name}: ${id}`)
  }
  const { services } = readCompose(gpuFile, { U1R2_GPU_A: '4', U1R2_GPU_B: '5', U1R1_GPU: '7' })
  t.same(gpuIds(services['sglang-u1r2']!), ['4', '5'])
  t.same(gpuIds(services['sglang-u1r1']!), ['7'])
})

test("the gateway's RINGSIDE_BACKENDS declares each backend's real parallel config and address", async (t) => {
  for (const file of composeFiles) {
    const compose = readCompose(file)
    const backends = backendsOf(compose)
    t.same(backends.map((b) => b.name), ['u1r2', 'u1r1'], `${file}: both backends`)
    for (const backend of backends) {
      t.equal(backend.urls.length, 1)
      const { host, port } = serviceOf(backend.urls[0]!)
      const service = compose.services[host]
      t.ok(service, `${file}: ${backend.name} points at the compose service ${host}`)
      const command = service!.command!
      t.equal(port, Number(flag(command, 'port')), `${file}: ${backend.name} at the port the server listens on`)
      t.equal(backend.model, flag(command, 'model-path'), `${file}: ${backend.name} model`)
      if (file === gpuFile) {
        t.same(
          { sp: backend.sp_degree, ulysses: backend.ulysses_degree, ring: backend.ring_degree, gpus: backend.num_gpus },
          { sp: Number(flag(command, 'sp-degree')), ulysses: Number(flag(command, 'ulysses-degree')), ring: Number(flag(command, 'ring-degree')), gpus: Number(flag(command, 'num-gpus')) },
          `${backend.name}: the gateway's config is the server's flags`)
        t.equal(gpuIds(service!).length, backend.num_gpus, `${backend.name}: num_gpus GPUs reserved`)
        t.same(backend.gpus, gpuIds(service!), `${backend.name}: its gpus are the GPUs reserved, so DCGM's series join it`)
      } else {
        const profile = profiles[flag(command, 'profile') as keyof typeof profiles]
        t.equal(profile?.name, backend.name, `${backend.name} is simulated by its own profile`)
        t.same(
          { sp: backend.sp_degree, ulysses: backend.ulysses_degree, ring: backend.ring_degree, gpus: backend.num_gpus },
          { sp: profile?.parallel.spDegree, ulysses: profile?.parallel.ulyssesDegree, ring: profile?.parallel.ringDegree, gpus: profile?.parallel.numGpus },
          `${backend.name}: the simulator's profile has the gateway's parallel config`)
      }
    }
  }
})

test("each backend's performance.log volume is mounted read-only into the gateway where perf_log_dir says", async (t) => {
  for (const file of composeFiles) {
    const compose = readCompose(file)
    const gatewayMounts = mountsOf(compose.services.gateway!)
    for (const backend of backendsOf(compose)) {
      const service = compose.services[serviceOf(backend.urls[0]!).host]!
      t.equal(service.environment?.SGLANG_DIFFUSION_STAGE_LOGGING, '1', `${file}: ${backend.name} writes stage records`)
      const perfDir = service.environment?.SGLANG_PERF_LOG_DIR
      t.ok(perfDir, `${file}: ${backend.name} has SGLANG_PERF_LOG_DIR`)
      const written = mountsOf(service).find((mount) => mount.target === perfDir)
      t.ok(written && !written.bind && !written.readOnly, `${file}: ${backend.name} writes ${perfDir} on a named volume`)
      t.ok(compose.volumes && written && written.source in compose.volumes, `${file}: the volume ${written?.source} is declared`)
      const read = gatewayMounts.find((mount) => mount.target === backend.perf_log_dir)
      t.equal(read?.source, written?.source, `${file}: the gateway reads ${backend.name}'s volume at ${backend.perf_log_dir}`)
      t.ok(read?.readOnly, `${file}: read-only in the gateway`)
    }
  }
})

test('every bind-mounted path exists in the repository', async (t) => {
  for (const file of composeFiles) {
    const { services } = readCompose(file)
    for (const [name, service] of Object.entries(services)) {
      for (const mount of mountsOf(service).filter((m) => m.bind)) {
        t.ok(existsSync(join(repoRoot, mount.source)), `${file}: ${name} mounts ${mount.source}`)
      }
    }
  }
})

test('backends have a healthcheck on /health, and the gateway starts after them without waiting for both to be healthy', async (t) => {
  for (const file of composeFiles) {
    const { services } = readCompose(file)
    for (const name of backendServices) {
      const test = services[name]?.healthcheck?.test ?? []
      t.equal(test[0], 'CMD', `${file}: ${name} healthcheck in exec form`)
      t.match(test.join(' '), `127.0.0.1:${flag(services[name]!.command!, 'port')}/health'`, `${file}: ${name} asks /health`)
      // One backend that never loads its model must not keep the gateway, and the other backend, from serving
      t.same(services.gateway?.depends_on?.[name], { condition: 'service_started' }, `${file}: the gateway starts after ${name}, healthy or not`)
    }
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        if (condition === 'service_healthy') t.ok(services[dependency]?.healthcheck, `${file}: ${name} waits for ${dependency}, which has a healthcheck`)
      }
    }
  }
})

// dcgm-exporter's default listen address (:9400)
const dcgmPort = 9400

test('the GPU stack runs NVIDIA\'s dcgm-exporter on every GPU of the host, Prometheus scrapes it, and no scrape job is left to show down', async (t) => {
  const { services } = readCompose(gpuFile)
  const exporter = services[dcgmService]
  t.match(exporter?.image, /^nvcr\.io\/nvidia\/k8s\/dcgm-exporter:\d+\.\d+\.\d+-\d+\.\d+\.\d+/, 'NVIDIA\'s image, pinned')
  t.same(exporter?.deploy?.resources?.reservations?.devices, [{ driver: 'nvidia', count: 'all', capabilities: ['gpu'] }], 'sees every GPU, those of both backends')
  t.same(exporter?.ports, undefined, 'not published: only Prometheus reads it')
  const prometheusConfig = parse(readFileSync(join(repoRoot, 'prometheus', 'prometheus.yml'), 'utf8'))
  const jobs = (prometheusConfig.scrape_configs as Array<{ job_name: string }>).map((job) => job.job_name)
  t.same(jobs, ['ringside', 'dcgm'], 'the gateway and DCGM; no SGLang job: its diffusion server serves no metrics')
})

test('images are pinned and published ports are bound to 127.0.0.1', async (t) => {
  for (const file of composeFiles) {
    const { services } = readCompose(file)
    for (const [name, service] of Object.entries(services)) {
      if (service.image) {
        t.match(service.image, /^[\w./-]+:v?\d+\.\d+\.\d+[\w.-]*$/, `${file}: ${name} pins ${service.image}`)
      } else {
        t.equal(service.build, '.', `${file}: ${name} is built from the Dockerfile`)
      }
      for (const port of service.ports ?? []) t.match(port, /^127\.0\.0\.1:\d+:\d+$/, `${file}: ${name} publishes ${port} on loopback only`)
    }
  }
})

test('the SGLang services run under an init, with host IPC and a Hugging Face cache volume', async (t) => {
  const compose = readCompose(gpuFile)
  for (const name of backendServices) {
    const service = compose.services[name]!
    t.match(service.image, /^lmsysorg\/sglang:v\d+\.\d+\.\d+/)
    t.equal(service.init, true, `${name}: workers die when their parent is PID 1`)
    t.equal(service.ipc, 'host', `${name}: shared memory for NCCL`)
    const cache = mountsOf(service).find((mount) => mount.target === '/root/.cache/huggingface')
    t.ok(cache && !cache.bind && compose.volumes && cache.source in compose.volumes, `${name}: named Hugging Face cache volume`)
  }
})

test('the simulator stack replaces only the two SGLang services, with the gateway image and no GPU', async (t) => {
  const gpu = readCompose(gpuFile)
  const simulated = readCompose(simulatorFile)
  t.same(Object.keys(simulated.services).sort(), Object.keys(gpu.services).filter((name) => name !== dcgmService).sort(), 'the same services but the GPU exporter')
  for (const name of ['prometheus', 'grafana']) {
    t.same(simulated.services[name], gpu.services[name], `${name} is the same, key for key`)
  }
  // The gateway too, but that simulated backends run on no GPU
  const withoutGpus = (service: Service) => {
    const backends = JSON.parse(String(service.environment?.RINGSIDE_BACKENDS)) as Array<Record<string, unknown>>
    return { ...service, environment: { ...service.environment, RINGSIDE_BACKENDS: backends.map(({ gpus, ...backend }) => backend) } }
  }
  t.same(withoutGpus(simulated.services.gateway!), withoutGpus(gpu.services.gateway!), 'gateway is the same, key for key, but the backends\' gpus')
  t.ok(backendsOf(simulated).every((backend) => backend.gpus === undefined), 'simulated backends name no GPU')
  for (const name of backendServices) {
    const service = simulated.services[name]!
    t.equal(service.build, '.', `${name} runs the gateway image`)
    t.same(service.command?.slice(0, 3), ['node', 'bin/ringside.js', 'simulate'], `${name} runs ringside simulate`)
    t.equal(flag(service.command!, 'profile'), name.replace('sglang-', ''), `${name} simulates its own backend`)
    t.equal(flag(service.command!, 'host'), '0.0.0.0', `${name} listens beyond loopback`)
    t.equal(service.deploy, undefined, `${name} reserves no GPU`)
  }
})

test('Prometheus and Grafana find what they are pointed at inside the compose network', async (t) => {
  const dockerfileEnv = envOf(readDockerfile().at(-1)!)
  for (const file of composeFiles) {
    const { services } = readCompose(file)
    const listening: Record<string, number> = { prometheus: 9090, grafana: 3000, gateway: Number(services.gateway?.environment?.PORT ?? dockerfileEnv.PORT) }
    for (const name of backendServices) listening[name] = Number(flag(services[name]!.command!, 'port'))

    const configMount = mountsOf(services.prometheus!).find((m) => m.target === '/etc/prometheus')
    t.equal(configMount?.source, './prometheus', `${file}: Prometheus reads the repository's config`)
    const prometheusConfig = parse(readFileSync(join(repoRoot, 'prometheus', 'prometheus.yml'), 'utf8'))
    for (const pattern of prometheusConfig.rule_files ?? []) {
      const dir = join(repoRoot, 'prometheus', dirname(pattern))
      const name = new RegExp(`^${basename(pattern).replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
      t.ok(existsSync(dir) && readdirSync(dir).some((entry) => name.test(entry)), `${file}: rule_files ${pattern} matches a mounted file`)
    }
    if (services[dcgmService]) listening[dcgmService] = dcgmPort
    for (const scrape of prometheusConfig.scrape_configs ?? []) {
      for (const target of (scrape.static_configs ?? []).flatMap((c: { targets: string[] }) => c.targets)) {
        const [host = '', port] = target.split(':')
        t.equal(listening[host], Number(port), `${file}: scrape target ${target} (${scrape.job_name}) is a service listening there`)
      }
      // Found by name: a service of the stack listening there, or no service and so no target at all
      for (const { names, port } of scrape.dns_sd_configs ?? []) {
        for (const name of names) {
          if (services[name]) t.equal(listening[name], port, `${file}: ${scrape.job_name} finds ${name} listening on ${port}`)
          else t.equal(file, simulatorFile, `${file}: ${name} of ${scrape.job_name} is only missing from the simulator stack`)
        }
      }
    }

    const datasources = parse(readFileSync(join(repoRoot, 'provisioning', 'datasources', 'prometheus.yaml'), 'utf8'))
    for (const datasource of datasources.datasources) {
      const { hostname, port } = new URL(datasource.url)
      t.equal(listening[hostname], Number(port), `${file}: datasource ${datasource.uid} at ${datasource.url}`)
    }
    const providers = parse(readFileSync(join(repoRoot, 'provisioning', 'dashboards', 'ringside.yaml'), 'utf8'))
    const grafanaMounts = mountsOf(services.grafana!)
    for (const provider of providers.providers) {
      t.equal(grafanaMounts.find((m) => m.target === provider.options.path)?.source, './dashboards', `${file}: provider ${provider.name} reads the repository's dashboards`)
    }
    const home = services.grafana?.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH
    if (home) t.ok(existsSync(join(repoRoot, 'dashboards', basename(home))), `${file}: the home dashboard ${basename(home)} exists`)
  }
})
