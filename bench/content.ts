// Content: GET of a completed job's mp4, the one route where the gateway moves bulk bytes.
// A, throughput: 8 MiB downloads on 32 connections, direct, through nginx (as Debian ships it and
// with 64 KiB proxy buffers), through both gateway content routes (after the first download the
// video comes from the gateway's cache) and through a gateway without its cache (every download
// streamed from the backend).
// B, memory: 100 clients each downloading a 64 MiB mp4 over and over through nginx (64 KiB
// buffers) and through both gateways, the proxy's RSS sampled meanwhile: a proxy that streams
// keeps it flat, one that buffers a video per client grows by the video per client; the cache
// holds one copy for all.
//   node bench/content.ts [--seconds 5] [--rounds 3] [--connections 32] [--memory-seconds 10] [--memory-connections 100]
import { rssBytes, watchRss } from './lib/processes.ts'
import { fixed, interleave, markdownTable, preamble, publish, ratio, readBenchOptions, summarise } from './lib/report.ts'
import type { Contender } from './lib/report.ts'
import { authorization, completedJob, loadCore, noContentCache, startLineUp } from './lib/setup.ts'
import { wrk } from './lib/wrk.ts'
import type { WrkResult } from './lib/wrk.ts'

const MiB = 1024 * 1024
const options = readBenchOptions({}, { memorySeconds: 10, memoryConnections: 100 })
// The stub names its first job video_0: the one submitted through the gateway below
const upstreamContentPath = '/v1/videos/video_0/content'
const streamingName = 'gateway, no cache, GET /v1/video/jobs/{id}/content'

const download = (url: string, connections: number, timeoutSeconds = 30) => (seconds: number) =>
  wrk(url, { headers: authorization }, { cpu: loadCore, connections, seconds, timeoutSeconds })

async function throughput (): Promise<string> {
  const lineUp = await startLineUp({ contentBytes: 8 * MiB, completeAfterMs: 0 }, {}, noContentCache)
  try {
    const id = await completedJob(lineUp.gateway.url)
    const streamed = await completedJob(lineUp.variant!.url)
    const contenders: Contender[] = [
      { name: 'direct', run: download(`${lineUp.stub.url}${upstreamContentPath}`, options.connections) },
      { name: 'nginx', run: download(`${lineUp.nginx.url}${upstreamContentPath}`, options.connections) },
      { name: 'nginx 64k buffers', run: download(`${lineUp.nginx.buffered64kUrl}${upstreamContentPath}`, options.connections) },
      { name: 'gateway GET /v1/video/jobs/{id}/content', run: download(`${lineUp.gateway.url}/v1/video/jobs/${id}/content`, options.connections) },
      { name: 'gateway GET /v1/videos/{id}/content', run: download(`${lineUp.gateway.url}/v1/videos/${id}/content`, options.connections) },
      { name: streamingName, run: download(`${lineUp.variant!.url}/v1/video/jobs/${streamed}/content`, options.connections) }
    ]
    if (lineUp.baseline) {
      const before = await completedJob(lineUp.baseline.url)
      const { revision, url } = lineUp.baseline
      const run = download(`${url}/v1/video/jobs/${before}/content`, options.connections)
      contenders.push({ name: `gateway @${revision} GET /v1/video/jobs/{id}/content`, run })
    }
    const results = await interleave(contenders, options)
    const nginx64k = summarise(results.get('nginx 64k buffers')!)
    const rows = [...results].map(([name, runs]) => {
      const s = summarise(runs)
      const mbs = s.megabytesPerSecond
      return [name, fixed(mbs), ratio(mbs, nginx64k.megabytesPerSecond), fixed(s.p50Us / 1000, 1), fixed(s.p99Us / 1000, 1), s.errors]
    })
    return markdownTable(['configuration', 'MB/s', 'vs nginx 64k', 'p50 ms', 'p99 ms', 'errors'], rows)
  } finally {
    await lineUp.stop()
  }
}

interface MemoryRun { name: string, beforeBytes: number, maxBytes: number, endBytes: number, result: WrkResult }

/** One proxy under the download storm, its RSS sampled from just before until the load ends. */
async function underStorm (name: string, pid: number, url: string): Promise<MemoryRun> {
  const beforeBytes = await rssBytes(pid)
  const watch = watchRss(pid, 100)
  // a 64 MiB body shares the core with 99 others: allow it minutes, not wrk's default seconds
  const result = await download(url, options.memoryConnections, 120)(options.memorySeconds)
  const { maxBytes, endBytes } = watch.stop()
  process.stderr.write(`  memory ${name}: ${fixed(result.megabytesPerSecond)} MB/s, RSS ${fixed(beforeBytes / MiB)} -> max ${fixed(maxBytes / MiB)} MiB\n`)
  return { name, beforeBytes, maxBytes: Math.max(beforeBytes, maxBytes), endBytes, result }
}

async function memory (): Promise<string> {
  const lineUp = await startLineUp({ contentBytes: 64 * MiB, completeAfterMs: 0 }, {}, noContentCache)
  try {
    const id = await completedJob(lineUp.gateway.url)
    const streamed = await completedJob(lineUp.variant!.url)
    const runs = [
      await underStorm('nginx 64k buffers', lineUp.nginx.pid, `${lineUp.nginx.buffered64kUrl}${upstreamContentPath}`),
      await underStorm('gateway GET /v1/video/jobs/{id}/content', lineUp.gateway.pid, `${lineUp.gateway.url}/v1/video/jobs/${id}/content`),
      await underStorm(streamingName, lineUp.variant!.pid, `${lineUp.variant!.url}/v1/video/jobs/${streamed}/content`)
    ]
    const mib = (bytes: number) => fixed(bytes / MiB, 1)
    return markdownTable(['configuration', 'RSS start MiB', 'RSS max MiB', 'RSS end MiB', 'max - start MiB', 'MB/s', 'downloads done', 'errors'],
      runs.map((run) => [run.name, mib(run.beforeBytes), mib(run.maxBytes), mib(run.endBytes), mib(run.maxBytes - run.beforeBytes),
        fixed(run.result.megabytesPerSecond), run.result.requests, run.result.errors]))
  } finally {
    await lineUp.stop()
  }
}

const throughputTable = await throughput()
const memoryTable = await memory()
await publish('content', [
  '## Content: GET of a completed job\'s mp4',
  '',
  preamble(`node bench/content.ts --seconds ${options.seconds} --rounds ${options.rounds} --connections ${options.connections} ` +
    `--memory-seconds ${options.memorySeconds} --memory-connections ${options.memoryConnections}`),
  `Setup: wrk and the upstream stub on core ${loadCore}, nginx or the gateway on the other core. MB/s are 10^6 bytes per second of response read by wrk.`,
  '',
  `### Throughput: 8 MiB mp4, ${options.connections} connections`,
  '',
  `${options.rounds} rounds interleaved after a ${options.warmupSeconds} s warmup; medians.`,
  '',
  throughputTable,
  '',
  `### Memory: 64 MiB mp4, ${options.memoryConnections} clients downloading for ${options.memorySeconds} s`,
  '',
  'RSS of the proxy process: just before the load, the largest and the last of samples every 100 ms under load. ' +
    '"Downloads done" counts whole bodies; bytes of the ones cut off at the end count in MB/s.',
  '',
  memoryTable
].join('\n'))
