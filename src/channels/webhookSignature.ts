import { createHmac, timingSafeEqual } from 'node:crypto'

/** How far a webhook's timestamp may be from the receiver's clock before it is treated as a replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 300

const hmac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/**
 * Headers of a signed webhook: HMAC-SHA256 over `<unix seconds>.<body>`, so neither the body nor the time
 * can be changed, and an old request replayed later is refused by its timestamp.
 */
export function signWebhook(body: string, secret: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    'content-type': 'application/json',
    'x-gov-signature': `sha256=${hmac(secret, timestamp, body)}`,
    'x-gov-timestamp': String(timestamp),
  }
}

/** What the website does with a webhook it receives (documented in the README; used by the tests). */
export function verifyWebhook(
  body: string,
  headers: { signature?: null | string; timestamp?: null | string },
  secret: string,
  now = new Date(),
): boolean {
  const timestamp = Number(headers.timestamp)
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(`sha256=${hmac(secret, timestamp, body)}`)
  const given = Buffer.from(headers.signature ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
