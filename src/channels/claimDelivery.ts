import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** Longer than any one run of a delivery; only a run the orphan release missed would hold it that long. */
const RUN_LEASE_MS = 15 * 60_000

type Table = Record<string, unknown> & { id: unknown; runUntil: unknown }
type Updater = { update: (table: Table) => { set: (values: Record<string, unknown>) => { where: (w: unknown) => { returning: (r: Record<string, unknown>) => Promise<unknown[]> } } } }
type SqlDb = { name: string; sessions: Record<number | string, { db: Updater } | undefined>; tableNameMap: Map<string, string>; tables: Record<string, Table> }
type MongoDb = { collections: Record<string, { findOneAndUpdate: (filter: object, update: object) => Promise<unknown> }> }

/**
 * Takes the delivery for this run, in one statement: two jobs for one delivery (a retry queued just before a
 * crash, and the crashed job resumed) never run it at the same time, so neither can repeat the other's step.
 * False when another run holds it; that run finishes the delivery.
 */
export async function claimDelivery(payload: Payload, id: number | string): Promise<boolean> {
  const now = new Date()
  const until = new Date(now.getTime() + RUN_LEASE_MS)
  if (payload.db.name === 'mongoose') {
    const db = payload.db as unknown as MongoDb
    const claimed = await db.collections.deliveries!.findOneAndUpdate(
      { $or: [{ runUntil: null }, { runUntil: { $lt: now } }], _id: id },
      { $set: { runUntil: until } },
    )
    return claimed !== null
  }
  const db = payload.db as unknown as SqlDb
  const t = db.tables[db.tableNameMap.get('deliveries')!]!
  // Through Payload's transactions: on SQLite a write beside them would wait on their lock (see printQueue).
  const transaction = await payload.db.beginTransaction()
  if (transaction === null) throw new Error('claiming a delivery needs a transaction')
  try {
    const rows = await db.sessions[transaction]!.db
      .update(t)
      .set({ runUntil: until.toISOString() })
      .where(sql`${t.id} = ${id} and (${t.runUntil} is null or ${t.runUntil} < ${now.toISOString()})`)
      .returning({ id: t.id })
    await payload.db.commitTransaction(transaction)
    return rows.length > 0
  } catch (error) {
    await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
