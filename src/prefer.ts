/** The `wait` preference of an RFC 7240 Prefer header, in seconds, or undefined. */
export function preferredWaitSeconds (header: string | string[] | undefined): number | undefined {
  const values = Array.isArray(header) ? header : header ? [header] : []
  for (const value of values) {
    for (const token of value.split(',')) {
      const match = /^\s*wait\s*=\s*"?(\d{1,6})"?\s*(;.*)?$/i.exec(token)
      if (match) return Number(match[1])
    }
  }
  return undefined
}
