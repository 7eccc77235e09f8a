import { test } from 'tap'
import { clientOf, createAuthFailureLimiter } from '../../src/security/auth-failures.ts'

test('an address is let through up to max failures in a window, then told to wait until the window ends', async (t) => {
  let now = 1_000_000
  const limiter = createAuthFailureLimiter({ max: 3, windowMs: 10_000, now: () => now })
  for (let i = 0; i < 3; i++) {
    t.equal(limiter.retryAfterSeconds('10.0.0.1'), 0)
    limiter.fail('10.0.0.1')
  }
  t.equal(limiter.retryAfterSeconds('10.0.0.1'), 10, 'the window began at the first failure: 10 s left')
  now += 7_500
  t.equal(limiter.retryAfterSeconds('10.0.0.1'), 3, '2.5 s left, rounded up')
  t.equal(limiter.retryAfterSeconds('10.0.0.2'), 0, 'another address is not affected')
  now += 2_500
  t.equal(limiter.retryAfterSeconds('10.0.0.1'), 0, 'a new window')
  limiter.fail('10.0.0.1')
  t.equal(limiter.retryAfterSeconds('10.0.0.1'), 0, 'one failure in the new window')
})

test('a spray of wrong keys from many addresses keeps at most maxAddresses windows, the oldest dropped first', async (t) => {
  let now = 0
  const limiter = createAuthFailureLimiter({ max: 1, windowMs: 60_000, now: () => now, maxAddresses: 100 })
  for (let i = 0; i < 1000; i++) {
    now++
    limiter.fail(`10.0.${i >> 8}.${i & 255}`)
  }
  t.equal(limiter.addresses, 100)
  t.ok(limiter.retryAfterSeconds('10.0.3.231') > 0, 'the newest address is still throttled')
  t.equal(limiter.retryAfterSeconds('10.0.0.0'), 0, 'the oldest was forgotten')
})

test('failures are counted per IPv4 address and per IPv6 /64, so a host cannot rotate through its own prefix', async (t) => {
  t.equal(clientOf('203.0.113.7'), '203.0.113.7')
  t.equal(clientOf('::ffff:203.0.113.7'), '203.0.113.7', 'an IPv4-mapped address is its IPv4 client')
  t.equal(clientOf('2001:db8:0:1:aaaa::1'), '2001:db8:0:1::/64')
  t.equal(clientOf('2001:0db8:0000:0001:ffff:ffff:ffff:ffff'), '2001:db8:0:1::/64')
  t.equal(clientOf('2001:db8::1'), '2001:db8:0:0::/64')
  t.equal(clientOf('::1'), '0:0:0:0::/64')
  t.equal(clientOf('fe80::1%eth0'), 'fe80:0:0:0::/64')
  const limiter = createAuthFailureLimiter({ max: 2, windowMs: 60_000 })
  t.equal(limiter.fail('2001:db8:0:1::a'), false)
  t.equal(limiter.fail('2001:db8:0:1::b'), true, 'the second failure from the same /64 reaches the limit')
  t.ok(limiter.retryAfterSeconds('2001:db8:0:1::c') > 0)
  t.equal(limiter.retryAfterSeconds('2001:db8:0:2::a'), 0, 'the next /64 is another client')
})
