import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { DEFAULT_DATABASE_URL, databaseKind, SQLITE_BUSY_MS, sqliteUrl } from './databaseUrl'
import { limitTransactions } from './limitTransactions'
import { reuseSqliteConnections } from './reuseSqliteConnections'
import { asyncLockWaits } from './sqliteLockWait'
import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export { DEFAULT_DATABASE_URL, databaseKind, type DatabaseKind } from './databaseUrl'
const POSTGRES_POOL_SIZE = 10

/**
 * Picks the adapter from DATABASE_URL. Schema push is for throwaway databases (tests) only: every other
 * database is built by the committed migrations, so a push never meets a migrated database.
 */
export function databaseAdapter(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseAdapterObj {
  const push = process.env.PAYLOAD_DB_PUSH === 'true'
  switch (databaseKind(url)) {
    case 'postgres': {
      const adapter = postgresAdapter({
        migrationDir: path.join(root, 'src/migrations/postgres'),
        pool: { connectionString: url, max: POSTGRES_POOL_SIZE },
        prodMigrations: postgresMigrations,
        push,
      })
      const init = adapter.init
      // Two connections stay free for the queries Payload runs outside a write's transaction.
      return { ...adapter, init: (args) => limitTransactions(init(args), POSTGRES_POOL_SIZE - 2) }
    }
    case 'mongodb':
      return mongooseAdapter({ url })
    case 'sqlite': {
      const file = sqliteUrl(url)
      const adapter = sqliteAdapter({
        client: { url: file },
        migrationDir: path.join(root, 'src/migrations/sqlite'),
        prodMigrations: sqliteMigrations,
        push,
        // Payload leaves SQLite without transactions unless asked; the publishing gate needs them.
        transactionOptions: {},
        wal: true,
      })
      const init = adapter.init
      const connected = (args: Parameters<typeof init>[0]) => asyncLockWaits(limitTransactions(init(args), 1), SQLITE_BUSY_MS)
      return { ...adapter, init: (args) => reuseSqliteConnections(connected(args), file.slice('file:'.length), SQLITE_BUSY_MS) }
    }
  }
}

export const committedMigrations = { postgres: postgresMigrations, sqlite: sqliteMigrations }

/**
 * payload.destroy() leaves the SQL connections open; a script or test that is done closes them too. The
 * PostgreSQL adapter keeps one client checked out for its reconnect logic, so the pool's end() never
 * settles: it is started (idle clients close at once) but not awaited.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    client?: { close: () => void }
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  }
  await payload.destroy()
  // Connections of a pool being closed may still be cut by the server (a dropped test database): expected.
  db.pool?.on('error', () => {})
  db.pool?.end().catch(() => {})
  db.client?.close()
}
