export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number }

/** A counter per key (a caller's address, an account) in fixed windows; see rateLimiter. */
export type RateLimiter = ((key: string) => RateLimitResult) & {
  /** Takes one count back from the key's current window (an attempt that turned out fine). */
  undo: (key: string) => void
}

/**
 * A fixed-window counter per key (the caller's IP): `limit` submissions per `windowMs`. In memory, per process:
 * enough to stop a script flooding the form of a township; a proxy in front can do more.
 */
export function rateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; start: number }>()
  const take = (key: string): RateLimitResult => {
    const t = now()
    const current = windows.get(key)
    if (!current || t - current.start >= windowMs) {
      // Forget finished windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k)
      windows.set(key, { count: 1, start: t })
      return { allowed: 1 <= limit, count: 1, retryAfterSeconds: 0 }
    }
    current.count++
    return { allowed: current.count <= limit, count: current.count, retryAfterSeconds: Math.ceil((current.start + windowMs - t) / 1000) }
  }
  const undo = (key: string) => {
    const current = windows.get(key)
    if (current && current.count > 0) current.count--
  }
  return Object.assign(take, { undo })
}
