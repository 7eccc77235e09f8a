// Added latency: one connection, one request at a time, and every process (stub, nginx, gateway,
// wrk) on the same core, so that no request waits for another and no hop crosses cores: what a
// proxy adds to p50 is then its own work per request. Two routes: a poll, which the gateway
// answers from its view of the job, and a small content GET, which it answers from its cache
// after the first download, and a second gateway without the cache forwards upstream.
//   node bench/latency.ts [--seconds 5] [--rounds 3]
import { core, createProcessSet } from './lib/processes.ts'
import type { Started } from './lib/processes.ts'
import { freePorts } from './lib/ports.ts'
import { fixed, interleave, markdownTable, preamble, publish, readBenchOptions, summarise } from './lib/report.ts'
import type { Contender } from './lib/report.ts'
import { startGateway, startNginx, startStub, stubBackend } from './lib/servers.ts'
import { authorization, completedJob, noContentCache } from './lib/setup.ts'
import { wrk } from './lib/wrk.ts'

const GOAL_ADDED_P50_US = 40
const options = readBenchOptions()
const cpu = core(0)

const processes = createProcessSet()

function tracked<T extends Started> (started: T): T {
  processes.track(started)
  return started
}

async function startAllOnOneCore () {
  const [nginxPort, nginx64kPort, gatewayPort, noCachePort] = await freePorts(4)
  // a 1 KiB mp4: the cost of forwarding, not of moving bytes
  const stub = tracked(await startStub(cpu, { contentBytes: 1024, completeAfterMs: 0 }))
  const nginx = tracked(await startNginx(cpu, stub.url, [nginxPort as number, nginx64kPort as number]))
  const gateway = tracked(await startGateway(cpu, gatewayPort as number, [stubBackend('u1r2', stub.url)]))
  const noCache = tracked(await startGateway(cpu, noCachePort as number, [stubBackend('u1r2', stub.url)], noContentCache))
  return { stub, nginx, gateway, noCache }
}

try {
  const { stub, nginx, gateway, noCache } = await startAllOnOneCore()
  // the stub's video_0: the gateway knows it completed, so both routes ask for it
  const id = await completedJob(gateway.url)
  const streamed = await completedJob(noCache.url)
  const get = (url: string) => (seconds: number) => wrk(url, { headers: authorization }, { cpu, connections: 1, seconds })
  const routes = [
    { route: 'poll', upstreamPath: '/v1/videos/video_0', gatewayPath: `/v1/video/jobs/${id}` },
    { route: 'content 1 KiB', upstreamPath: '/v1/videos/video_0/content', gatewayPath: `/v1/video/jobs/${id}/content` }
  ]
  const contenders: Contender[] = routes.flatMap(({ route, upstreamPath, gatewayPath }) => [
    { name: `${route}: direct`, run: get(`${stub.url}${upstreamPath}`) },
    { name: `${route}: nginx`, run: get(`${nginx.url}${upstreamPath}`) },
    { name: `${route}: gateway`, run: get(`${gateway.url}${gatewayPath}`) }
  ])
  contenders.push({ name: 'content 1 KiB: gateway, no cache', run: get(`${noCache.url}/v1/video/jobs/${streamed}/content`) })
  const results = await interleave(contenders, options)
  const rows = [...results].map(([name, runs]) => {
    const [route, proxy] = name.split(': ') as [string, string]
    const direct = summarise(results.get(`${route}: direct`)!)
    const s = summarise(runs)
    return [route, proxy, fixed(s.requestsPerSecond), fixed(s.p50Us), fixed(s.p99Us), proxy === 'direct' ? '' : `+${fixed(s.p50Us - direct.p50Us)}`, s.errors]
  })
  await publish('latency', [
    '## Latency: what a proxy adds at one connection',
    '',
    preamble(`node bench/latency.ts --seconds ${options.seconds} --rounds ${options.rounds}`),
    `Setup: 1 connection; the stub, nginx, the gateway and wrk all pinned to core ${cpu}; ` +
      `${options.rounds} rounds interleaved after a ${options.warmupSeconds} s warmup; medians. ` +
      'The job is completed: the gateway answers the poll from its own view, and the content GET from its cache ' +
      '(the gateway without one forwards it upstream). Gateway routes: GET /v1/video/jobs/{id} and GET /v1/video/jobs/{id}/content.',
    `Goal (issue #7): the gateway adds at most ${GOAL_ADDED_P50_US} us to p50 over direct.`,
    '',
    markdownTable(['route', 'configuration', 'req/s', 'p50 us', 'p99 us', 'added p50 us', 'errors'], rows)
  ].join('\n'))
} finally {
  await processes.stopAll()
}
