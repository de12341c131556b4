import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { modelOf } from '../../infra/mongoAdapter'
import { inOwnTransaction, tableOf } from '../../infra/sqlAdapter'
import { settingsOf } from '../../settings'

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
    const claimed = await modelOf(payload, 'print-jobs').findOneAndUpdate(
      { $or: [{ status: 'queued' }, { leaseUntil: { $lt: now }, status: 'claimed' }] },
      { $inc: { claims: 1 }, $set: { claimedAt: now, claimedBy: printerId, leaseUntil: new Date(leaseUntil), status: 'claimed' } },
      { new: true, sort: { createdAt: 1 } },
    )
    return claimed ? String(claimed._id) : null
  }
  const t = tableOf(payload, 'print-jobs')
  const lock = payload.db.name === 'postgres' ? sql` for update skip locked` : sql``
  const next = sql`(select ${t.id} from ${t} where ${t.status} = 'queued' or (${t.status} = 'claimed' and ${t.leaseUntil} < ${now.toISOString()}) order by ${t.createdAt}, ${t.id} limit 1${lock})`
  // Through Payload's transactions, not beside them: on SQLite a write outside one would wait, blocking the
  // event loop, on the write lock of a transaction that needs the event loop to finish.
  const rows = await inOwnTransaction(payload, (session) =>
    session
      .update(t)
      .set({ claimedAt: now.toISOString(), claimedBy: printerId, claims: sql`coalesce(${t.claims}, 0) + 1`, leaseUntil, status: 'claimed' })
      .where(sql`${t.id} = ${next}`)
      .returning({ id: t.id }),
  )
  return rows[0]?.id ?? null
}
