import { metricNames } from '../src/metrics/names.ts'
import { completed, mean, numGpus, rateSum } from '../src/metrics/promql.ts'
import { OTHER_WORKLOAD } from '../src/workloads/catalog.ts'
import { availabilityTarget, sloAlertRules, sloRecordingRules } from './slo.ts'
import type { AlertRule, RecordingRule, RuleGroup } from './rule-shapes.ts'

// Prometheus recording and alert rules, written to prometheus/rules/ringside.rules.yml by
// `npm run dashboards`. Ratios live here rather than in app gauges: a ratio gauge cannot be
// re-aggregated across gateway replicas, sums and counts can.

const m = metricNames
const window = '5m'

/**
 * The speedup and efficiency rules compare the candidates with the baseline. PromQL has no
 * per-pair loop, so the pair is fixed when the rules are built (build.ts reads it from flags or
 * the environment); the dashboard's $baseline/$candidate variables cover any other pair.
 */
export interface RulePair {
  baseline: string
  /** One backend or several, each compared with the baseline. */
  candidates: string[]
}

/** The seed's pair, which the committed rules file is built with. */
export const seedPair: RulePair = { baseline: 'u1r1', candidates: ['u1r2'] }

// Backend names as the gateway's config schema allows them (src/config.ts): no regex
// metacharacters, so candidates join into one `=~` matcher unescaped.
const backendName = /^[a-z0-9][a-z0-9_-]{0,31}$/

/** Refuses a pair the rules could not express, naming the setting: a typo must not build silent rules. */
export function rulePair (baseline: string | undefined, candidates: string | undefined): RulePair {
  const pair = {
    baseline: baseline ?? seedPair.baseline,
    candidates: candidates === undefined ? seedPair.candidates : candidates.split(',').map((name) => name.trim()).filter(Boolean)
  }
  if (!backendName.test(pair.baseline)) throw new Error(`baseline: ${JSON.stringify(pair.baseline)} is not a backend name`)
  if (pair.candidates.length === 0) throw new Error('candidate: at least one backend is needed')
  for (const name of pair.candidates) {
    if (!backendName.test(name)) throw new Error(`candidate: ${JSON.stringify(name)} is not a backend name`)
    if (name === pair.baseline) throw new Error(`candidate: ${name} is the baseline; a backend compared with itself is always 1`)
  }
  return pair
}

/**
 * Where each alert's runbook_url points: RUNBOOK.md has one section per alert, whose anchor is
 * the alert's name in lower case. The repository has no published home, so the default is the
 * path beside the rules; build.ts takes the URL the copy is served from.
 */
export const defaultRunbookUrl = 'RUNBOOK.md'

export interface RuleOptions {
  pair: RulePair
  runbookUrl: string
  /** The availability SLO (dashboards/slo.ts): the share of answers that must not be 5xx. */
  availabilityTarget: number
}
const defaults: RuleOptions = { pair: seedPair, runbookUrl: defaultRunbookUrl, availabilityTarget }

// Every timing and memory rule keeps `workload` (level `backend_workload`): a mean over two
// workloads is a mix, not a figure, and a speedup of two mixes compares nothing. The comparison
// and the dashboard select one with `workload="KEY"`. Job counts have no workload label: the
// error ratio is the backend's, over all its work.
export const recorded = {
  stageMean: `backend_workload_stage:${m.stageDuration}:mean${window}`,
  requestMean: `backend_workload:${m.requestDuration}:mean${window}`,
  queueWaitMean: `backend_workload:${m.queueWait}:mean${window}`,
  serviceMean: `backend_workload:${m.serviceDuration}:mean${window}`,
  denoiseStepMean: `backend_workload:${m.denoiseStepDuration}:mean${window}`,
  reservedMean: `backend_workload:${m.gpuPeakReserved}:mean${window}`,
  allocatedMean: `backend_workload:${m.gpuPeakAllocated}:mean${window}`,
  overheadMean: `backend_workload:ringside_gpu_memory_overhead_bytes:mean${window}`,
  overheadRatio: `backend_workload:ringside_gpu_memory_overhead:ratio${window}`,
  numGpus: `backend:${m.backendGpus}:max`,
  gpuSecondsPerVideo: `backend_workload:ringside_gpu_seconds_per_video:mean${window}`,
  jobErrorRatio: `backend:${m.jobs}:error_ratio${window}`,
  stageSpeedup: `backend_workload_stage:${m.stageDuration}:speedup${window}`,
  requestSpeedup: `backend_workload:${m.requestDuration}:speedup${window}`,
  serviceSpeedup: `backend_workload:${m.serviceDuration}:speedup${window}`,
  parallelEfficiency: `backend_workload:ringside_parallel_efficiency:ratio${window}`
} as const

