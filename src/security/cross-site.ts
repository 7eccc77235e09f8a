/**
 * Whether a browser sent a state-changing request from another site. A page anywhere can make a
 * visitor's browser POST a form (no preflight, no CORS involved) to a gateway it can reach, such
 * as one on the visitor's own machine; the browser says where the request came from in
 * `Sec-Fetch-Site` (Fetch Metadata) and `Origin`, which a page cannot forge.
 */
export interface CrossSiteQuestion {
  method: string
  /** The Host header: the gateway's own host as the client addressed it. */
  host: string | undefined
  origin: string | undefined
  secFetchSite: string | undefined
}

// GET, HEAD and OPTIONS change nothing on this gateway (RFC 9110 9.2.1 safe methods)
const stateChanging: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Whether a method changes state: only those are refused cross-site. */
export function changesState (method: string): boolean {
  return stateChanging.has(method.toUpperCase())
}

/** An origin as compared: scheme://host[:port], lower case, default port left out; undefined when it is none. */
export function normalOrigin (text: string): string | undefined {
  try {
    const url = new URL(text)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    return url.origin
  } catch {
    return undefined
  }
}

function sameHost (origin: string, host: string | undefined): boolean {
  if (host === undefined) return false
  try {
    const url = new URL(origin)
    // The Host header read with the origin's scheme, so `https://x` and `Host: x:443` agree
    return new URL(`${url.protocol}//${host}`).host === url.host
  } catch {
    return false
  }
}

const shown = (text: string) => JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}...` : text)

/**
 * Why the request is refused as cross-site, or undefined when it is not: a safe method, a
 * same-origin or user-typed request, or an origin in `allowedOrigins` (normalised).
 */
export function crossSiteReason (question: CrossSiteQuestion, allowedOrigins: ReadonlySet<string>): string | undefined {
  if (!changesState(question.method)) return undefined
  const { origin, secFetchSite } = question
  const normal = origin === undefined ? undefined : normalOrigin(origin)
  if (normal !== undefined && allowedOrigins.has(normal)) return undefined
  if (secFetchSite === 'cross-site' || secFetchSite === 'same-site') return `Sec-Fetch-Site: ${secFetchSite}`
  // `Origin: null` (a sandboxed frame, a file:// page, a redirect) is no site the gateway knows
  if (origin !== undefined && (normal === undefined || !sameHost(normal, question.host))) return `Origin ${shown(origin)} is not this gateway's`
  return undefined
}
