import { gpuSecondsPerVideo, rateSum, type Histogram } from '../../src/metrics/promql.ts'
import { thresholds } from '../rules.ts'
import { sampleCount, statPanel, steps, tablePanel, timeseriesPanel, valueText } from '../panels.ts'
import { baseline, candidate, interval, m, meanOf, pair, perBackend, range, samplesOf, type Section } from './common.ts'

// What it costs: GPU memory, GPU-seconds, and the health of the traffic that pays for it.

const overhead = (window: string) => `${perBackend(m.gpuPeakReserved, window)} - ${perBackend(m.gpuPeakAllocated, window)}`
const perMinute = (name: string, by: string[]) => `${rateSum(name, { by, window: interval })} * 60`
const gpuSeconds = (side: string) => `sum(${gpuSecondsPerVideo(side, range)})`

export function memory (): Section {
  const bytesStat = (id: number, title: string, description: string, expr: string) => statPanel({
    at: { id, w: 6, h: 5 }, unit: 'bytes', decimals: 2, title, description, queries: [{ expr, legend: '{{backend}}', instant: true }]
  })
  const delta = (histogram: Histogram) => `${meanOf(histogram, candidate)} - ${meanOf(histogram, baseline)}`
  const overheadOf = (side: string) => `(${meanOf(m.gpuPeakReserved, side)} - ${meanOf(m.gpuPeakAllocated, side)})`
  return {
    id: 400,
    title: 'GPU memory (one GPU, output rank, $workload)',
    panels: [
      bytesStat(401, 'Peak reserved', 'Mean per request of torch max_memory_reserved.', perBackend(m.gpuPeakReserved, range)),
      bytesStat(402, 'Peak allocated', 'Mean per request of torch max_memory_allocated.', perBackend(m.gpuPeakAllocated, range)),
      bytesStat(403, 'Overhead (reserved − allocated)', 'Memory the caching allocator holds but tensors do not use.', overhead(range)),
      statPanel({
        at: { id: 404, w: 6, h: 5 },
        unit: 'percentunit',
        decimals: 1,
        title: 'Overhead ratio',
        description: 'Overhead / reserved.',
        // Red where the alert fires.
        thresholds: steps('green', [0.3, 'orange'], [thresholds.overheadRatio, 'red']),
        queries: [{ expr: `(${overhead(range)}) / ${perBackend(m.gpuPeakReserved, range)}`, legend: '{{backend}}', instant: true }]
      }),
      statPanel({
        at: { id: 405, w: 12, h: 5 },
        unit: 'bytes',
        decimals: 2,
        title: 'Deltas (candidate − baseline)',
        description: 'Negative means the candidate needs less memory per GPU.',
        queries: [
          { expr: delta(m.gpuPeakReserved), legend: 'reserved', instant: true },
          { expr: delta(m.gpuPeakAllocated), legend: 'allocated', instant: true },
          { expr: `${overheadOf(candidate)} - ${overheadOf(baseline)}`, legend: 'overhead', instant: true },
          { expr: `${overheadOf(candidate)} / ${meanOf(m.gpuPeakReserved, candidate)} - ${overheadOf(baseline)} / ${meanOf(m.gpuPeakReserved, baseline)}`, legend: 'overhead ratio', instant: true }
        ],
        overrides: [['D', [{ id: 'unit', value: 'percentunit' }]]]
      }),
      statPanel({
        at: { id: 407, w: 12, h: 5 },
        unit: 'bytes',
        decimals: 2,
        title: 'Model load peak and runtime high-water mark',
        description: 'The backend\'s own figures, worst replica (SGLang\'s load_peak and runtime_peak), whatever the workload: the load peak decides whether ' +
          'the model fits on the GPU at all; the runtime peak is the largest forward since the backend process started, of any workload.',
        queries: [
          { expr: `max by (backend) (${m.gpuModelLoadPeakReserved}{${pair}})`, legend: '{{backend}} model load', instant: true },
          { expr: `max by (backend) (${m.gpuRuntimePeakReserved}{${pair}})`, legend: '{{backend}} runtime', instant: true }
        ]
      }),
      timeseriesPanel({
        at: { id: 406, w: 12, h: 5 },
        unit: 'bytes',
        title: 'Peak memory per request over time',
        description: 'Mean peaks of the requests completed in each interval.',
        legendCalcs: [],
        queries: [
          { expr: perBackend(m.gpuPeakReserved, interval), legend: '{{backend}} reserved' },
          { expr: perBackend(m.gpuPeakAllocated, interval), legend: '{{backend}} allocated' }
        ]
      })
    ]
  }
}

export function cost (): Section {
  return {
    id: 500,
    title: 'Cost ($workload)',
    panels: [
      statPanel({
        at: { id: 501, w: 8, h: 5 },
        unit: 's',
        decimals: 1,
        title: 'GPU-seconds per video',
        description: 'Mean service time (queue wait excluded) × the backend\'s GPUs (num_gpus of ringside_backend_info).',
        queries: [{ expr: gpuSecondsPerVideo(pair, range), legend: '{{backend}}', instant: true }]
      }),
      statPanel({
        at: { id: 502, w: 8, h: 5 },
        unit: 'percentunit',
        decimals: 0,
        title: 'Parallel efficiency',
        description: 'Baseline GPU-seconds per video / candidate\'s: speedup divided by the GPU ratio. 100% is linear scaling.',
        thresholds: steps('red', [0.5, 'orange'], [0.7, 'green']),
        // n on each side: an efficiency is a ratio of means like a speedup, and as fragile when few.
        queries: [
          { expr: `${gpuSeconds(baseline)} / ${gpuSeconds(candidate)}`, legend: 'efficiency', instant: true },
          { expr: samplesOf(m.serviceDuration, baseline), legend: 'n $baseline', instant: true },
          { expr: samplesOf(m.serviceDuration, candidate), legend: 'n $candidate', instant: true }
        ],
        overrides: [['B', sampleCount], ['C', sampleCount]]
      }),
      statPanel({
        at: { id: 503, w: 8, h: 5 },
        unit: 'short',
        decimals: 1,
        title: 'Videos per GPU-hour',
        description: '3600 / GPU-seconds per video.',
        queries: [{ expr: `3600 / (${gpuSecondsPerVideo(pair, range)})`, legend: '{{backend}}', instant: true }]
      })
    ]
  }
}

