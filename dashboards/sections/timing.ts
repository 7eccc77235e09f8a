import { defaultSsimThreshold } from '../../src/compare/parity.ts'
import { completed, join, mean, quantile, type Histogram } from '../../src/metrics/promql.ts'
import { thresholds } from '../rules.ts'
import { barchartPanel, heatmapPanel, sampleCount, statPanel, steps, tablePanel, timeseriesPanel, type Query } from '../panels.ts'
import { baseline, candidate, interval, m, meanOf, pair, increaseSum, perBackend, range, samplesOf, type Section } from './common.ts'

// Where the time goes: stage by stage, end to end, per denoising step, and whether the outputs match.

const stageMean = (side: string) => mean(m.stageDuration, { matchers: side, by: ['stage'], window: range })
const speedup = (histogram: Histogram, extra?: string) => `${meanOf(histogram, baseline, extra)} / ${meanOf(histogram, candidate, extra)}`
// Red when the candidate is slower, amber below the speedup the alert expects of a parallel backend.
const speedupSteps = () => steps('red', [1, 'orange'], [thresholds.minSpeedup, 'green'])
const speedupUnit = 'suffix:×'

/**
 * n on each side after a speedup (queries B and C): 1.4× from two jobs and from two hundred look
 * alike otherwise. `perStage` counts the jobs of the best-recorded stage, since each job
 * observes every stage once.
 */
function withSamples (ratio: Query, histogram: Histogram, extra?: string, perStage = false) {
  const count = (side: string) => perStage ? `max(${samplesOf(histogram, side, extra, ['stage'])})` : samplesOf(histogram, side, extra)
  return {
    queries: [ratio, { expr: count(baseline), legend: 'n $baseline', instant: true }, { expr: count(candidate), legend: 'n $candidate', instant: true }],
    overrides: [['B', sampleCount], ['C', sampleCount]] as Array<[string, typeof sampleCount]>
  }
}

export function stages (): Section {
  return {
    id: 100,
    title: 'Stages ($baseline vs $candidate, $workload)',
    panels: [
      tablePanel({
        at: { id: 101, w: 12, h: 9 },
        unit: 's',
        title: 'Mean stage time (the seed\'s stage table)',
        description: 'Mean time per pipeline stage over the selected range, from the histograms\' _sum/_count (exact), the speedup baseline / candidate, and n on each side.',
        queries: [
          { expr: stageMean(baseline), legend: '$baseline', instant: true, format: 'table' },
          { expr: stageMean(candidate), legend: '$candidate', instant: true, format: 'table' },
          { expr: `${stageMean(baseline)} / ${stageMean(candidate)}`, legend: 'speedup', instant: true, format: 'table' },
          // n per stage and side, as the seed's table would have needed.
          { expr: samplesOf(m.stageDuration, baseline, undefined, ['stage']), legend: 'n $baseline', instant: true, format: 'table' },
          { expr: samplesOf(m.stageDuration, candidate, undefined, ['stage']), legend: 'n $candidate', instant: true, format: 'table' }
        ],
        columns: {
          stage: { name: 'Stage' },
          'Value #A': { name: 'Baseline mean', unit: 's' },
          'Value #B': { name: 'Candidate mean', unit: 's' },
          'Value #C': { name: 'Speedup', unit: speedupUnit },
          // increase() extrapolates to the range's edges: whole jobs, not 4.09 of them.
          'Value #D': { name: 'n baseline', unit: 'none', decimals: 0 },
          'Value #E': { name: 'n candidate', unit: 'none', decimals: 0 }
        },
        sortBy: 'Baseline mean'
      }),
      barchartPanel({
        at: { id: 102, w: 12, h: 9 },
        unit: 's',
        title: 'Mean stage time side by side',
        description: 'Where the time goes: each stage\'s mean on the baseline and on the candidate.',
        queries: [
          { expr: stageMean(baseline), legend: '$baseline', instant: true, format: 'table' },
          { expr: stageMean(candidate), legend: '$candidate', instant: true, format: 'table' }
        ],
        xField: 'stage',
        rename: { 'Value #A': 'baseline', 'Value #B': 'candidate' }
      }),
      statPanel({
        at: { id: 103, w: 16, h: 5 },
        unit: speedupUnit,
        decimals: 2,
        thresholds: speedupSteps(),
        title: 'Speedup per stage (baseline / candidate mean)',
        description: 'Above 1 the candidate is faster. Ratios of means, never of quantiles. Sub-second stages jitter around 1 and cost nothing.',
        ...withSamples({ expr: `${stageMean(baseline)} / ${stageMean(candidate)}`, legend: '{{stage}}', instant: true }, m.stageDuration, undefined, true)
      }),
      statPanel({
        at: { id: 104, w: 4, h: 5 },
        unit: speedupUnit,
        decimals: 2,
        thresholds: speedupSteps(),
        title: 'End-to-end speedup',
        description: 'Mean submit-to-completed time of the baseline over the candidate\'s (the seed\'s Total), queue wait included.',
        ...withSamples({ expr: speedup(m.requestDuration, completed), legend: 'Total', instant: true }, m.requestDuration, completed)
      }),
      statPanel({
        at: { id: 105, w: 4, h: 5 },
        unit: speedupUnit,
        decimals: 2,
        thresholds: speedupSteps(),
        title: 'Service-time speedup',
        description: 'The same without queue wait: what the parallel config itself buys.',
        ...withSamples({ expr: speedup(m.serviceDuration), legend: 'Service', instant: true }, m.serviceDuration)
      })
    ]
  }
}

