// Loaded into the soak's gateway with --import (bench/soak.ts): answers the soak's IPC questions
// about the gateway's memory, which /proc cannot tell (JS heap or native), with a full GC first
// when asked (--expose-gc). Without forcing one, the old generation's size after V8's last own
// full GC follows what is retained. Importing it for its types alone (import type) runs nothing.
import { PerformanceObserver, constants } from 'node:perf_hooks'
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8'

export interface MemoryQuestion { soak: 'memory', gc?: boolean, snapshotPath?: string }
export interface MemoryAnswer { soak: 'memory', usage: NodeJS.MemoryUsage, newSpaceBytes: number | undefined, oldAfterMajorGcBytes: number }

const young = new Set(['new_space', 'new_large_object_space'])

function oldGenerationBytes (): number {
  return getHeapSpaceStatistics().filter((s) => !young.has(s.space_name)).reduce((sum, s) => sum + s.space_used_size, 0)
}

function isMemoryQuestion (message: unknown): message is MemoryQuestion {
  return typeof message === 'object' && message !== null && (message as { soak?: unknown }).soak === 'memory'
}

let oldAfterMajorGcBytes = 0

new PerformanceObserver((list) => {
  const major = list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
  if (major) oldAfterMajorGcBytes = oldGenerationBytes()
}).observe({ entryTypes: ['gc'] })

process.on('message', function answerMemory (question: unknown) {
  if (!isMemoryQuestion(question)) return
  if (question.gc === true) globalThis.gc?.()
  if (question.snapshotPath !== undefined) writeHeapSnapshot(question.snapshotPath)
  const newSpaceBytes = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size
  const answer: MemoryAnswer = { soak: 'memory', usage: process.memoryUsage(), newSpaceBytes, oldAfterMajorGcBytes }
  process.send?.(answer)
})
