/**
 * A fixed-window counter per key (the caller's IP): `limit` submissions per `windowMs`. In memory, per process:
 * enough to stop a script flooding the form of a township; a proxy in front can do more.
 */
export function rateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { count: number; start: number }>()
  return (key: string): { allowed: boolean; retryAfterSeconds: number } => {
    const t = now()
    const current = windows.get(key)
    if (!current || t - current.start >= windowMs) {
      // Forget finished windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k)
      windows.set(key, { count: 1, start: t })
      return { allowed: true, retryAfterSeconds: 0 }
    }
    current.count++
    return { allowed: current.count <= limit, retryAfterSeconds: Math.ceil((current.start + windowMs - t) / 1000) }
  }
}
