import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { mongoAdapter, modelOf, mongoSessionOf } from '../infra/mongoAdapter'
import { sessionOf, sqlAdapter, tableOf } from '../infra/sqlAdapter'

export const COUNTERS_SLUG = 'index-counters'
export const COUNTERS_TABLE = 'index_counters'

/**
 * Atomically takes the next number of a named counter inside the request's transaction: a row lock
 * (upsert … returning) on SQL, `$inc` on MongoDB. Concurrent first publications therefore never share a
 * serial, and a rolled-back publication gives its number back.
 */
export async function nextSerial(payload: Payload, req: PayloadRequest, prefix: string): Promise<number> {
  const now = new Date()
  if (sqlAdapter(payload)) {
    const table = tableOf(payload, COUNTERS_SLUG)
    const [row] = await (
      await sessionOf(req)
    )
      .insert(table)
      .values({ createdAt: now.toISOString(), prefix, updatedAt: now.toISOString(), value: 1 })
      .onConflictDoUpdate({
        set: { updatedAt: now.toISOString(), value: sql`${table.value} + 1` },
        target: table.prefix,
      })
      .returning({ value: table.value })
    return Number(row!.value)
  }
  if (mongoAdapter(payload)) {
    const doc = await modelOf(payload, COUNTERS_SLUG)
      .findOneAndUpdate(
        { prefix },
        { $inc: { value: 1 }, $set: { updatedAt: now }, $setOnInsert: { createdAt: now } },
        { new: true, session: await mongoSessionOf(req), upsert: true },
      )
      .lean<{ value: number }>()
    return doc!.value
  }
  throw new Error('nextSerial: unsupported database adapter')
}
