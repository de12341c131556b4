import type { BaseDatabaseAdapter } from 'payload'

import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { whenNotBusy } from './sqliteLockWait'

const BEGIN = { deferred: 'BEGIN DEFERRED', read: 'BEGIN TRANSACTION READONLY', write: 'BEGIN IMMEDIATE' } as const
type Mode = keyof typeof BEGIN

/** One transaction runs at a time on SQLite (limitTransactions); a second connection covers the hand-over. */
const KEPT = 2

/**
 * Transactions on connections kept for the next ones. @libsql/client gives every transaction a fresh connection
 * and never closes the old one: each paid SQLite's schema parse on its first statement (the largest single cost
 * of a burst of approvals) and held two file handles until V8 collected it. Here a transaction's connection
 * goes back to a small pool when it ends, and BEGIN waits for another process's lock on a timer (as in
 * asyncLockWaits). A connection whose BEGIN was refused is closed, not kept: libsql may leave the refused
 * statement active on it.
 */
export function reuseSqliteConnections<T extends BaseDatabaseAdapter>(adapter: T, file: string, busyMs: number): T {
  const connect = adapter.connect!.bind(adapter)
  adapter.connect = async (args) => {
    await connect(args)
    const client = (adapter as unknown as { client: { transaction: (mode?: Mode) => Promise<Sqlite3Transaction> } }).client
    const kept: Database.Database[] = []
    const begin = (mode: Mode) => {
      const db = kept.pop() ?? new Database(file)
      try {
        db.exec(BEGIN[mode])
        return db
      } catch (error) {
        db.close()
        throw error
      }
    }
    client.transaction = async (mode = 'write') => {
      const db = await whenNotBusy(() => begin(mode), busyMs)
      const transaction = new Sqlite3Transaction(db, 'number')
      // Drizzle ends a transaction with commit or rollback and never calls close(): the connection goes back then.
      let back = false
      const giveBack = () => {
        if (back || db.inTransaction) return
        back = true
        if (kept.length < KEPT) kept.push(db)
        else db.close()
      }
      for (const end of ['commit', 'rollback'] as const) {
        const original = transaction[end].bind(transaction)
        transaction[end] = async () => {
          try {
            await original()
          } finally {
            giveBack()
          }
        }
      }
      const close = transaction.close.bind(transaction)
      transaction.close = () => {
        close()
        giveBack()
      }
      return transaction
    }
  }
  return adapter
}
