import { describe, expect, it } from 'vitest'

import { urlSignature } from '../../src/channels/wechat/callbackCrypto'
import { nonceExpiry, nonceKey, refuseCallback } from '../../src/channels/wechat/replay'

const TOKEN = 'callback-token'
const NOW = 1_764_640_000
const plain = { appId: 'wx1', replayWindowSeconds: 300, token: TOKEN }
const safe = { ...plain, aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }

const query = (timestamp: number | string, extra: Record<string, string> = {}) => {
  const nonce = '123456'
  return { nonce, signature: urlSignature(TOKEN, String(timestamp), nonce), timestamp: String(timestamp), ...extra }
}

describe('which WeChat callbacks are refused before their body is read', () => {
  it('accepts a signed call inside the window, either way of the server clock', () => {
    expect(refuseCallback(query(NOW), plain, NOW, 'message')).toBeNull()
    expect(refuseCallback(query(NOW - 300), plain, NOW, 'message')).toBeNull()
    expect(refuseCallback(query(NOW + 300), plain, NOW, 'handshake')).toBeNull()
  })

  it('refuses a validly signed timestamp outside the window (three days old, or in the future) as stale', () => {
    expect(refuseCallback(query(NOW - 3 * 86_400), plain, NOW, 'message')?.code).toBe('stale')
    expect(refuseCallback(query(NOW - 301), plain, NOW, 'handshake')?.code).toBe('stale')
    expect(refuseCallback(query(NOW + 301), plain, NOW, 'message')?.code).toBe('stale')
    expect(refuseCallback(query('1e9'), plain, NOW, 'message')?.code).toBe('stale')
  })

  it('refuses a wrong signature, a missing nonce and any call when no token is configured', () => {
    expect(refuseCallback({ ...query(NOW), signature: '0'.repeat(40) }, plain, NOW, 'message')?.code).toBe('signature')
    expect(refuseCallback({ signature: urlSignature(TOKEN, String(NOW), ''), timestamp: String(NOW) }, plain, NOW, 'message')?.code).toBe('signature')
    expect(refuseCallback(query(NOW), { ...plain, token: undefined }, NOW, 'handshake')?.code).toBe('signature')
  })

  it('in safe mode refuses plaintext messages; without it, refuses "encrypted" ones it cannot check', () => {
    expect(refuseCallback(query(NOW), safe, NOW, 'message')?.code).toBe('plaintext')
    expect(refuseCallback(query(NOW, { encrypt_type: 'raw' }), safe, NOW, 'message')?.code).toBe('plaintext')
    expect(refuseCallback(query(NOW, { encrypt_type: 'aes' }), safe, NOW, 'message')).toBeNull()
    expect(refuseCallback(query(NOW), safe, NOW, 'handshake')).toBeNull()
    expect(refuseCallback(query(NOW, { encrypt_type: 'aes' }), plain, NOW, 'message')?.code).toBe('signature')
  })

  it('keys a call by timestamp and nonce, remembered until its timestamp leaves the window', () => {
    expect(nonceKey(query(NOW))).toBe(`${NOW}:123456`)
    expect(nonceKey(query(NOW, { signature: 'other' }))).toBe(nonceKey(query(NOW)))
    expect(nonceExpiry(query(NOW), plain).getTime()).toBe((NOW + 301) * 1000)
  })
})
