import type { BaseDatabaseAdapter } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

const ahead = new AsyncLocalStorage<true>()

/**
 * Runs `fn` with its transactions ahead of those waiting for a permit. The outbox's are a few short
 * statements each; behind a burst of approvals (one long transaction each) a delivery would wait for all of them.
 */
export const transactionsFirst = <T>(fn: () => Promise<T>): Promise<T> => ahead.run(true, fn)

/** A counting semaphore: acquire() resolves with a release function once a permit is free; `first` jumps the queue. */
function semaphore(permits: number) {
  let free = permits
  const waiting: { first: boolean; grant: () => void }[] = []
  const release = () => {
    const next = waiting.shift()
    // On the next turn of the event loop: SQLite's driver answers synchronously, so a chain of transactions
    // handed on in microtasks would run a whole burst before any socket is read (a reader, a channel's answer).
    if (next) setImmediate(next.grant)
    else free++
  }
  return {
    acquire: (first: boolean): Promise<() => void> =>
      new Promise((resolve) => {
        const grant = () => resolve(once(release))
        if (free > 0) {
          free--
          return grant()
        }
        // A first one waits behind the first ones already waiting, ahead of the rest.
        const at = first ? waiting.findIndex((w) => !w.first) : -1
        waiting.splice(at === -1 ? waiting.length : at, 0, { first, grant })
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
 * Transactions begun inside `transactionsFirst` take the next free permit before the others waiting.
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
    const release = await acquire(ahead.getStore() === true)
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
