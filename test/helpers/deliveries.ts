import type { TestServer } from './server'

import { aboutItem } from '../../src/fields/itemRef'

export type Delivery = {
  action: string
  attempts: number
  channel: string
  /** when a queued delivery may run (null: now) */
  dueAt?: null | string
  external?: Record<string, unknown> | null
  id: number | string
  lastError?: null | string
  status: string
}

/** An item's deliveries, oldest first. */
export const deliveriesOf = async (s: TestServer, collection: string, id: number | string): Promise<Delivery[]> =>
  (await s.payload.find({ collection: 'deliveries', pagination: false, sort: 'createdAt', where: aboutItem(collection, id) }))
    .docs as unknown as Delivery[]

/** Polls `probe` (every 100 ms, up to 30 s) until it yields something; what it yielded. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = await probe()
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`waited in vain for ${what}`)
}

/**
 * Waits while the server runs the queue until every delivery of the item has settled (those `pending` allows
 * may stay queued: one scheduled for later); `count` waits for that many deliveries to exist first.
 */
export async function settled(
  s: TestServer,
  collection: string,
  id: number | string,
  count = 1,
  pending = (_: Delivery) => false,
): Promise<Delivery[]> {
  for (let i = 0; i < 300; i++) {
    const all = await deliveriesOf(s, collection, id)
    if (all.length >= count && all.every((d) => pending(d) || (d.status !== 'queued' && d.status !== 'sending'))) return all
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`deliveries of ${collection} ${id} did not settle: ${JSON.stringify(await deliveriesOf(s, collection, id))}`)
}
