// Failure modes a gateway must survive, switched on and off at run time by tests and demos.

export interface Faults {
  // stop listening: new connections are refused; listening resumes on the same port when cleared
  refuseConnections: boolean
  // accept requests and never answer them
  hang: boolean
  // delay before any response is sent
  slowHeadersMs: number
  // answer the next `errorCount` requests (all of them when undefined) with this 5xx
  errorStatus: number | undefined
  errorCount: number | undefined
  // JSON response bodies arrive truncated
  malformedJson: boolean
  // new jobs end `failed`; a string is used as the error message
  failJobs: boolean | string
  // one-shot: the process dies and restarts; jobs vanish and warmup runs again
  die: boolean
  perfRecordMissing: boolean
  perfRecordCorrupt: boolean
  // records carry after_forward.peak_reserved_mb as a string: whole JSON, one field of the wrong type
  perfRecordMistyped: boolean
  // jobs started from now on write visibly damaged frames (noise), as the u1r2 ring SP bug
  // once did silently; the twin from a healthy backend then fails the parity check
  corruptOutput: boolean
}

export const DEFAULT_JOB_FAILURE = 'CUDA out of memory. Tried to allocate 2.00 GiB (simulated fault)'

export function noFaults (): Faults {
  return {
    refuseConnections: false,
    hang: false,
    slowHeadersMs: 0,
    errorStatus: undefined,
    errorCount: undefined,
    malformedJson: false,
    failJobs: false,
    die: false,
    perfRecordMissing: false,
    perfRecordCorrupt: false,
    perfRecordMistyped: false,
    corruptOutput: false
  }
}

export function mergeFaults (current: Faults, update: Partial<Faults>): Faults {
  const merged: Faults = { ...current }
  for (const [key, value] of Object.entries(update) as Array<[keyof Faults, unknown]>) {
    if (value !== undefined) Object.assign(merged, { [key]: value })
  }
  // a new error status starts a new count: without errorCount it lasts until cleared;
  // an explicit errorStatus: undefined switches injected errors off
  if ('errorStatus' in update) {
    merged.errorStatus = update.errorStatus
    merged.errorCount = update.errorCount
  }
  return merged
}

// consumes one injected error; returns the status to answer with, if any
export function takeInjectedError (faults: Faults): number | undefined {
  if (faults.errorStatus === undefined) return undefined
  if (faults.errorCount === undefined) return faults.errorStatus
  if (faults.errorCount <= 0) return undefined
  faults.errorCount--
  return faults.errorStatus
}
