import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { settingsOf } from '../../settings'

type Table = Record<string, unknown>
type Updater = { update: (table: Table) => { set: (values: Record<string, unknown>) => { where: (w: unknown) => { returning: (r: Record<string, unknown>) => Promise<Array<{ id: number | string }>> } } } }
type SqlDb = {
  name: string
  sessions: Record<number | string, { db: Updater } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, Table & { claimedAt: unknown; createdAt: unknown; id: unknown; leaseUntil: unknown; status: unknown }>
}
type MongoDb = {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null> }>
  name: string
}

/**
 * Hands the oldest waiting job (or one whose printer never reported within the lease) to this printer, in
 * one statement: two printers asking at the same moment never get the same job. PostgreSQL skips rows another
 * claim has locked; SQLite runs one write at a time; MongoDB's findOneAndUpdate is atomic per document.
 */
export async function claimNextJob(payload: Payload, printerId: number | string): Promise<null | number | string> {
  const now = new Date()
  // A claimed job returns to the queue when its printer has not reported within the lease.
  const leaseUntil = new Date(now.getTime() + settingsOf(payload.config).channels.noticeboard.leaseSeconds * 1000).toISOString()
  if (payload.db.name === 'mongoose') {
    const db = payload.db as unknown as MongoDb
    const claimed = await db.collections['print-jobs']!.findOneAndUpdate(
      { $or: [{ status: 'queued' }, { leaseUntil: { $lt: now }, status: 'claimed' }] },
      { $inc: { claims: 1 }, $set: { claimedAt: now, claimedBy: printerId, leaseUntil: new Date(leaseUntil), status: 'claimed' } },
      { new: true, sort: { createdAt: 1 } },
    )
    return claimed ? String(claimed._id) : null
  }
  const db = payload.db as unknown as SqlDb
  const t = db.tables[db.tableNameMap.get('print_jobs')!]!
  const lock = db.name === 'postgres' ? sql` for update skip locked` : sql``
  const next = sql`(select ${t.id} from ${t} where ${t.status} = 'queued' or (${t.status} = 'claimed' and ${t.leaseUntil} < ${now.toISOString()}) order by ${t.createdAt}, ${t.id} limit 1${lock})`
  // Through Payload's transactions, not beside them: on SQLite a write outside one would wait, blocking the
  // event loop, on the write lock of a transaction that needs the event loop to finish.
  const transaction = await payload.db.beginTransaction()
  if (transaction === null) throw new Error('claiming a print job needs a transaction')
  try {
    const rows = await db.sessions[transaction]!.db
      .update(t)
      .set({ claimedAt: now.toISOString(), claimedBy: printerId, claims: sql`coalesce(${t.claims as never}, 0) + 1`, leaseUntil, status: 'claimed' })
      .where(sql`${t.id} = ${next}`)
      .returning({ id: t.id })
    await payload.db.commitTransaction(transaction)
    return rows[0]?.id ?? null
  } catch (error) {
    await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
