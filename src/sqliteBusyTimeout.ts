import type { BaseDatabaseAdapter } from 'payload'

type Client = { execute(sql: string): Promise<unknown>; transaction(mode?: string): Promise<unknown> }

/**
 * @libsql/client hands the connection it holds to each transaction and opens a fresh one for what follows,
 * without the busy timeout Payload set on the first (see releaseSqliteHandles). A second process writing the
 * same file (`npm run worker`) then makes BEGIN fail at once with SQLITE_BUSY instead of waiting its turn.
 * Each connection gets the timeout just before it becomes a transaction's.
 */
export function busyTimeoutOnEveryConnection<T extends BaseDatabaseAdapter>(adapter: T, ms: number): T {
  const connect = adapter.connect!.bind(adapter)
  adapter.connect = async (args) => {
    await connect(args)
    const client = (adapter as unknown as { client: Client }).client
    const transaction = client.transaction.bind(client)
    client.transaction = async (mode) => {
      await client.execute(`PRAGMA busy_timeout = ${ms}`)
      return transaction(mode)
    }
  }
  return adapter
}
