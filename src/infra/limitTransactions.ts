import type { BaseDatabaseAdapter } from 'payload'

/** A counting semaphore: acquire() resolves with a release function once a permit is free. */
function semaphore(permits: number) {
  let free = permits
  const waiting: (() => void)[] = []
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else free++
  }
  return {
    acquire: (): Promise<() => void> =>
      new Promise((resolve) => {
        const grant = () => resolve(once(release))
        if (free > 0) {
          free--
          grant()
        } else waiting.push(grant)
      }),
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (!done) {
      done = true
      fn()
    }
  }
}

/**
 * Caps how many transactions are open at once. Each open transaction holds a connection, and Payload runs
 * some queries of a write (the document-lock check) outside the transaction on a second connection, so
 * with every pooled connection held by a transaction that waits for one more, writes deadlock. SQLite gets
 * one permit: libsql opens a connection per transaction and runs `BEGIN IMMEDIATE` synchronously, so a
 * second writer in the same process would fail at once or block the event loop its lock holder needs.
 */
export function limitTransactions(adapter: BaseDatabaseAdapter, permits: number): BaseDatabaseAdapter {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<number | string, () => void>()
  const { acquire } = semaphore(permits)

  const finish = (end: typeof commit) => async (incoming: Parameters<typeof commit>[0]) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    try {
      await end(id)
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
  }

  adapter.beginTransaction = async (options) => {
    const release = await acquire()
    try {
      const id = await begin(options)
      if (id === null) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  adapter.commitTransaction = finish(commit)
  adapter.rollbackTransaction = finish(rollback)
  return adapter
}
