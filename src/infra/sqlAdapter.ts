import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { buildQuery } from '@payloadcms/drizzle'

/**
 * The one door to the Drizzle side of Payload's SQL adapters: their tables, and the session of a transaction.
 * Statements Payload's own API cannot say (a claim in one UPDATE, an upsert counter, a row lock) go through here.
 */
export type SqlAdapter = PostgresAdapter | SQLiteAdapter

/**
 * A drizzle session to build a statement on: a transaction's, or the adapter's own instance. SQLite's and
 * PostgreSQL's builders share the calls used here (select, insert … onConflictDoUpdate, update … returning),
 * but TypeScript cannot call a union of two generic builders, so both are typed as PostgreSQL's. What only
 * PostgreSQL has (`execute`, `for update`) is used after checking `adapter.name === 'postgres'`.
 */
export type SqlSession = PostgresAdapter['sessions'][string]['db']

/** A collection's or global's table, its columns by field name (typed as PostgreSQL's, as SqlSession is). */
export type SqlTable = PostgresAdapter['tables'][string]

/** The SQL adapter, or null on MongoDB. */
export function sqlAdapter(payload: Payload): null | SqlAdapter {
  return payload.db.name === 'mongoose' ? null : (payload.db as unknown as SqlAdapter)
}

function sqlAdapterOf(payload: Payload): SqlAdapter {
  const adapter = sqlAdapter(payload)
  if (!adapter) throw new Error(`no SQL adapter: the database is ${payload.db.name}`)
  return adapter
}

const tableNameOf = (adapter: SqlAdapter, slug: string) => adapter.tableNameMap.get(slug.replace(/-/g, '_'))!

/** The table of a collection or global (`print-jobs` → `print_jobs`). */
export function tableOf(payload: Payload, slug: string): SqlTable {
  const adapter = sqlAdapterOf(payload)
  const table = adapter.tables[tableNameOf(adapter, slug)]
  if (!table) throw new Error(`no table for ${slug}`)
  return table as unknown as SqlTable
}

/**
 * A Payload `Where` on a collection as the adapter itself translates it (the condition payload.count would use),
 * for a statement Payload's API cannot make. Only conditions on the collection's own columns: none that join.
 */
export function whereOf(payload: Payload, slug: CollectionSlug, where: Where): ReturnType<typeof buildQuery>['where'] {
  const adapter = sqlAdapterOf(payload)
  const fields = payload.collections[slug].config.flattenedFields
  const built = buildQuery({ adapter: adapter as unknown as DrizzleAdapter, fields, tableName: tableNameOf(adapter, slug), where })
  if (built.joins.length) throw new Error(`whereOf: a condition on ${slug} that needs a join`)
  return built.where
}

/** The adapter's own drizzle instance, outside any transaction. */
export function drizzleOf(payload: Payload): SqlSession {
  return sqlAdapterOf(payload).drizzle as unknown as SqlSession
}

/** The drizzle session of an open transaction (from payload.db.beginTransaction or a request), if there is one. */
export function transactionSession(payload: Payload, transactionID: null | number | string | undefined): SqlSession | undefined {
  const adapter = sqlAdapterOf(payload)
  return transactionID ? (adapter.sessions[transactionID]?.db as SqlSession | undefined) : undefined
}

/** The drizzle session of the request's transaction, if it has one. */
export async function requestTransactionSession(req: PayloadRequest): Promise<SqlSession | undefined> {
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return transactionSession(req.payload, transactionID)
}

/** The drizzle session of the request's transaction, or the adapter's drizzle instance outside one. */
export async function sessionOf(req: PayloadRequest): Promise<SqlSession> {
  return (await requestTransactionSession(req)) ?? drizzleOf(req.payload)
}

/**
 * Runs `write` in a transaction of Payload's own (begun, committed, or rolled back on error) and hands it the
 * transaction's drizzle session: on SQLite a write beside Payload's transactions would wait on their lock.
 */
export async function inOwnTransaction<T>(payload: Payload, write: (session: SqlSession) => Promise<T>): Promise<T> {
  const transaction = await payload.db.beginTransaction()
  if (transaction === null) throw new Error('this write needs a transaction')
  try {
    const result = await write(transactionSession(payload, transaction)!)
    await payload.db.commitTransaction(transaction)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transaction)
    throw error
  }
}
