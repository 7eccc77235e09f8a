// A paired run's progress on stderr: one bar redrawn in place on a terminal, and otherwise a
// plain line each time something was measured, so a CI log reads as a history, not as noise.
import type { RunView } from '../schemas/runs.ts'

export interface ProgressStream {
  write (chunk: string): unknown
  isTTY?: boolean
  columns?: number
}

const barWidth = 24
const clearLine = '\r\x1b[2K'

/** 75 -> "1:15", 3725 -> "1:02:05", under a minute "42s". */
export function formatDuration (seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–'
  const total = Math.max(0, Math.round(seconds))
  if (total < 60) return `${total}s`
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

function counts (run: RunView): string {
  const { pairs_done, pairs_total, warmup_done, warmup_total } = run.progress
  const warmup = warmup_total > 0 ? `, warmup ${warmup_done}/${warmup_total}` : ''
  return `pairs ${pairs_done}/${pairs_total}${warmup}`
}

export function progressLine (run: RunView): string {
  const eta = run.status === 'running' || run.status === 'cancelling' ? `, ETA ${formatDuration(run.progress.eta_seconds)}` : ''
  return `run ${run.id} ${run.status}: ${counts(run)}${eta}`
}

export function progressBar (run: RunView, columns = 80): string {
  const { pairs_done, pairs_total, elapsed_seconds, eta_seconds } = run.progress
  // Warmup pairs count towards the bar so it moves from the first request on
  const done = run.progress.warmup_done + pairs_done
  const total = run.progress.warmup_total + pairs_total
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
  const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`
  const warming = run.progress.warmup_done < run.progress.warmup_total ? ` (warmup ${run.progress.warmup_done}/${run.progress.warmup_total})` : ''
  const times = `${formatDuration(elapsed_seconds)} elapsed, ETA ${formatDuration(eta_seconds)}`
  const line = `${run.candidate} vs ${run.baseline} ${bar} ${pairs_done}/${pairs_total} pairs${warming}  ${times}`
  // A line wider than the terminal wraps, and \r then redraws only its last part
  return line.length < columns ? line : line.slice(0, Math.max(0, columns - 1))
}

export function createProgress (stream: ProgressStream) {
  const tty = stream.isTTY === true
  let drawn = false
  let lastCounts = ''

  return {
    tty,
    update (run: RunView): void {
      if (tty) {
        stream.write(clearLine + progressBar(run, stream.columns))
        drawn = true
        return
      }
      const now = `${run.status} ${counts(run)}`
      if (now === lastCounts) return
      lastCounts = now
      stream.write(progressLine(run) + '\n')
    },
    /** A message between updates: the bar is moved out of its way first. */
    note (message: string): void {
      if (drawn) stream.write('\n')
      drawn = false
      stream.write(message + '\n')
    },
    end (): void {
      if (drawn) stream.write('\n')
      drawn = false
    }
  }
}
export type Progress = ReturnType<typeof createProgress>
