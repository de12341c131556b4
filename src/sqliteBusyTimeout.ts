import type { BaseDatabaseAdapter } from 'payload'

type Client = { execute(sql: string): Promise<unknown>; transaction(mode?: string): Promise<unknown> }

/**
 * @libsql/client hands the connection it holds to each transaction and opens a fresh one, lazily, for what
 * follows — without the busy timeout Payload set on the first (see releaseSqliteHandles). A second process
 * writing the same file (`npm run worker`) then makes the next BEGIN, or a write outside a transaction (the
 * job runner deleting finished jobs), fail at once with SQLITE_BUSY instead of waiting its turn. So the fresh
 * connection is opened and given the timeout at once: `transaction()` drops the old one synchronously, and
 * `execute()` opens the new one before any other caller can run.
 */
export function busyTimeoutOnEveryConnection<T extends BaseDatabaseAdapter>(adapter: T, ms: number): T {
  const connect = adapter.connect!.bind(adapter)
  adapter.connect = async (args) => {
    await connect(args)
    const client = (adapter as unknown as { client: Client }).client
    const transaction = client.transaction.bind(client)
    client.transaction = async (mode) => {
      const started = transaction(mode)
      const next = client.execute(`PRAGMA busy_timeout = ${ms}`)
      const [tx] = await Promise.all([started, next])
      return tx
    }
  }
  return adapter
}