export function health (): Section {
  return {
    id: 600,
    title: 'Traffic and health (all backends)',
    panels: [
      timeseriesPanel({
        at: { id: 601, w: 12, h: 8 },
        unit: 'opm',
        title: 'Jobs by backend and outcome',
        description: 'Jobs reaching a final state per minute; lost = the backend forgot the job.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.jobs, ['backend', 'outcome']), legend: '{{backend}} {{outcome}}' }]
      }),
      timeseriesPanel({
        at: { id: 602, w: 12, h: 8 },
        unit: 'short',
        title: 'In flight (queue depth)',
        description: 'Jobs submitted and not finished, the running one included, summed over gateways.',
        legendCalcs: ['lastNotNull', 'max'],
        queries: [{ expr: `sum by (backend) (${m.backendQueueDepth})`, legend: '{{backend}}' }]
      }),
      timeseriesPanel({
        at: { id: 603, w: 12, h: 8 },
        unit: 'opm',
        title: 'Upstream errors by reason',
        description: 'Failed calls to a backend per minute.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.upstreamErrors, ['backend', 'reason']), legend: '{{backend}} {{reason}}' }]
      }),
      timeseriesPanel({
        at: { id: 604, w: 12, h: 8 },
        unit: 'opm',
        title: 'Stage record look-ups',
        description: 'performance.log look-ups on completion; missing or corrupt records leave the stage panels short.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.stageRecords, ['backend', 'outcome']), legend: '{{backend}} {{outcome}}' }]
      }),
      statPanel({
        at: { id: 605, w: 6, h: 6 },
        unit: 'none',
        title: 'Backend up',
        description: 'Health checks as the gateways see them: down if any gateway cannot reach the backend.',
        mappings: valueText({ 0: ['DOWN', 'red'], 1: ['UP', 'green'] }),
        thresholds: steps('red', [1, 'green']),
        queries: [{ expr: `min by (backend) (${m.backendUp})`, legend: '{{backend}}', instant: true }]
      }),
      statPanel({
        at: { id: 607, w: 6, h: 6 },
        unit: 'none',
        title: 'Circuit breaker',
        description: 'Per backend, its worst replica as the worst gateway sees it: open takes no new work until a half-open probe succeeds.',
        mappings: valueText({ 0: ['CLOSED', 'green'], 1: ['HALF-OPEN', 'orange'], 2: ['OPEN', 'red'] }),
        thresholds: steps('green', [1, 'orange'], [2, 'red']),
        queries: [{ expr: `max by (backend) (${m.backendCircuitState})`, legend: '{{backend}}', instant: true }]
      }),
      tablePanel({
        at: { id: 606, w: 12, h: 6 },
        unit: 'none',
        title: 'Backend parallel configs',
        description: 'From the gateway\'s configuration: SGLang does not expose sp/ulysses/ring over HTTP.',
        queries: [{ expr: `max by (backend, sp_degree, ulysses_degree, ring_degree, num_gpus, model) (${m.backendInfo})`, legend: '{{backend}}', instant: true, format: 'table' }],
        columns: {},
        hide: ['Value']
      }),
      timeseriesPanel({
        at: { id: 608, w: 12, h: 8 },
        unit: 'opm',
        title: 'Video downloads by source',
        description: 'Videos sent whole per minute: cache = kept by the gateway after an earlier download, backend = streamed from SGLang.',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.contentDownloads, ['backend', 'source']), legend: '{{backend}} {{source}}' }]
      }),
      timeseriesPanel({
        at: { id: 609, w: 12, h: 8 },
        unit: 'bytes',
        title: 'Content cache',
        description: 'Memory each gateway holds for finished videos (bounded by RINGSIDE_CONTENT_CACHE_BYTES).',
        legendCalcs: ['lastNotNull', 'max'],
        queries: [{ expr: `max by (instance) (${m.contentCacheBytes})`, legend: '{{instance}}' }]
      }),
      timeseriesPanel({
        at: { id: 615, w: 12, h: 8 },
        unit: 'opm',
        title: 'Stage timings dropped',
        description: 'Stage timings not recorded per minute: the backend reported more stage names than RINGSIDE_MAX_STAGES_PER_BACKEND (a misbehaving backend, or a pipeline to raise it for).',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.stagesDropped, ['backend']), legend: '{{backend}}' }]
      }),
      timeseriesPanel({
        at: { id: 616, w: 12, h: 8 },
        unit: 'opm',
        title: 'Client connections refused',
        description: 'Connections each gateway closed on arrival per minute: their address already held ' +
          'RINGSIDE_MAX_CONNECTIONS_PER_ADDRESS (a flood, or many clients behind one proxy address).',
        legendCalcs: ['sum'],
        queries: [{ expr: perMinute(m.connectionsRefused, ['instance']), legend: '{{instance}}' }]
      })
    ]
  }
}
