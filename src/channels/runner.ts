import type { Payload } from 'payload'

import { isNextServer } from '../infra/runtime'
import { settingsOf } from '../settings'
import { DELIVERY_QUEUES } from './outbox'

/**
 * Deliveries run in the web server unless DELIVERY_WORKER=separate hands them to `npm run worker`; never in
 * CLI scripts (the seed would exit mid-delivery) or a test process beside the server (a second node).
 */
export const deliveriesInServer = (payload: Payload) => isNextServer() && settingsOf(payload.config).deliveries.inServer

export const logRunFailure = (payload: Payload) => (error: unknown) =>
  payload.logger.error({ err: error, msg: '投递任务运行失败 / running deliveries failed' })

/** Per channel queue: the run in progress, and the next one while it waits its turn. */
type Lane = { running: Promise<unknown>; waiting?: Promise<void> }
const lanes = new Map<string, Lane>()

function runQueue(payload: Payload, queue: string): Promise<void> {
  const lane = lanes.get(queue) ?? { running: Promise.resolve() }
  lanes.set(queue, lane)
  // A run that has not started yet will see everything queued until it starts: callers share it.
  if (lane.waiting) return lane.waiting
  const next = lane.running
    .then(() => {
      lane.waiting = undefined
      return payload.jobs.run({ limit: settingsOf(payload.config).deliveries.batch, queue })
    })
    .then(() => undefined)
  lane.waiting = next
  lane.running = next.catch(() => undefined)
  return next
}

/**
 * Runs the queued deliveries: due ones now, retries once their backoff has passed. Runs of one channel's queue
 * never overlap in a process — Payload's runner does not claim a job atomically, and two overlapping runs
 * could send one delivery twice — so deliveries run in exactly one process: the server, or one `npm run
 * worker`. The channels' queues run side by side, so a slow channel never holds up the others.
 */
export function runDeliveries(payload: Payload): Promise<void> {
  return Promise.all(DELIVERY_QUEUES.map((queue) => runQueue(payload, queue))).then(() => undefined)
}

/**
 * Starts the deliveries just queued without waiting for the next poll, so a publication reaches the channels
 * in well under a second.
 */
export function kickDeliveries(payload: Payload): void {
  if (deliveriesInServer(payload)) runDeliveries(payload).catch(logRunFailure(payload))
}

/**
 * Jobs a crashed runner left marked as processing. Only one process runs deliveries, so at its start any such
 * job is an orphan: it runs again, and the delivery's saved ids let it continue where the crash stopped it.
 */
export async function releaseOrphanedDeliveries(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    overrideAccess: true,
    where: { and: [{ queue: { in: DELIVERY_QUEUES } }, { processing: { equals: true } }] },
  })
  if (docs.length) payload.logger.warn({ msg: `恢复中断的投递任务 / resumed ${docs.length} interrupted deliveries` })
  // The runs that held them died with their process. A run cut short by our own crash is not a failure of the
  // channel: it gives back the attempt it counted, or a few crashes could use up a delivery's retries.
  const { docs: held } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { runUntil: { exists: true } },
  })
  for (const delivery of held) {
    const attempts = delivery.status === 'sending' ? Math.max(0, (delivery.attempts ?? 0) - 1) : delivery.attempts
    await payload.update({ id: delivery.id, collection: 'deliveries', data: { attempts, runUntil: null }, depth: 0, overrideAccess: true })
  }
}

/**
 * In the web server (not CLI scripts, tests or builds): polls for retries whose backoff has passed, through
 * the same one-at-a-time runner as the kicks. Payload's own autoRun would run beside it and could overlap.
 */
export function pollDeliveriesInServer(payload: Payload): void {
  if (!deliveriesInServer(payload)) return
  const released = releaseOrphanedDeliveries(payload).catch(logRunFailure(payload))
  for (const queue of DELIVERY_QUEUES) lanes.set(queue, { running: released })
  setInterval(() => {
    runDeliveries(payload).catch(logRunFailure(payload))
  }, settingsOf(payload.config).deliveries.pollMs).unref()
}
