// Poll storm: 32 connections asking for one in-flight job as fast as they can, direct to the
// upstream, through nginx (which proxies every poll) and through the gateway (which answers from
// its own view of the job, kept fresh by one poller). Also counts the upstream polls the gateway
// made meanwhile: one per poll interval, whatever the number of clients.
//   node bench/poll.ts [--seconds 5] [--rounds 3] [--connections 32]
import { fixed, interleave, markdownTable, preamble, publish, ratio, readBenchOptions, summarise } from './lib/report.ts'
import type { Contender } from './lib/report.ts'
import { authorization, loadCore, startLineUp, submitThroughGateway } from './lib/setup.ts'
import { wrk } from './lib/wrk.ts'

const options = readBenchOptions()
// jobs never complete: every poll is of a queued job, as during a real 60-90 s generation
const lineUp = await startLineUp({ completeAfterMs: -1 })
try {
  const job = await submitThroughGateway(lineUp.gateway.url)
  const upstreamPath = '/v1/videos/video_0'
  const load = { cpu: loadCore, connections: options.connections }
  const get = (url: string) => (seconds: number) => wrk(url, { headers: authorization }, { ...load, seconds })
  let gatewaySeconds = 0
  let upstreamPollsDuringGateway = 0
  const countingUpstream = (run: (seconds: number) => ReturnType<typeof wrk>) => async (seconds: number) => {
    const before = (await lineUp.stub.stats()).polls
    const result = await run(seconds)
    upstreamPollsDuringGateway += (await lineUp.stub.stats()).polls - before
    gatewaySeconds += result.seconds
    return result
  }
  const contenders: Contender[] = [
    { name: 'direct', run: get(`${lineUp.stub.url}${upstreamPath}`) },
    { name: 'nginx', run: get(`${lineUp.nginx.url}${upstreamPath}`) },
    { name: 'gateway GET /v1/video/jobs/{id}', run: countingUpstream(get(`${lineUp.gateway.url}/v1/video/jobs/${job.id}`)) },
    { name: 'gateway GET /v1/videos/{id}', run: countingUpstream(get(`${lineUp.gateway.url}/v1/videos/${job.id}`)) }
  ]
  if (lineUp.baseline) {
    const before = await submitThroughGateway(lineUp.baseline.url)
    contenders.push({ name: `gateway @${lineUp.baseline.revision} GET /v1/video/jobs/{id}`, run: get(`${lineUp.baseline.url}/v1/video/jobs/${before.id}`) })
  }
  const results = await interleave(contenders, options)
  const nginx = summarise(results.get('nginx')!)
  const rows = [...results].map(([name, runs]) => {
    const s = summarise(runs)
    return [name, fixed(s.requestsPerSecond), ratio(s.requestsPerSecond, nginx.requestsPerSecond), fixed(s.p50Us), fixed(s.p99Us), s.errors]
  })
  const clientPollsPerSecond = [...results].filter(([name]) => name.startsWith('gateway GET'))
    .flatMap(([, runs]) => runs).reduce((sum, r) => sum + r.requests, 0) / gatewaySeconds
  await publish('poll', [
    '## Poll: GET of an in-flight job',
    '',
    preamble(`node bench/poll.ts --seconds ${options.seconds} --rounds ${options.rounds} --connections ${options.connections}`),
    `Setup: ${options.connections} connections, wrk and the upstream stub on core ${loadCore}, nginx or the gateway on the other core; ` +
      `${options.rounds} rounds interleaved after a ${options.warmupSeconds} s warmup; medians.`,
    '',
    markdownTable(['configuration', 'req/s', 'vs nginx', 'p50 us', 'p99 us', 'errors'], rows),
    '',
    `Upstream polls while the gateway answered ${fixed(clientPollsPerSecond)} client polls/s for the job: ` +
      `${upstreamPollsDuringGateway} in ${fixed(gatewaySeconds, 1)} s = ${fixed(upstreamPollsDuringGateway / gatewaySeconds, 2)} per second ` +
      `(one poller, its interval ${fixed(gatewaySeconds / Math.max(1, upstreamPollsDuringGateway), 2)} s).`
  ].join('\n'))
} finally {
  await lineUp.stop()
}
