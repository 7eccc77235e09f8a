import { test } from 'tap'
import { crossSiteReason, normalOrigin } from '../../src/security/cross-site.ts'

const none = new Set<string>()
const ask = (method: string, headers: { host?: string, origin?: string, secFetchSite?: string }, allowed: ReadonlySet<string> = none) =>
  crossSiteReason({ method, host: headers.host, origin: headers.origin, secFetchSite: headers.secFetchSite }, allowed)

test('a state-changing request from another site is refused, naming what gave it away', async (t) => {
  t.equal(ask('POST', { host: '127.0.0.1:8080', origin: 'https://evil.example' }), 'Origin "https://evil.example" is not this gateway\'s')
  t.equal(ask('DELETE', { host: '127.0.0.1:8080', secFetchSite: 'cross-site' }), 'Sec-Fetch-Site: cross-site')
  t.equal(ask('PUT', { host: 'api.example.com', origin: 'https://api.example.com', secFetchSite: 'same-site' }), 'Sec-Fetch-Site: same-site')
  t.equal(ask('PATCH', { host: '127.0.0.1:8080', origin: 'null' }), 'Origin "null" is not this gateway\'s')
  t.equal(ask('POST', { host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8081' }), 'Origin "http://127.0.0.1:8081" is not this gateway\'s', 'another port is another origin')
  t.match(ask('POST', { host: 'x', origin: `https://${'a'.repeat(500)}.example` }), /^Origin "https:\/\/a{92}\.\.\."/, 'a long origin is cut')
})

test('safe methods, same-origin pages, clients that are not browsers and allowed origins pass', async (t) => {
  t.equal(ask('GET', { host: 'x', origin: 'https://evil.example', secFetchSite: 'cross-site' }), undefined)
  t.equal(ask('OPTIONS', { host: 'x', origin: 'https://evil.example' }), undefined)
  t.equal(ask('POST', { host: '127.0.0.1:8080' }), undefined, 'curl: no Origin, no Sec-Fetch-Site')
  t.equal(ask('POST', { host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080', secFetchSite: 'same-origin' }), undefined)
  t.equal(ask('POST', { host: 'gw.example:443', origin: 'https://gw.example' }), undefined, 'the default port written out in Host')
  t.equal(ask('POST', { host: 'GW.example', origin: 'http://gw.example' }), undefined, 'host names are case-insensitive')
  t.equal(ask('POST', { secFetchSite: 'none' }), undefined, 'typed into the address bar')
  const allowed = new Set([normalOrigin('https://Portal.example.com:443')!])
  t.equal(ask('POST', { host: 'gw', origin: 'https://portal.example.com', secFetchSite: 'cross-site' }, allowed), undefined)
})
