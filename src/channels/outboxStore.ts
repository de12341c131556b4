import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Channel } from '../fields/disclosure'
import type { DeliveryRecord } from './afterRun'
import type { DeliveryInput } from './types'

import { transactionsFirst } from '../infra/limitTransactions'
import { modelOf } from '../infra/mongoAdapter'
import { drizzleOf, inOwnTransaction, type SqlSession, tableOf } from '../infra/sqlAdapter'

/** Longer than any one run of a delivery; only a run whose process died holds it that long (see releaseHeld). */
const RUN_LEASE_MS = 15 * 60_000

/** A delivery a run holds: what its channel needs, and the attempt this run is. */
export type ClaimedDelivery = DeliveryInput & { attempts: number }

/** A run's outcome for one delivery; a finished take-down also withdraws the item's earlier deliveries there. */
export type DeliveryOutcome = { delivery: ClaimedDelivery; record: DeliveryRecord }

/**
 * The outbox's statements: the deliveries table is the queue itself, so a claim and a record are each one
 * transaction for a whole batch. Every write goes ahead of waiting transactions (transactionsFirst) and
 * through Payload's transactions: on SQLite a write beside them would wait on their lock.
 */
const inTransaction = <T>(payload: Payload, write: (session: SqlSession) => Promise<T>): Promise<T> =>
  transactionsFirst(() => inOwnTransaction(payload, write))

type Row = Omit<ClaimedDelivery, 'external'> & { external: unknown }
const claimed = (row: Row): ClaimedDelivery => ({
  ...row,
  attempts: row.attempts ?? 1,
  external: (typeof row.external === 'string' ? JSON.parse(row.external) : row.external) ?? {},
  id: row.id,
})

/**
 * Takes up to `limit` due deliveries of a channel for the run `runBy`, in one statement, oldest first: queued
 * ones whose wait is over, and any a dead run left held past its lease. Counts the attempt. PostgreSQL skips
 * rows another claim has locked, so runs in several processes never take the same delivery; SQLite runs one
 * write at a time; on MongoDB each findOneAndUpdate is atomic.
 */
export async function claimDue(payload: Payload, channel: Channel, limit: number, runBy: string): Promise<ClaimedDelivery[]> {
  const now = new Date()
  const until = new Date(now.getTime() + RUN_LEASE_MS)
  if (payload.db.name === 'mongoose') {
    const model = modelOf(payload, 'deliveries')
    const claimable = {
      $and: [{ $or: [{ dueAt: null }, { dueAt: { $lte: now } }] }, { $or: [{ runUntil: null }, { runUntil: { $lt: now } }] }],
      channel,
      status: { $in: ['queued', 'sending'] },
    }
    // As in SQL below: one delivery of an item on a channel at a time, in order.
    const open = {
      $or: [{ status: 'sending' }, { $or: [{ action: { $ne: 'withdraw' } }, { dueAt: null }, { dueAt: { $lte: now } }], status: 'queued' }],
    }
    const candidates = await model
      .find(claimable)
      .sort({ _id: 1 })
      .limit(limit * 2)
      .select({ collection: 1, document: 1 })
      .lean()
    const taken: ClaimedDelivery[] = []
    for (const { _id, collection, document } of candidates as unknown as { _id: unknown; collection: string; document: string }[]) {
      if (taken.length >= limit) break
      if (await model.exists({ ...open, _id: { $lt: _id }, channel, collection, document })) continue
      const doc = await model.findOneAndUpdate(
        { ...claimable, _id },
        { $inc: { attempts: 1 }, $set: { runBy, runUntil: until, status: 'sending', updatedAt: now } },
        { new: true },
      )
      if (!doc) continue
      const { _id: id, ...fields } = doc.toObject() as Row & { _id: unknown }
      taken.push(claimed({ ...fields, id: String(id) }))
    }
    return taken
  }
  const t = tableOf(payload, 'deliveries')
  const at = now.toISOString()
  // One delivery of an item on a channel at a time, in order: a take-down or a new version running beside an
  // unfinished publication would miss the article it has yet to learn, and leave it live. A take-down scheduled
  // for later (the end of a 公示期) holds nothing up until it is due.
  const earlierOpen = sql`exists (select 1 from ${t} e where e.channel = ${t.channel} and e.collection = ${t.collection}
    and e.document = ${t.document} and e.id < ${t.id}
    and (e.status = 'sending' or (e.status = 'queued' and (e.action <> 'withdraw' or e.due_at is null or e.due_at <= ${at}))))`
  const claimable = sql`${t.channel} = ${channel} and ${t.status} in ('queued', 'sending')
    and (${t.dueAt} is null or ${t.dueAt} <= ${at}) and (${t.runUntil} is null or ${t.runUntil} < ${at}) and not ${earlierOpen}`
  // A read first: most pokes find nothing, and on SQLite an empty claim would still take the write lock.
  const any = await drizzleOf(payload).select({ id: t.id }).from(t).where(claimable).limit(1)
  if (!any.length) return []
  const lock = payload.db.name === 'postgres' ? sql` for update skip locked` : sql``
  const due = sql`select ${t.id} from ${t} where ${claimable} order by ${t.id} limit ${limit}${lock}`
  const rows = await inTransaction(payload, (session) =>
    session
      .update(t)
      .set({ attempts: sql`coalesce(${t.attempts}, 0) + 1`, runBy, runUntil: until.toISOString(), status: 'sending', updatedAt: at })
      .where(sql`${t.id} in (${due})`)
      .returning({
        action: t.action,
        attempts: t.attempts,
        channel: t.channel,
        collection: t.collection,
        contentHash: t.contentHash,
        document: t.document,
        external: t.external,
        id: t.id,
      }),
  )
  return (rows as Row[]).map(claimed).sort((a, b) => Number(a.id) - Number(b.id))
}

