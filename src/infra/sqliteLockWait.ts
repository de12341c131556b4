import type { BaseDatabaseAdapter } from 'payload'

type Client = {
  batch(...args: unknown[]): Promise<unknown>
  execute(...args: unknown[]): Promise<unknown>
  transaction(mode?: string): Promise<{ close(): void }>
}

const isBusy = (error: unknown) => /^SQLITE_BUSY/.test(String((error as { code?: unknown }).code ?? ''))
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `attempt` until SQLite stops answering SQLITE_BUSY (another process holds the write lock), waiting
 * between tries on a timer, up to `ms` in all; `refused` runs after each refusal. A statement refused as busy
 * did nothing, so it may be tried again.
 */
export async function whenNotBusy<T>(attempt: () => Promise<T> | T, ms: number, refused = async () => {}): Promise<T> {
  const deadline = performance.now() + ms
  for (let wait = 2; ; wait = Math.min(wait * 1.5, 50)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isBusy(error) || performance.now() >= deadline) throw error
    }
    await refused()
    await pause(wait * (0.5 + Math.random()))
  }
}

/**
 * Waiting for another process's lock (the worker's, or a second server's) without blocking the event loop.
 * SQLite's own busy timeout waits inside the native call, and libsql's calls are synchronous: a server waiting
 * for a BEGIN froze every request it was serving for as long as the worker held the lock (stalls of 2–3 s under
 * the soak's load). So no connection has a busy timeout (SQLite's default, and libsql's for the fresh connection
 * it opens after each transaction), and BEGIN and the statements and batches outside a transaction are retried
 * on a timer instead. Statements inside a transaction need no wait: BEGIN IMMEDIATE took the write lock.
 *
 * libsql leaves a statement refused as busy active on its connection, and a later COMMIT there fails ("SQL
 * statements in progress"): after a refusal the connection goes to a throwaway transaction, rolled back at
 * once, so the client opens a fresh one.
 */
export function asyncLockWaits<T extends BaseDatabaseAdapter>(adapter: T, ms: number): T {
  const connect = adapter.connect!.bind(adapter)
  adapter.connect = async (args) => {
    await connect(args)
    const client = (adapter as unknown as { client: Client }).client
    const { batch, execute, transaction } = {
      batch: client.batch.bind(client),
      execute: client.execute.bind(client),
      transaction: client.transaction.bind(client),
    }
    const dropConnection = async () => (await transaction('deferred')).close()
    client.execute = (...args) => whenNotBusy(() => execute(...args), ms, dropConnection)
    client.batch = (...args) => whenNotBusy(() => batch(...args), ms, dropConnection)
    client.transaction = (mode) => whenNotBusy(() => transaction(mode), ms, dropConnection)
  }
  return adapter
}
