import { BlockList, isIP } from 'node:net'
import { lookup as dnsLookup } from 'node:dns/promises'

export interface ReferencePolicy {
  /** Hostnames allowed (`example.com`, or `*.example.com` for its subdomains); empty = any public host. */
  allowHosts: string[]
  /** Let loopback, link-local and private addresses through (a lab where the image server is local). */
  allowPrivate: boolean
  lookup?: (hostname: string) => Promise<Array<{ address: string, family: number }>>
  lookupTimeoutMs?: number
}

export class ReferenceUrlError extends Error {
  readonly statusCode = 400
  readonly code = 'RINGSIDE_REFERENCE_URL_REFUSED'
  // The client's mistake, not the backend's: the tracker's failure accounting reads it so
  readonly reason = 'rejected'
  override name = 'ReferenceUrlError'
  /** The request field, `reference_url` or a paired run's `template.reference_url`. */
  readonly param: string

  constructor (param: string, why: string) {
    super(`${param}: ${why}`)
    this.param = param
  }
}

// Where a backend must never be sent to fetch: the backend runs next to the GPUs, metadata
// services and other internal hosts, and it downloads whatever reference_url names (SSRF).
const internal = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) internal.addSubnet(network, prefix, 'ipv4')
// Besides unique-local, link-local and multicast: forms that carry an IPv4 address a host may
// route to (IPv4-compatible ::/96, SIIT's ::ffff:0:0/96, NAT64, Teredo), and the deprecated
// site-local fec0::/10. IPv4-mapped ::ffff:0/96 is checked against the IPv4 list by BlockList.
for (const [network, prefix] of [
  ['::', 96], ['::ffff:0:0:0', 96], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001::', 32]
] as const) internal.addSubnet(network, prefix, 'ipv6')

/** The IPv4 address a 6to4 address (2002:AABB:CCDD::/48, RFC 3056) routes to, if it is one. */
function sixToFourAddress (address: string): string | undefined {
  const match = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4})(?::|$)/i.exec(address)
  if (!match) return undefined
  const [high, low] = [parseInt(match[1]!, 16), parseInt(match[2]!, 16)]
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** True for loopback, private, link-local, CGNAT, multicast and unspecified addresses, IPv4-mapped ones included. */
export function isInternalAddress (address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return internal.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  if (family === 0) return true
  if (family === 4) return internal.check(address, 'ipv4')
  const sixToFour = sixToFourAddress(address)
  return internal.check(address, 'ipv6') || (sixToFour !== undefined && internal.check(sixToFour, 'ipv4'))
}

function hostAllowed (hostname: string, allowHosts: string[]): boolean {
  return allowHosts.some((pattern) => pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1)) : hostname === pattern)
}

async function resolve (hostname: string, policy: ReferencePolicy, param: string): Promise<string[]> {
  const literal = hostname.replace(/^\[|\]$/g, '')
  if (isIP(literal)) return [literal]
  const lookup = policy.lookup ?? ((host: string) => dnsLookup(host, { all: true, verbatim: true }))
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), policy.lookupTimeoutMs ?? 2000)
  })
  try {
    const addresses = await Promise.race([lookup(hostname), timeout])
    return addresses.map((a) => a.address)
  } catch (err) {
    throw new ReferenceUrlError(param, `host ${hostname} does not resolve (${(err as Error).message})`)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Refuses a reference_url the backend should not fetch: other schemes, credentials in the URL,
 * hosts outside the allow-list, and names that resolve to internal addresses. Answers the URL
 * as parsed and normalised here, which is what must be forwarded: a backend's parser may read
 * the original string differently (`http://8.8.8.8\@127.0.0.1/` is 8.8.8.8 to WHATWG, 127.0.0.1
 * to others). The backend resolves the name again when it fetches, so an allow-list is the firm
 * guard; this check stops the plain cases (literal IPs, names pointing inside) without one.
 */
export async function checkReferenceUrl (value: string, policy: ReferencePolicy, param = 'reference_url'): Promise<string> {
  if (/^data:image\/(png|jpeg|jpg|webp|gif);base64,/i.test(value)) return value
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ReferenceUrlError(param, 'not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ReferenceUrlError(param, `scheme ${url.protocol} is not allowed (http, https or data:image/...)`)
  }
  if (url.username || url.password) throw new ReferenceUrlError(param, 'credentials in the URL are not allowed')
  const hostname = url.hostname.toLowerCase()
  if (policy.allowHosts.length > 0 && !hostAllowed(hostname, policy.allowHosts)) {
    throw new ReferenceUrlError(param, `host ${hostname} is not in the allowed hosts (RINGSIDE_REFERENCE_HOSTS)`)
  }
  if (policy.allowPrivate) return url.href
  for (const address of await resolve(hostname, policy, param)) {
    if (isInternalAddress(address)) throw new ReferenceUrlError(param, `host ${hostname} is an internal address (${address}); the backend would fetch it`)
  }
  return url.href
}

/** The guard every submit to a backend passes (src/backends/client.ts), and a paired run's check before it starts. */
export function createReferenceGuard (policy: ReferencePolicy) {
  return {
    /** The request's params with reference_url normalised; throws ReferenceUrlError (400) when refused. */
    async guard<P extends Record<string, unknown>> (params: P, param = 'reference_url'): Promise<P> {
      const url = params.reference_url
      if (url === undefined || url === null) return params
      if (typeof url !== 'string') throw new ReferenceUrlError(param, 'must be a string')
      return { ...params, reference_url: await checkReferenceUrl(url, policy, param) }
    }
  }
}
export type ReferenceGuard = ReturnType<typeof createReferenceGuard>
