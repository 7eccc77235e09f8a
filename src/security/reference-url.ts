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
  readonly param = 'reference_url'
  override name = 'ReferenceUrlError'
}

// Where a backend must never be sent to fetch: the backend runs next to the GPUs, metadata
// services and other internal hosts, and it downloads whatever reference_url names (SSRF).
const internal = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) internal.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]
] as const) internal.addSubnet(network, prefix, 'ipv6')

/** True for loopback, private, link-local, CGNAT, multicast and unspecified addresses, IPv4-mapped ones included. */
export function isInternalAddress (address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return internal.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  return family === 0 ? true : internal.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function hostAllowed (hostname: string, allowHosts: string[]): boolean {
  return allowHosts.some((pattern) => pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1)) : hostname === pattern)
}

async function resolve (hostname: string, policy: ReferencePolicy): Promise<string[]> {
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
    throw new ReferenceUrlError(`reference_url: host ${hostname} does not resolve (${(err as Error).message})`)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Refuses a reference_url the backend should not fetch: other schemes, credentials in the URL,
 * hosts outside the allow-list, and names that resolve to internal addresses. The backend
 * resolves the name again when it fetches, so an allow-list is the firm guard; this check
 * stops the plain cases (literal IPs, names pointing inside) without one.
 */
export async function checkReferenceUrl (value: string, policy: ReferencePolicy): Promise<void> {
  if (/^data:image\/(png|jpeg|jpg|webp|gif);base64,/i.test(value)) return
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ReferenceUrlError('reference_url: not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ReferenceUrlError(`reference_url: scheme ${url.protocol} is not allowed (http, https or data:image/...)`)
  if (url.username || url.password) throw new ReferenceUrlError('reference_url: credentials in the URL are not allowed')
  const hostname = url.hostname.toLowerCase()
  if (policy.allowHosts.length > 0 && !hostAllowed(hostname, policy.allowHosts)) {
    throw new ReferenceUrlError(`reference_url: host ${hostname} is not in the allowed hosts (RINGSIDE_REFERENCE_HOSTS)`)
  }
  if (policy.allowPrivate) return
  for (const address of await resolve(hostname, policy)) {
    if (isInternalAddress(address)) throw new ReferenceUrlError(`reference_url: host ${hostname} is an internal address (${address}); the backend would fetch it`)
  }
}
