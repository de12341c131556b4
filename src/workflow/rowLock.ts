import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type SqlAdapter = {
  name: string
  sessions: Record<number | string, { db?: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, unknown>>
}

/**
 * On PostgreSQL, two transactions deciding on the same rows (two approvers pressing at once, two items
 * sharing a file) would both read the old state under read-committed isolation: lock the rows for the
 * transaction first. SQLite runs one write transaction at a time already; MongoDB has no row lock to take here.
 * Every writer that audits takes its rows before the audit chain's (src/workflow/audit.ts), so two of them
 * never wait for each other.
 */
export async function lockRows(req: PayloadRequest, slug: string, ids: Array<number | string>): Promise<void> {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' || !ids.length) return
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID ? db.sessions[transactionID]?.db : undefined
  const table = db.tables[db.tableNameMap.get(slug.replace(/-/g, '_'))!]
  if (!session || !table) return
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `)
  await session.execute(sql`select 1 from ${table} where ${table.id} in (${list}) order by ${table.id} for update`)
}
