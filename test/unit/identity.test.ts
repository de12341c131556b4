import { describe, expect, it } from 'vitest'

import { clientAddress, trustedProxies } from '../../src/clientAddress'
import { LOGIN_LIMITS, loginThrottle } from '../../src/identity/loginThrottle'
import { generatePassword, passwordProblem } from '../../src/identity/passwordRule'
import { type ChainedEntry, entryHash, GENESIS, verifyChain } from '../../src/workflow/auditChain'

const xff = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('client address: X-Forwarded-For read from the right, past trusted proxies only', () => {
  const loopback = trustedProxies()
  it('the front’s hop (the socket it saw) is the client unless that is a trusted proxy', () => {
    expect(clientAddress(xff('198.51.100.77, 203.0.113.5'), loopback)).toBe('203.0.113.5')
    expect(clientAddress(xff('198.51.100.77, ::ffff:127.0.0.9'), loopback)).toBe('127.0.0.9')
    expect(clientAddress(xff('::ffff:203.0.113.5'), loopback)).toBe('203.0.113.5')
    expect(clientAddress(undefined, loopback)).toBeNull()
  })
  it('a trusted proxy’s hop is believed, and only up to the first untrusted one', () => {
    expect(clientAddress(xff('198.51.100.77, 203.0.113.5, ::ffff:127.0.0.1'), loopback)).toBe('203.0.113.5')
    const proxies = trustedProxies(['10.0.0.0/8', '127.0.0.1'])
    expect(clientAddress(xff('6.6.6.6, 198.51.100.1, 10.1.2.3, 127.0.0.1'), proxies)).toBe('198.51.100.1')
    // Only trusted hops: the farthest one named.
    expect(clientAddress(xff('10.0.0.1, 127.0.0.1'), proxies)).toBe('10.0.0.1')
  })
  it('IPv6 CIDRs and exact addresses; a wrong entry stops the start', () => {
    const proxies = trustedProxies(['2001:db8::/32', ' ::1 '])
    expect(proxies('2001:db8:1::5')).toBe(true)
    expect(proxies('::1')).toBe(true)
    expect(proxies('2001:db9::1')).toBe(false)
    expect(proxies('not-an-ip')).toBe(false)
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow(/TRUSTED_PROXIES/)
    expect(() => trustedProxies(['proxy.example'])).toThrow(/TRUSTED_PROXIES/)
  })
})

describe('audit hash chain', () => {
  const chain = (n: number): ChainedEntry[] => {
    const entries: ChainedEntry[] = []
    for (let i = 1; i <= n; i++) {
      const entry: ChainedEntry = {
        action: 'submit',
        collection: 'news',
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        document: String(i),
        id: 100 + i,
        ip: '203.0.113.5',
        previousHash: entries.at(-1)?.entryHash ?? GENESIS,
        sequence: i,
        user: 7,
        userName: '王某',
        userRoles: ['editor'],
      }
      entries.push({ ...entry, entryHash: entryHash(entry) })
    }
    return entries
  }

  it('the hash is of a canonical form: databases’ spellings of the same entry agree', () => {
    const [entry] = chain(1)
    const asStored = { ...entry!, comment: '', createdAt: '2026-01-01T00:01:00.000+00:00', level: undefined, sequence: '1', user: { id: 7 } }
    expect(entryHash(asStored)).toBe(entry!.entryHash)
    expect(entryHash({ ...entry!, userName: '李某' })).not.toBe(entry!.entryHash)
  })

  it('an intact chain verifies; a changed, removed or re-linked entry is named', async () => {
    expect(await verifyChain(chain(3), { count: 2 })).toMatchObject({ entries: 3, head: { sequence: 3 }, ok: true, unchained: 2 })
    const altered = chain(4)
    altered[2] = { ...altered[2]!, ip: '198.51.100.1' }
    expect(await verifyChain(altered, { count: 0 })).toMatchObject({ broken: { id: 103, reason: 'altered', sequence: 3 }, ok: false })
    const removed = chain(4).filter((e) => e.sequence !== 2)
    expect(await verifyChain(removed, { count: 0 })).toMatchObject({ broken: { id: 103, reason: 'sequence' } })
    // Rehashed after the change: the next entry's link no longer matches.
    const rehashed = chain(3)
    const changed = { ...rehashed[1]!, comment: 'forged' }
    rehashed[1] = { ...changed, entryHash: entryHash(changed) }
    expect(await verifyChain(rehashed, { count: 0 })).toMatchObject({ broken: { id: 103, reason: 'link', sequence: 3 } })
    expect(await verifyChain(chain(2), { count: 1, lateUnchained: { id: 999 } })).toMatchObject({ broken: { id: 999, reason: 'outside-chain' } })
  })
})

describe('password rule', () => {
  it('at least 8 characters of at least three classes', () => {
    expect(passwordProblem('test-password-1')).toBeNull()
    expect(passwordProblem('Abcdefg1')).toBeNull()
    expect(passwordProblem('Abcdef1')).toMatch(/至少 8 位/)
    expect(passwordProblem('a-long-password')).not.toBeNull()
    expect(passwordProblem('ALLCAPS123')).not.toBeNull()
    expect(passwordProblem(12345678)).not.toBeNull()
    for (let i = 0; i < 50; i++) expect(passwordProblem(generatePassword())).toBeNull()
  })
})

describe('sign-in throttling', () => {
  it('a stranger’s failures refuse the stranger’s address, and only slow the real user elsewhere', () => {
    let now = 0
    const throttle = loginThrottle(LOGIN_LIMITS, () => now)
    for (let i = 0; i < LOGIN_LIMITS.perAddressAndAccount; i++) expect(throttle.attempt('6.6.6.6', 'approver@x')).toEqual({ delayMs: 0 })
    expect(throttle.attempt('6.6.6.6', 'approver@x')).toMatchObject({ retryAfterSeconds: 900 })
    // Refused attempts do not add to the slowdown; the real user is slowed once, never refused.
    expect(throttle.attempt('203.0.113.5', 'approver@x')).toEqual({ delayMs: LOGIN_LIMITS.slowdownStepMs })
    throttle.succeeded('203.0.113.5', 'approver@x')
    // Another account from the stranger's address is still allowed, up to the per-address limit.
    expect(throttle.attempt('6.6.6.6', 'editor@x')).toEqual({ delayMs: 0 })
    now += LOGIN_LIMITS.windowMs
    expect(throttle.attempt('6.6.6.6', 'approver@x')).toEqual({ delayMs: 0 })
  })

  it('one address is refused after too many failures on any accounts; successes do not count; the slowdown is capped', () => {
    const throttle = loginThrottle({ ...LOGIN_LIMITS, perAddress: 3 }, () => 0)
    for (let i = 0; i < 10; i++) {
      expect(throttle.attempt('127.0.0.1', `user${i}@x`)).toEqual({ delayMs: 0 })
      throttle.succeeded('127.0.0.1', `user${i}@x`)
    }
    for (let i = 0; i < 3; i++) throttle.attempt('6.6.6.6', `user${i}@x`)
    expect(throttle.attempt('6.6.6.6', 'someone@x')).toHaveProperty('retryAfterSeconds')
    const slow = loginThrottle(LOGIN_LIMITS, () => 0)
    let last = { delayMs: 0 } as object
    for (let i = 0; i < 40; i++) last = slow.attempt(`10.0.${i}.1`, 'approver@x')
    expect(last).toEqual({ delayMs: LOGIN_LIMITS.slowdownMaxMs })
  })
})
