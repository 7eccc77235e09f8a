import { test } from 'tap'
import { checkReferenceUrl, isInternalAddress, type ReferencePolicy } from '../../src/security/reference-url.ts'

const names: Record<string, string[]> = {
  'images.example.com': ['93.184.215.14'],
  'sneaky.example.com': ['10.1.2.3'],
  'mixed.example.com': ['93.184.215.14', '127.0.0.1'],
  'v6.example.com': ['2606:2800:21f:cb07:6820:80da:af6b:8b2c']
}
const policy: ReferencePolicy = {
  allowHosts: [],
  allowPrivate: false,
  lookup: async (host) => {
    const addresses = names[host]
    if (!addresses) throw new Error(`ENOTFOUND ${host}`)
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
}

test('internal addresses are recognised, IPv4-mapped ones too', async (t) => {
  for (const address of ['127.0.0.1', '10.0.0.5', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1']) {
    t.ok(isInternalAddress(address), address)
  }
  for (const address of ['93.184.215.14', '8.8.8.8', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:8.8.8.8']) {
    t.notOk(isInternalAddress(address), address)
  }
})

test('public hosts and image data URLs pass', async (t) => {
  await checkReferenceUrl('https://images.example.com/fox.png', policy)
  await checkReferenceUrl('http://v6.example.com/a.jpg', policy)
  await checkReferenceUrl('data:image/png;base64,iVBORw0KGgo=', policy)
  t.pass()
})

test('what the backend must not fetch is refused with a message naming reference_url and why', async (t) => {
  const refused: Array<[string, RegExp]> = [
    ['http://127.0.0.1/admin', /internal address \(127\.0\.0\.1\)/],
    ['http://[::1]:8080/', /internal address/],
    ['http://169.254.169.254/latest/meta-data/', /internal address/],
    ['http://sneaky.example.com/x.png', /sneaky\.example\.com is an internal address \(10\.1\.2\.3\)/],
    ['http://mixed.example.com/x.png', /internal address \(127\.0\.0\.1\)/],
    ['http://0x7f000001/', /internal address/],
    ['file:///etc/passwd', /scheme file: is not allowed/],
    ['gopher://images.example.com/', /scheme gopher: is not allowed/],
    ['https://user:pw@images.example.com/a.png', /credentials/],
    ['https://nowhere.example.com/a.png', /does not resolve/],
    ['not a url', /not a valid URL/],
    ['data:text/html;base64,PHNjcmlwdD4=', /scheme data: is not allowed/]
  ]
  for (const [url, why] of refused) {
    const err = await checkReferenceUrl(url, policy).then(() => null, (e) => e)
    t.ok(err, `${url} is refused`)
    t.equal(err?.statusCode, 400)
    t.equal(err?.param, 'reference_url')
    t.match(err?.message, /^reference_url: /)
    t.match(err?.message, why, url)
  }
})

test('an allow-list admits only its hosts; allowPrivate lets a lab use a local image server', async (t) => {
  const listed = { ...policy, allowHosts: ['*.example.com'] }
  await checkReferenceUrl('https://images.example.com/a.png', listed)
  const other = await checkReferenceUrl('https://example.org/a.png', listed).then(() => null, (e) => e)
  t.match(other?.message, /not in the allowed hosts/)
  await checkReferenceUrl('http://127.0.0.1:9000/a.png', { ...policy, allowPrivate: true })
  t.pass()
})

test('the gateway refuses an internal reference_url on both generate routes before it reaches a backend', async (t) => {
  const { build, startTestBackend } = await import('../helper.ts')
  const u1r2 = await startTestBackend(t, 'u1r2')
  const app = await build(t, { backends: [u1r2.config] })
  const native = await app.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', reference_url: 'http://169.254.169.254/latest/meta-data/' } })
  t.equal(native.statusCode, 400)
  t.equal(native.json().code, 'RINGSIDE_REFERENCE_URL_REFUSED')
  t.match(native.json().message, /^reference_url: host 169\.254\.169\.254 is an internal address/)
  const openai = await app.inject({ method: 'POST', url: '/v1/videos', payload: { prompt: 'x', reference_url: 'http://[::1]/a.png' } })
  t.equal(openai.statusCode, 400)
  t.equal(openai.json().error.param, 'reference_url')
  const allowed = await build(t, { backends: [u1r2.config], referenceAllowPrivate: true })
  const lab = await allowed.inject({ method: 'POST', url: '/v1/video/generate', payload: { prompt: 'x', reference_url: 'http://127.0.0.1:9/a.png', backend: 'u1r2' } })
  t.not(lab.statusCode, 400, 'allowed when configured (the simulator does not fetch it)')
})
