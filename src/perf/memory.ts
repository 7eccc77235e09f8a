// GPU memory in SGLang's stage records, and which snapshot belongs to the request. Paths are
// under python/sglang/multimodal_gen/runtime/ at SGLang d315eb72 (2026-08-22).
//
// A snapshot is {allocated_mb, reserved_mb, peak_allocated_mb, peak_reserved_mb} of the output
// rank's one GPU, each round(x, 2) of bytes / 1024**2: MiB, not MB (utils/perf_logger.py:31-44,
// 128-157). performance.log keeps them under `memory_snapshots`, the perf dump under
// `memory_checkpoints`, both {name: snapshot} (perf_logger.py:330-343, 372-385).
//
// The rule, per format:
// - 2026-08-20 (17313cf4b2) and later: `before_forward`, `after_forward`, `load_peak`,
//   `runtime_peak` (+ `mem_analysis` at DEBUG). The worker resets the peak statistics at the
//   start of every forward (managers/gpu_worker.py:495-496), so `after_forward`'s peaks
//   (:538-542) are this request's own. `load_peak` is the model-load peak and `runtime_peak` a
//   running maximum since the process started (:154-160, 722-754): both describe the backend,
//   and only their peak_reserved_mb means that (the other three fields are a snapshot of the
//   current request taken after saving its output, :746). Never a request's figure.
// - 2026-02-16 (d0c94e136a) to 2026-08-20: `before_forward` and `after_forward` only: same rule.
// - No `after_forward` (other forks name snapshots `after_<Stage>`, perf_logger.py:289-294): the
//   maximum over the snapshots except load_peak and runtime_peak, which the reset makes
//   per-forward too.
// - Before 2026-02-16: no snapshots at all, so no memory (null), never a guess.
// In a batched forward every member gets the same after_forward: the batch's peak (:514-516).

export interface PeakMemory {
  /** The request's own peak reserved (torch max_memory_reserved since the forward began), bytes */
  peakReservedBytes: number | null
  peakAllocatedBytes: number | null
  /** The backend's model-load peak (load_peak.peak_reserved_mb): decides whether the model fits */
  loadPeakReservedBytes: number | null
  /** The backend's high-water mark since its process started (runtime_peak.peak_reserved_mb) */
  runtimePeakReservedBytes: number | null
}

interface Snapshot {
  peakReservedBytes: number | null
  peakAllocatedBytes: number | null
}

export const REQUEST_SNAPSHOT = 'after_forward'
export const LOAD_PEAK_SNAPSHOT = 'load_peak'
export const RUNTIME_PEAK_SNAPSHOT = 'runtime_peak'
const BACKEND_SNAPSHOTS = new Set([LOAD_PEAK_SNAPSHOT, RUNTIME_PEAK_SNAPSHOT])
const SNAPSHOT_FIELDS = ['allocated_mb', 'reserved_mb', 'peak_allocated_mb', 'peak_reserved_mb'] as const
const BYTES_PER_MIB = 2 ** 20

type Reject = (reason: string) => never

export function memoryOfSnapshots (value: unknown, field: string, reject: Reject): PeakMemory {
  const none: PeakMemory = { peakReservedBytes: null, peakAllocatedBytes: null, loadPeakReservedBytes: null, runtimePeakReservedBytes: null }
  if (value === undefined || value === null) return none
  if (!isObject(value)) reject(`${field} must be an object of snapshots`)
  const snapshots = new Map(Object.entries(value).map(([name, snapshot]) => [name, snapshotOf(snapshot, `${field}.${name}`, reject)]))
  return {
    ...requestPeaks(snapshots),
    loadPeakReservedBytes: snapshots.get(LOAD_PEAK_SNAPSHOT)?.peakReservedBytes ?? null,
    runtimePeakReservedBytes: snapshots.get(RUNTIME_PEAK_SNAPSHOT)?.peakReservedBytes ?? null
  }
}

function requestPeaks (snapshots: Map<string, Snapshot>): Snapshot {
  const own = snapshots.get(REQUEST_SNAPSHOT)
  if (own !== undefined) return own
  const peaks: Snapshot = { peakReservedBytes: null, peakAllocatedBytes: null }
  for (const [name, snapshot] of snapshots) {
    if (BACKEND_SNAPSHOTS.has(name)) continue
    peaks.peakReservedBytes = maxOrNull(peaks.peakReservedBytes, snapshot.peakReservedBytes)
    peaks.peakAllocatedBytes = maxOrNull(peaks.peakAllocatedBytes, snapshot.peakAllocatedBytes)
  }
  return peaks
}

// Every field SGLang writes is checked, not only the two read: a writer that puts a string in
// one is not to be trusted for the others
function snapshotOf (value: unknown, at: string, reject: Reject): Snapshot {
  if (!isObject(value)) reject(`${at} must be an object`)
  const bytes = SNAPSHOT_FIELDS.map((name) => mibToBytes(value[name], `${at}.${name}`, reject))
  return { peakAllocatedBytes: bytes[2] ?? null, peakReservedBytes: bytes[3] ?? null }
}

// null = absent (older writers left fields out)
function mibToBytes (value: unknown, at: string, reject: Reject): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) reject(`${at} must be a non-negative number of MiB, got ${describe(value)}`)
  return Math.round(value * BYTES_PER_MIB)
}

function describe (value: unknown): string {
  const text = JSON.stringify(value) ?? typeof value
  return text.length > 40 ? `${text.slice(0, 40)}...` : text
}

function maxOrNull (current: number | null, candidate: number | null): number | null {
  if (candidate === null) return current
  return current === null ? candidate : Math.max(current, candidate)
}

function isObject (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
