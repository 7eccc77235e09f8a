// Number formats shared by the Markdown and HTML reports, so the two can never disagree.

export const dash = '—'

/** A parallel config as the seed page writes it, `sp=2, ulysses=1, ring=2`, with SGLang's K/V-gather degree when it is used. */
export function parallelLabel (c: { sp_degree: number, ulysses_degree: number, ring_degree: number, kv_gather_degree?: number }): string {
  const kvGather = (c.kv_gather_degree ?? 1) > 1 ? `, kv-gather=${c.kv_gather_degree}` : ''
  return `sp=${c.sp_degree}, ulysses=${c.ulysses_degree}, ring=${c.ring_degree}${kvGather}`
}

// Time-scaled runs make some stages tiny: below the printed precision, show two significant digits.
export const fixed = (value: number | null, digits: number) => value === null
  ? dash
  : value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits ? value.toPrecision(2) : value.toFixed(digits)
export const times = (value: number | null) => value === null ? dash : `${value.toFixed(2)}x`
export const percent = (value: number | null) => value === null ? dash : `${(value * 100).toFixed(1)}%`
export const signed = (value: number | null, digits: number, unit = '') => value === null ? dash : `${value > 0 ? '+' : ''}${value.toFixed(digits)}${unit}`

/** A duration for people: 4.2 s, 3 min 05 s, 1 h 02 min. */
export function duration (seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return dash
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}