/** Saves what a run learnt so far (the channel's ids), committed at once: a crash after a step never repeats it. */
export async function saveExternal(payload: Payload, id: number | string, external: Record<string, unknown>, channelRef?: string) {
  const set = { external, ...(channelRef ? { channelRef } : {}), updatedAt: new Date().toISOString() }
  if (payload.db.name === 'mongoose') {
    await modelOf(payload, 'deliveries').updateOne({ _id: id }, { $set: { ...set, updatedAt: new Date(set.updatedAt) } })
    return
  }
  const t = tableOf(payload, 'deliveries')
  await inTransaction(payload, (session) =>
    session
      .update(t)
      .set(set)
      .where(sql`${t.id} = ${id}`),
  )
}

/**
 * Writes a batch's outcomes in one transaction and lets go of the deliveries. A finished take-down withdraws
 * the item's earlier deliveries on that channel in the same commit: neither a reader nor a crash may find the
 * take-down done while they still say delivered (a withdrawn delivery never runs again to correct them).
 */
export async function recordOutcomes(payload: Payload, outcomes: DeliveryOutcome[]): Promise<void> {
  const now = new Date().toISOString()
  const takenDown = (o: DeliveryOutcome) => o.record.status === 'withdrawn'
  if (payload.db.name === 'mongoose') {
    const model = modelOf(payload, 'deliveries')
    for (const { delivery, record } of outcomes) {
      // Dates as Dates; a run that did not deliver leaves deliveredAt as it was.
      const dates = {
        ...(record.deliveredAt ? { deliveredAt: new Date(record.deliveredAt) } : {}),
        dueAt: record.dueAt ? new Date(record.dueAt) : null,
      }
      await model.updateOne({ _id: delivery.id }, { $set: { ...record, ...dates, runBy: null, runUntil: null, updatedAt: new Date(now) } })
    }
    for (const { delivery } of outcomes.filter(takenDown)) {
      const { channel, collection, document } = delivery
      await model.updateMany({ channel, collection, document, status: 'delivered' }, { $set: { status: 'withdrawn', updatedAt: new Date(now) } })
    }
    return
  }
  const t = tableOf(payload, 'deliveries')
  await inTransaction(payload, async (session) => {
    for (const { delivery, record } of outcomes) {
      await session
        .update(t)
        .set({ ...record, runBy: null, runUntil: null, updatedAt: now })
        .where(sql`${t.id} = ${delivery.id}`)
    }
    for (const { delivery } of outcomes.filter(takenDown)) {
      await session
        .update(t)
        .set({ status: 'withdrawn', updatedAt: now })
        .where(
          sql`${t.collection} = ${delivery.collection} and ${t.document} = ${delivery.document} and ${t.channel} = ${delivery.channel} and ${t.status} = 'delivered'`,
        )
    }
  })
}

/**
 * At a runner's start, deliveries a dead run still holds. Only one process runs deliveries, so any held one
 * is an orphan: it runs again, and its saved ids let it continue where the crash stopped it. A run cut short by
 * our own crash is not a failure of the channel: it gives back the attempt it counted.
 */
export async function releaseHeld(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { attempts: true, status: true },
    where: { runUntil: { exists: true } },
  })
  for (const delivery of docs) {
    const attempts = delivery.status === 'sending' ? Math.max(0, (delivery.attempts ?? 0) - 1) : delivery.attempts
    await payload.update({
      id: delivery.id,
      collection: 'deliveries',
      data: { attempts, runBy: null, runUntil: null },
      depth: 0,
      overrideAccess: true,
    })
  }
  return docs.length
}
