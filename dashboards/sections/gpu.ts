import { dcgmMetricNames } from '../../src/metrics/names.ts'
import { energyPerVideo, onBackendGpus } from '../../src/metrics/promql.ts'
import { sampleCount, statPanel, timeseriesPanel } from '../panels.ts'
import { increaseSum, m, range, type Section } from './common.ts'

// GPU telemetry from NVIDIA's dcgm-exporter on the GPU hosts, joined to the backend each GPU runs
// (the backend's `gpus` in RINGSIDE_BACKENDS). Units are DCGM's: %, MiB, W, mJ.

const dcgm = dcgmMetricNames
const mebibyte = 1024 * 1024

export function gpus (): Section {
  return {
    id: 1000,
    title: 'GPUs (DCGM, all workloads)',
    panels: [
      timeseriesPanel({
        at: { id: 1001, w: 8, h: 8 },
        unit: 'percent',
        title: 'GPU utilisation',
        description: 'Share of time a kernel ran on each GPU of each backend (DCGM_FI_DEV_GPU_UTIL).',
        legendCalcs: ['mean', 'max'],
        queries: [{ expr: `max by (backend, gpu) (${onBackendGpus(dcgm.gpuUtil)})`, legend: '{{backend}} GPU {{gpu}}' }]
      }),
      timeseriesPanel({
        at: { id: 1002, w: 8, h: 8 },
        unit: 'bytes',
        title: 'GPU memory used',
        description: 'Framebuffer memory in use on each GPU (DCGM_FI_DEV_FB_USED, MiB): the whole process, beyond what torch reserves for one request.',
        legendCalcs: ['max'],
        queries: [{ expr: `max by (backend, gpu) (${onBackendGpus(dcgm.fbUsed)}) * ${mebibyte}`, legend: '{{backend}} GPU {{gpu}}' }]
      }),
      timeseriesPanel({
        at: { id: 1003, w: 8, h: 8 },
        unit: 'watt',
        title: 'Power',
        description: 'Power drawn by each backend\'s GPUs together (DCGM_FI_DEV_POWER_USAGE).',
        legendCalcs: ['mean', 'max'],
        queries: [{ expr: `sum by (backend) (${onBackendGpus(dcgm.powerUsage)})`, legend: '{{backend}}' }]
      }),
      statPanel({
        at: { id: 1004, w: 24, h: 5 },
        unit: 'joule',
        decimals: 0,
        title: 'Energy per video',
        description: 'Energy of the backend\'s GPUs (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION) over the jobs it completed in the range, idle time included: ' +
          'what a video costs in energy, all workloads together. n is the videos.',
        queries: [
          { expr: energyPerVideo(dcgm.totalEnergy, range), legend: '{{backend}}', instant: true },
          { expr: increaseSum(m.jobs, { matchers: 'outcome="completed"', by: ['backend'], window: range }), legend: 'n {{backend}}', instant: true }
        ],
        overrides: [['B', sampleCount]]
      })
    ]
  }
}
