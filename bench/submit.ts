// Submits: 32 connections creating jobs as fast as they can, direct to the upstream, through
// nginx, and through the gateway with everything a production gateway runs on a submit: schema
// validation, the API-key hook, rate limiting, metrics, and a poller started for every job.
// The stub completes each job at its first poll, so pollers end and the job table stays bounded.
//   node bench/submit.ts [--seconds 5] [--rounds 3] [--connections 32]
import { fixed, interleave, markdownTable, preamble, publish, ratio, readBenchOptions, summarise } from './lib/report.ts'
import type { Contender } from './lib/report.ts'
import { authorization, generateBody, loadCore, startLineUp } from './lib/setup.ts'
import { wrk } from './lib/wrk.ts'

const options = readBenchOptions()
const lineUp = await startLineUp({ completeAfterMs: 0 })
try {
  const load = { cpu: loadCore, connections: options.connections }
  const post = (url: string) => (seconds: number) => wrk(url, {
    method: 'POST',
    body: generateBody,
    headers: { 'content-type': 'application/json', ...authorization }
  }, { ...load, seconds })
  const contenders: Contender[] = [
    { name: 'direct', run: post(`${lineUp.stub.url}/v1/videos`) },
    { name: 'nginx', run: post(`${lineUp.nginx.url}/v1/videos`) },
    { name: 'gateway POST /v1/video/generate', run: post(`${lineUp.gateway.url}/v1/video/generate`) }
  ]
  if (lineUp.baseline) {
    contenders.push({ name: `gateway @${lineUp.baseline.revision} POST /v1/video/generate`, run: post(`${lineUp.baseline.url}/v1/video/generate`) })
  }
  const results = await interleave(contenders, options)
  const nginx = summarise(results.get('nginx')!)
  const rows = [...results].map(([name, runs]) => {
    const s = summarise(runs)
    return [name, fixed(s.requestsPerSecond), ratio(s.requestsPerSecond, nginx.requestsPerSecond), fixed(s.p50Us), fixed(s.p99Us), s.errors]
  })
  const stats = await lineUp.stub.stats()
  const gatewaySubmits = results.get('gateway POST /v1/video/generate')!.reduce((sum, r) => sum + r.requests, 0)
  await publish('submit', [
    '## Submit: POST of a new job',
    '',
    preamble(`node bench/submit.ts --seconds ${options.seconds} --rounds ${options.rounds} --connections ${options.connections}`),
    `Setup: ${options.connections} connections, wrk and the upstream stub on core ${loadCore}, nginx or the gateway on the other core; ` +
      `${options.rounds} rounds interleaved after a ${options.warmupSeconds} s warmup; medians.`,
    '',
    markdownTable(['configuration', 'req/s', 'vs nginx', 'p50 us', 'p99 us', 'errors'], rows),
    '',
    `The upstream saw ${stats.submits} submits and ${stats.polls} polls in all: ` +
      `the gateway polled each of its jobs about ${fixed(stats.polls / Math.max(1, gatewaySubmits), 2)} times.`
  ].join('\n'))
} finally {
  await lineUp.stop()
}