export function parity (): Section {
  // Paired runs label their pairs by role, not by backend: the same pair of variables selects them.
  const roles = 'baseline="$baseline", candidate="$candidate"'
  return {
    id: 700,
    title: 'Output parity (paired runs)',
    panels: [
      statPanel({
        at: { id: 701, w: 12, h: 5 },
        unit: 'none',
        decimals: 4,
        title: 'Mean SSIM of paired outputs',
        description: `Same request and seed on both backends, outputs compared by ffmpeg. 1 is identical; below ${defaultSsimThreshold} a pair counts as different.`,
        thresholds: steps('red', [defaultSsimThreshold, 'green']),
        queries: [{ expr: mean(m.outputParitySsim, { matchers: roles, window: range }), legend: 'SSIM', instant: true }]
      }),
      statPanel({
        at: { id: 702, w: 12, h: 5 },
        unit: 'short',
        decimals: 0,
        title: 'Pairs by parity',
        description: 'match, differ (SSIM below the threshold) or unmeasured (no ffmpeg, or a side failed).',
        queries: [{ expr: `sum by (outcome) (increase(${m.outputParityPairs}{${roles}}[${range}]))`, legend: '{{outcome}}', instant: true }]
      })
    ]
  }
}

export function latency (): Section {
  return {
    id: 200,
    title: 'End to end ($workload)',
    panels: [
      timeseriesPanel({
        at: { id: 201, w: 12, h: 9 },
        unit: 's',
        title: 'Submit to completed: p50, p95 and mean',
        description: 'As the gateway saw it, queue wait included; completed jobs only. Percentiles are bucket estimates, the mean is exact.',
        queries: [
          { expr: quantile(0.5, m.requestDuration, { matchers: join(pair, completed), by: ['backend'], window: interval }), legend: '{{backend}} p50' },
          { expr: quantile(0.95, m.requestDuration, { matchers: join(pair, completed), by: ['backend'], window: interval }), legend: '{{backend}} p95' },
          { expr: perBackend(m.requestDuration, interval, completed), legend: '{{backend}} mean' }
        ]
      }),
      timeseriesPanel({
        at: { id: 202, w: 12, h: 9 },
        unit: 's',
        title: 'Queue wait: mean and p95',
        description: 'Time a job waited behind others on its FIFO backend before it started.',
        queries: [
          { expr: perBackend(m.queueWait, interval), legend: '{{backend}} mean' },
          { expr: quantile(0.95, m.queueWait, { matchers: pair, by: ['backend'], window: interval }), legend: '{{backend}} p95' }
        ]
      })
    ]
  }
}

export function denoising (): Section {
  const stepHeatmap = (id: number, side: string, name: string) => heatmapPanel({
    at: { id, w: 8, h: 9 },
    unit: 's',
    title: `Denoising step time: ${name}`,
    description: 'Steps per bucket and interval (increase over each cell, at least 1m). Ring attention stalls show as a second band or a long upper tail.',
    // increase() over the cell's own $__interval: cells count steps without overlapping; the
    // 1m floor is four 15 s scrapes, so a cell never holds too few samples to increase over.
    minInterval: '1m',
    queries: [{
      expr: increaseSum(`${m.denoiseStepDuration}_bucket`, { matchers: side, by: ['le'], window: '$__interval' }),
      legend: '{{le}}',
      format: 'heatmap'
    }]
  })
  return {
    id: 300,
    title: 'Denoising steps ($workload)',
    panels: [
      stepHeatmap(301, baseline, '$baseline'),
      stepHeatmap(302, candidate, '$candidate'),
      timeseriesPanel({
        at: { id: 303, w: 8, h: 9 },
        unit: 's',
        title: 'Denoising step time: p50, p95, p99',
        description: 'A widening p99 / p50 gap is step jitter.',
        legendCalcs: ['mean', 'max'],
        queries: [0.5, 0.95, 0.99].map((q) => ({
          expr: quantile(q, m.denoiseStepDuration, { matchers: pair, by: ['backend'], window: interval }),
          legend: `{{backend}} p${Math.round(q * 100)}`
        }))
      })
    ]
  }
}
