import type { Payload } from 'payload'

import { DELIVERY_QUEUE } from './outbox'

/**
 * Deliveries run in the web server unless DELIVERY_WORKER=separate hands them to `npm run worker`; never in
 * CLI scripts (the seed would exit mid-delivery) or tests, which run the queue themselves.
 */
export const deliveriesInServer = () => Boolean(process.env.NEXT_RUNTIME) && process.env.DELIVERY_WORKER !== 'separate'

export const logRunFailure = (payload: Payload) => (error: unknown) =>
  payload.logger.error({ err: error, msg: '投递任务运行失败 / running deliveries failed' })

let tail: Promise<unknown> = Promise.resolve()
let kickPending = false

/**
 * Runs the queued deliveries: due ones now, retries once their backoff has passed. Runs in one process never
 * overlap — Payload's runner does not claim a job atomically, and two overlapping runs could send one
 * delivery twice — so deliveries run in exactly one process: the server, or one `npm run worker`.
 */
export function runDeliveries(payload: Payload): Promise<void> {
  const run = tail.then(() => payload.jobs.run({ limit: 50, queue: DELIVERY_QUEUE })).then(() => undefined)
  tail = run.catch(() => undefined)
  return run
}

/**
 * Starts the deliveries just queued without waiting for the next poll, so a publication reaches the channels
 * in well under a second. Kicks that arrive while one is waiting its turn are folded into it.
 */
export function kickDeliveries(payload: Payload): void {
  if (!deliveriesInServer() || kickPending) return
  kickPending = true
  void tail
    .then(() => {
      kickPending = false
      return runDeliveries(payload)
    })
    .catch(logRunFailure(payload))
}

const POLL_MS = 5000

/**
 * Jobs a crashed runner left marked as processing. Only one process runs deliveries, so at its start any such
 * job is an orphan: it runs again, and the delivery's saved ids let it continue where the crash stopped it.
 */
export async function releaseOrphanedDeliveries(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    overrideAccess: true,
    where: { and: [{ queue: { equals: DELIVERY_QUEUE } }, { processing: { equals: true } }] },
  })
  if (docs.length) payload.logger.warn({ msg: `恢复中断的投递任务 / resumed ${docs.length} interrupted deliveries` })
}

/**
 * In the web server (not CLI scripts, tests or builds): polls for retries whose backoff has passed, through
 * the same one-at-a-time runner as the kicks. Payload's own autoRun would run beside it and could overlap.
 */
export function pollDeliveriesInServer(payload: Payload): void {
  if (!deliveriesInServer()) return
  tail = releaseOrphanedDeliveries(payload).catch(logRunFailure(payload))
  setInterval(() => {
    runDeliveries(payload).catch(logRunFailure(payload))
  }, POLL_MS).unref()
}
