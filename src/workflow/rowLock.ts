import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { requestTransactionSession, tableOf } from '../infra/sqlAdapter'

/** The request's transaction session and the table of a collection or global, on PostgreSQL only. */
async function sessionTable(req: PayloadRequest, slug: string) {
  if (req.payload.db.name !== 'postgres') return null
  const session = await requestTransactionSession(req)
  return session ? { session, table: tableOf(req.payload, slug) } : null
}

/**
 * On PostgreSQL, two transactions deciding on the same rows (two approvers pressing at once, two items
 * sharing a file) would both read the old state under read-committed isolation: lock the rows for the
 * transaction first. SQLite runs one write transaction at a time already; MongoDB has no row lock to take here.
 * Every writer that audits takes its rows before the audit chain's (src/workflow/audit.ts), so two of them
 * never wait for each other.
 */
export async function lockRows(req: PayloadRequest, slug: string, ids: Array<number | string>): Promise<void> {
  const found = ids.length ? await sessionTable(req, slug) : null
  if (!found) return
  const { session, table } = found
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  await session.execute(sql`select 1 from ${table} where ${table.id} in (${list}) order by ${table.id} for update`)
}

/** A global is one row: the same lock for a decision on it. */
export async function lockGlobal(req: PayloadRequest, slug: string): Promise<void> {
  const found = await sessionTable(req, slug)
  if (found) await found.session.execute(sql`select 1 from ${found.table} for update`)
}