export const thresholds = {
  /** A candidate this much slower than the baseline on a stage is slower, not jitter. */
  slowerSpeedup: 0.95,
  /** Stages under a second cost nothing worth paging about, however they jitter. */
  slowerMinStageSeconds: 1,
  /** Below this, a parallel backend does not pay for its extra GPUs (the seed: 1.42). */
  minSpeedup: 1.2,
  errorRatio: 0.1,
  /** The seed: 0.256 on one GPU, 0.335 with ring SP. */
  overheadRatio: 0.4,
  /**
   * Jobs outstanding and none settled in the last `stuckWindow`, continuously for `stuckFor`: no
   * settlement for their sum (15 m; a baseline video takes ~90 s), and never on a Prometheus
   * that has watched for less than `stuckFor`.
   */
  stuckWindow: '5m',
  stuckFor: '10m',
  /** One differing pair is a finding: ring attention must not change the video. */
  parityWindow: '1h'
} as const

export type { AlertRule, RecordingRule, RuleGroup } from './rule-shapes.ts'

/**
 * `baseline / candidate` for every candidate: ignoring(backend) pairs them on every other label,
 * the workload included, so only the same work is divided; group_right keeps the candidate's labels.
 * Not `other`: it pools every shape past the label cap, and each side's mix of them is its own.
 */
function againstBaseline (name: string, { baseline, candidates }: RulePair): string {
  const work = `workload!="${OTHER_WORKLOAD}"`
  return `${name}{backend="${baseline}", ${work}} / ignoring (backend) group_right () ${name}{backend=~"${candidates.join('|')}", ${work}}`
}

function recordingRules (pair: RulePair): RecordingRule[] {
  const r = recorded
  const byBackend = { by: ['backend', 'workload'], window }
  const perBackend = { by: ['backend'], window }
  const baseline = { baseline: pair.baseline }
  const vs = (name: string) => againstBaseline(name, pair)
  // Rules of a group run in order, each seeing the ones before at the same evaluation.
  return [
    { record: r.stageMean, expr: mean(m.stageDuration, { by: ['backend', 'workload', 'stage'], window }) },
    { record: r.requestMean, expr: mean(m.requestDuration, { ...byBackend, matchers: completed }) },
    { record: r.queueWaitMean, expr: mean(m.queueWait, byBackend) },
    { record: r.serviceMean, expr: mean(m.serviceDuration, byBackend) },
    { record: r.denoiseStepMean, expr: mean(m.denoiseStepDuration, byBackend) },
    { record: r.reservedMean, expr: mean(m.gpuPeakReserved, byBackend) },
    { record: r.allocatedMean, expr: mean(m.gpuPeakAllocated, byBackend) },
    { record: r.overheadMean, expr: `${r.reservedMean} - ${r.allocatedMean}` },
    { record: r.overheadRatio, expr: `${r.overheadMean} / ${r.reservedMean}` },
    { record: r.numGpus, expr: numGpus() },
    // Each workload of a backend times the backend's GPUs: many to one
    { record: r.gpuSecondsPerVideo, expr: `${r.serviceMean} * on (backend) group_left () ${r.numGpus}` },
    { record: r.jobErrorRatio, expr: `${rateSum(m.jobs, { ...perBackend, matchers: 'outcome!="completed"' })} / ${rateSum(m.jobs, perBackend)}` },
    { record: r.stageSpeedup, expr: vs(r.stageMean), labels: baseline },
    { record: r.requestSpeedup, expr: vs(r.requestMean), labels: baseline },
    { record: r.serviceSpeedup, expr: vs(r.serviceMean), labels: baseline },
    // Baseline GPU-seconds per video over the candidate's: the speedup divided by the GPU ratio.
    { record: r.parallelEfficiency, expr: vs(r.gpuSecondsPerVideo), labels: baseline }
  ]
}

