import type { DeliveryAction } from './types'

import { DeliveryError } from './types'

/** Attempts before a delivery counts as failed; between them the wait doubles from the base. */
export const MAX_ATTEMPTS = 8

/** What a run of a delivery writes back to it: its new state, when it may run again, what it learnt. */
export type DeliveryRecord = {
  attempts: number
  deliveredAt?: string
  /** when it may run again: null for now or never */
  dueAt: null | string
  external: Record<string, unknown>
  lastError: null | string
  status: 'delivered' | 'failed' | 'queued' | 'withdrawn'
}

export type RunResult = { error: unknown; ok: false } | { external: Record<string, unknown>; ok: true }

/**
 * How a delivery stands after a run (pure). Done: delivered, or withdrawn for a take-down. A failure with
 * `retryAt` (a quota used up, a channel still reviewing) waits until then without using an attempt; a
 * permanent one, or the last attempt, is failed for an admin to look at and retry; any other waits base × 2^(n−1).
 */
export function afterRun(
  delivery: { action: DeliveryAction; attempts: number; external: Record<string, unknown> },
  result: RunResult,
  now: Date,
  retryBaseMs: number,
): DeliveryRecord {
  const { attempts, external } = delivery
  if (result.ok) {
    const status = delivery.action === 'withdraw' ? 'withdrawn' : 'delivered'
    return { attempts, deliveredAt: now.toISOString(), dueAt: null, external: { ...external, ...result.external }, lastError: null, status }
  }
  const error = result.error
  const lastError = error instanceof Error ? error.message : String(error)
  if (error instanceof DeliveryError && error.retryAt) {
    return { attempts: attempts - 1, dueAt: error.retryAt.toISOString(), external, lastError, status: 'queued' }
  }
  if ((error instanceof DeliveryError && error.permanent) || attempts >= MAX_ATTEMPTS) {
    return { attempts, dueAt: null, external, lastError, status: 'failed' }
  }
  const dueAt = new Date(now.getTime() + retryBaseMs * 2 ** Math.max(0, attempts - 1)).toISOString()
  return { attempts, dueAt, external, lastError, status: 'queued' }
}
