import { type RateLimitResult, rateLimiter } from '../requests/rateLimit'

export type LoginLimits = {
  /** failed sign-ins one address may make on one account per window, then 429 for that address and account */
  perAddressAndAccount: number
  /** failed sign-ins one address may make on all accounts together per window, then 429 for that address */
  perAddress: number
  /** failed sign-ins on one account (from anywhere) after which every further attempt on it is slowed down */
  slowAccountAfter: number
  /** the slowdown per failure beyond that, and its cap: slower, never locked */
  slowdownStepMs: number
  slowdownMaxMs: number
  windowMs: number
}

export const LOGIN_LIMITS: LoginLimits = {
  perAddress: 30,
  perAddressAndAccount: 5,
  slowAccountAfter: 5,
  slowdownMaxMs: 3000,
  slowdownStepMs: 500,
  windowMs: 15 * 60_000,
}

export type LoginDecision = { delayMs: number } | { retryAfterSeconds: number }

/**
 * What to do with a sign-in, given the counts of this attempt and the failures before it (each count includes
 * this attempt). A stranger's failures refuse the stranger's own address; on the account they only slow every
 * attempt a little, so the real user signing in from elsewhere still gets in.
 */
export function loginDecision(
  counts: { account: RateLimitResult; address: RateLimitResult; pair: RateLimitResult },
  limits: LoginLimits,
): LoginDecision {
  if (!counts.pair.allowed || !counts.address.allowed) {
    return {
      retryAfterSeconds: Math.max(
        counts.pair.allowed ? 0 : counts.pair.retryAfterSeconds,
        counts.address.allowed ? 0 : counts.address.retryAfterSeconds,
        1,
      ),
    }
  }
  const beyond = counts.account.count - limits.slowAccountAfter
  return { delayMs: beyond > 0 ? Math.min(beyond * limits.slowdownStepMs, limits.slowdownMaxMs) : 0 }
}

/**
 * Sign-in throttling in this process's memory (each node of a multi-node install counts on its own; the
 * limits then hold per node). Every attempt counts as a failure until it succeeds, so parallel guesses are
 * counted before any of them is checked; a success takes its count back.
 */
export function loginThrottle(limits: LoginLimits = LOGIN_LIMITS, now: () => number = Date.now) {
  const pairs = rateLimiter(limits.perAddressAndAccount, limits.windowMs, now)
  const addresses = rateLimiter(limits.perAddress, limits.windowMs, now)
  const accounts = rateLimiter(Number.MAX_SAFE_INTEGER, limits.windowMs, now)
  const pairKey = (address: string, account: string) => `${address}\n${account}`
  return {
    attempt(address: string, account: string): LoginDecision {
      const decision = loginDecision({ account: accounts(account), address: addresses(address), pair: pairs(pairKey(address, account)) }, limits)
      // A refused attempt tried no password: it does not slow the account for its real user.
      if ('retryAfterSeconds' in decision) accounts.undo(account)
      return decision
    },
    succeeded(address: string, account: string) {
      pairs.undo(pairKey(address, account))
      addresses.undo(address)
      accounts.undo(account)
    },
  }
}
