import type { PayloadRequest } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'

import { requestAddress } from '../clientAddress'
import { refusal } from '../errors'
import { loginThrottle } from './loginThrottle'

const throttle = loginThrottle()
const ATTEMPT = 'govPublishingSignIn'
const DUMMY_SALT = randomBytes(32).toString('hex')

/**
 * The hash Payload computes for a wrong password of an existing account (pbkdf2-sha256, 600,000 rounds,
 * 32 bytes: payload 3.90's generatePasswordSaltHash), computed for an unknown one too, so both take as long.
 */
const hashLikePayload = (password: string) => new Promise<void>((resolve) => pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', () => resolve()))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Before Payload checks a sign-in: refuse (429) an address that failed too often, slow an account that many
 * failed on, and give an unknown account the same work as a known one. Payload's own lock-out is off
 * (maxLoginAttempts 0): a stranger's failures never lock the real user out.
 */
export async function beforeSignIn(req: PayloadRequest, data: { email?: unknown; password?: unknown } | undefined): Promise<void> {
  const account = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const address = requestAddress(req) ?? 'unknown'
  const decision = throttle.attempt(address, account)
  if ('retryAfterSeconds' in decision) {
    req.responseHeaders = new Headers({ 'Retry-After': String(decision.retryAfterSeconds) })
    throw refusal(
      `登录失败次数过多，请${Math.ceil(decision.retryAfterSeconds / 60)}分钟后再试 / Too many failed sign-ins: try again later`,
      429,
      'rate-limit',
    )
  }
  req.context[ATTEMPT] = { account, address }
  if (decision.delayMs) await pause(decision.delayMs)
  if (!account || typeof data?.password !== 'string') return
  const known = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: account } } })
  if (!known) await hashLikePayload(data.password)
}

/** A sign-in that succeeded takes back the failure it was counted as. */
export function afterSignIn(req: PayloadRequest): void {
  const attempt = req.context[ATTEMPT] as { account: string; address: string } | undefined
  if (attempt) throttle.succeeded(attempt.address, attempt.account)
}
