import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { modelOf } from '../infra/mongoAdapter'
import { tableOf, transactionSession } from '../infra/sqlAdapter'

/** Longer than any one run of a delivery; only a run the orphan release missed would hold it that long. */
const RUN_LEASE_MS = 15 * 60_000

/**
 * Takes the delivery for the job `runBy`, in one statement: two jobs for one delivery (a retry queued just
 * before a crash, and the crashed job resumed) never run it at the same time, so neither can repeat the
 * other's step. The job's own retry takes back what its failed attempt still holds (that attempt may have
 * thrown before it could let go, e.g. on a database error) — else the delivery would wait out the lease with
 * no job left to finish it. False when another job holds it; that job finishes the delivery.
 */
export async function claimDelivery(payload: Payload, id: number | string, runBy: string): Promise<boolean> {
  const now = new Date()
  const until = new Date(now.getTime() + RUN_LEASE_MS)
  if (payload.db.name === 'mongoose') {
    const claimed = await modelOf(payload, 'deliveries').findOneAndUpdate(
      { $or: [{ runUntil: null }, { runUntil: { $lt: now } }, { runBy }], _id: id },
      { $set: { runBy, runUntil: until } },
    )
    return claimed !== null
  }
  const t = tableOf(payload, 'deliveries')
  // Through Payload's transactions: on SQLite a write beside them would wait on their lock (see printQueue).
  const transaction = await payload.db.beginTransaction()
  if (transaction === null) throw new Error('claiming a delivery needs a transaction')
  try {
    const rows = await transactionSession(payload, transaction)!
      .update(t)
      .set({ runBy, runUntil: until.toISOString() })
      .where(sql`${t.id} = ${id} and (${t.runUntil} is null or ${t.runUntil} < ${now.toISOString()} or ${t.runBy} = ${runBy})`)
      .returning({ id: t.id })
    await payload.db.commitTransaction(transaction)
    return rows.length > 0
  } catch (error) {
    await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
