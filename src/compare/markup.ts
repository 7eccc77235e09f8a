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

/**
 * Runs of markup joined by one space, so a long sentence can be written a clause a line in the
 * source and still reach the page as the one line of text it was.
 */
export const prose = (...runs: SafeHtml[]) => new SafeHtml(runs.map((run) => run.value).join(' '))

export const columnHead = (label: string) => html`<th scope="col">${label}</th>`
/** The head of a column of numbers: right-aligned like them. */
export const numberHead = (label: string) => html`<th scope="col" class="num">${label}</th>`
export const tableHead = (cells: SafeHtml[]) => html`<thead><tr>${cells}</tr></thead>`