function alertRules (): AlertRule[] {
  const r = recorded
  const t = thresholds
  const warning = { severity: 'warning' }
  const critical = { severity: 'critical' }
  const differ = `${m.outputParityPairs}{outcome="differ"}`
  return [
    {
      alert: 'RingsideCandidateSlowerOnStage',
      // Per workload: ring SP may lose on small work and win on large, and both are findings
      expr: `${r.stageSpeedup} < ${t.slowerSpeedup} and on (backend, workload, stage) ${r.stageMean} > ${t.slowerMinStageSeconds}`,
      for: '10m',
      labels: warning,
      annotations: {
        summary: '{{ $labels.backend }} is slower than {{ $labels.baseline }} on {{ $labels.stage }} of {{ $labels.workload }}',
        description: 'Mean {{ $labels.stage }} time of {{ $labels.baseline }} / {{ $labels.backend }} on {{ $labels.workload }} is {{ $value | printf "%.2f" }} over 5m: ' +
          'the candidate loses time on this stage of this work.'
      }
    },
    {
      alert: 'RingsideSpeedupBelowThreshold',
      // Only sequence-parallel backends are expected to beat the baseline.
      expr: `${r.serviceSpeedup} < ${t.minSpeedup} and on (backend) max by (backend) (${m.backendInfo}{sp_degree!="1"})`,
      for: '10m',
      labels: warning,
      annotations: {
        summary: '{{ $labels.backend }} is only {{ $value | printf "%.2f" }}x faster than {{ $labels.baseline }} on {{ $labels.workload }}',
        description: `Service-time speedup below ${t.minSpeedup} for 10m on this workload: the extra GPUs are not paying for themselves on this work.`
      }
    },
    {
      alert: 'RingsideBackendDown',
      expr: `min by (backend) (${m.backendUp}) == 0`,
      for: '1m',
      labels: critical,
      annotations: { summary: 'Backend {{ $labels.backend }} is down', description: 'No replica of {{ $labels.backend }} answers the health check of at least one gateway.' }
    },
    {
      alert: 'RingsideGatewayDown',
      expr: 'up{job="ringside"} == 0',
      for: '1m',
      labels: critical,
      annotations: { summary: 'Gateway {{ $labels.instance }} is not scraped', description: 'Prometheus cannot scrape {{ $labels.instance }}: its jobs and metrics are invisible.' }
    },
    {
      alert: 'RingsideJobErrorRatioHigh',
      expr: `${r.jobErrorRatio} > ${t.errorRatio}`,
      for: '10m',
      labels: warning,
      // By backend over all its workloads: ringside_jobs_total counts jobs, whatever their shape
      annotations: { summary: '{{ $value | humanizePercentage }} of jobs on {{ $labels.backend }} fail or are lost', description: 'Failed and lost jobs over all settled jobs, 5m rate, for 10m.' }
    },
    {
      alert: 'RingsideGpuMemoryOverheadHigh',
      expr: `${r.overheadRatio} > ${t.overheadRatio}`,
      for: '15m',
      labels: warning,
      annotations: {
        summary: '{{ $value | humanizePercentage }} of the GPU memory {{ $labels.backend }} reserves on {{ $labels.workload }} holds no tensor',
        description: 'The caching allocator holds memory tensors do not use: fragmentation, or a config that will OOM at larger sizes.'
      }
    },
    {
      alert: 'RingsideOutputParityDiffers',
      // The second branch catches the first differing pair: its series appears already at 1, an increase rate() never sees.
      expr: `sum by (baseline, candidate) (increase(${differ}[${t.parityWindow}])) > 0 or sum by (baseline, candidate) (${differ} unless ${differ} offset ${t.parityWindow}) > 0`,
      for: '0m',
      labels: warning,
      annotations: {
        summary: '{{ $labels.candidate }} produced a different video than {{ $labels.baseline }}',
        description: `Pairs whose outputs differed (SSIM below the threshold) in the last ${t.parityWindow}: {{ $value | printf "%.0f" }}. Same request, same seed, different frames.`
      }
    },
    {
      alert: 'RingsideJobsStuck',
      expr: `sum by (backend) (${m.backendQueueDepth}) > 0 and on (backend) sum by (backend) (increase(${m.jobs}[${t.stuckWindow}])) == 0`,
      for: t.stuckFor,
      labels: critical,
      annotations: { summary: '{{ $value }} jobs on {{ $labels.backend }} and none settled', description: 'Jobs are outstanding on {{ $labels.backend }} and none completed, failed or was lost for 15m.' }
    }
  ]
}

/** Every alert gets its runbook section, by the anchor a Markdown heading of its name has. */
function withRunbook (rules: AlertRule[], runbookUrl: string): AlertRule[] {
  return rules.map((rule) => ({ ...rule, annotations: { ...rule.annotations, runbook_url: `${runbookUrl}#${rule.alert.toLowerCase()}` } }))
}

export function ruleGroups (options: Partial<RuleOptions> = {}): { groups: RuleGroup[] } {
  const { pair, runbookUrl, availabilityTarget: target } = { ...defaults, ...options }
  return {
    groups: [
      { name: 'ringside.recording', rules: [...recordingRules(pair), ...sloRecordingRules()] },
      { name: 'ringside.alerts', rules: withRunbook([...alertRules(), ...sloAlertRules(target)], runbookUrl) }
    ]
  }
}
