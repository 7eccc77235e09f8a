import { buildReport } from '../../src/compare/report.ts'
import type { JobSample } from '../../src/compare/sample.ts'
import type { Report } from '../../src/schemas/compare.ts'

// Reports built from hand-written job samples, for the report's and the chart builders' tests:
// every figure a report states or a chart draws is then known before it is computed.

export interface SampleMemory { reservedGiB?: number, allocatedGiB?: number, loadPeakGiB?: number | null }

export function sample (totalSeconds: number, stages: Record<string, number>, steps: number[] = [],
  { reservedGiB = 20, allocatedGiB = 13, loadPeakGiB = null }: SampleMemory = {}): JobSample {
  return {
    workload: 't2v-1280x704-121f-50s',
    tokens: 27_280,
    completedAtMs: null,
    totalSeconds,
    queueWaitSeconds: 0,
    serviceSeconds: totalSeconds,
    stages: Object.entries(stages).map(([stage, durationSeconds]) => ({ stage, durationSeconds })),
    denoiseStepsSeconds: steps,
    peakReservedBytes: reservedGiB * 2 ** 30,
    peakAllocatedBytes: allocatedGiB * 2 ** 30,
    modelLoadPeakReservedBytes: loadPeakGiB === null ? null : loadPeakGiB * 2 ** 30,
    record: 'performance_log'
  }
}

export const parallel = (gpus: number) => ({ sp_degree: gpus, ulysses_degree: 1, ring_degree: gpus, kv_gather_degree: 1, num_gpus: gpus })

export function reportOf (baseline: JobSample[], candidate: JobSample[]): Report {
  return buildReport({ name: 'u1r1', parallel: parallel(1), samples: baseline }, { name: 'u1r2', parallel: parallel(2), samples: candidate })
}

/** The attributes of the SVG elements that match, in document order. */
export function elements (svg: string, tag: string, having = ''): Array<Record<string, string>> {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))]
    .filter(([, attributes]) => attributes!.includes(having))
    .map(([, attributes]) => Object.fromEntries([...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])))
}
