// The compare page's building blocks: markup that escapes by construction, and numbers printed
// exactly as the Markdown report prints them, so the page, the Markdown and the JSON agree.

/** Markup already safe to put in a page: only `html` and `raw` make one. */
export class SafeHtml {
  readonly value: string
  constructor (value: string) { this.value = value }
  toString (): string { return this.value }
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[]

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

export function escapeHtml (text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!)
}

function render (part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return ''
  if (part instanceof SafeHtml) return part.value
  if (Array.isArray(part)) return part.map(render).join('')
  return escapeHtml(String(part))
}

/**
 * Template tag: every interpolated value is escaped unless it is itself SafeHtml, so a backend
 * name, a prompt or an error message can never become markup.
 */
export function html (strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!
  parts.forEach((part, i) => { out += render(part) + strings[i + 1]! })
  return new SafeHtml(out)
}

/** For fixed strings of our own only (the doctype); never for data. */
export const raw = (markup: string) => new SafeHtml(markup)

export const dash = '—'

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
