import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

export const COUNTERS_SLUG = 'index-counters'
export const COUNTERS_TABLE = 'index_counters'

type DrizzleLike = {
  insert: (table: unknown) => {
    values: (row: Record<string, unknown>) => {
      onConflictDoUpdate: (config: { set: Record<string, unknown>; target: unknown }) => {
        returning: (fields: Record<string, unknown>) => Promise<{ value: number }[]>
      }
    }
  }
}

type MongoCounterModel = {
  findOneAndUpdate: (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => { lean: () => Promise<{ value: number }> }
}

/**
 * Atomically takes the next number of a named counter inside the request's transaction: a row lock
 * (upsert … returning) on SQL, `$inc` on MongoDB. Concurrent first publications therefore never share a
 * serial, and a rolled-back publication gives its number back.
 */
export async function nextSerial(payload: Payload, req: PayloadRequest, prefix: string): Promise<number> {
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = payload.db as unknown as {
    collections?: Record<string, MongoCounterModel>
    drizzle?: DrizzleLike
    sessions: Record<number | string, { db?: DrizzleLike } | undefined>
    tables?: Record<string, Record<string, unknown>>
  }
  const now = new Date()
  if (db.tables && db.drizzle) {
    const table = db.tables[COUNTERS_TABLE]!
    const drizzle = (transactionID && db.sessions[transactionID]?.db) || db.drizzle
    const [row] = await drizzle
      .insert(table)
      .values({ createdAt: now.toISOString(), prefix, updatedAt: now.toISOString(), value: 1 })
      .onConflictDoUpdate({
        set: { updatedAt: now.toISOString(), value: sql`${table.value} + 1` },
        target: table.prefix,
      })
      .returning({ value: table.value })
    return Number(row!.value)
  }
  if (db.collections) {
    const session = transactionID ? db.sessions[transactionID] : undefined
    const doc = await db.collections[COUNTERS_SLUG]!.findOneAndUpdate(
      { prefix },
      { $inc: { value: 1 }, $set: { updatedAt: now }, $setOnInsert: { createdAt: now } },
      { new: true, session, upsert: true },
    ).lean()
    return doc.value
  }
  throw new Error('nextSerial: unsupported database adapter')
}
