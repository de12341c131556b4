import type { BaseDatabaseAdapter } from 'payload'

/**
 * libsql opens a fresh connection for every transaction and runs `BEGIN IMMEDIATE` synchronously, so two
 * concurrent write transactions in one process either fail at once with SQLITE_BUSY or block the event
 * loop that the lock holder needs. SQLite admits one writer at a time anyway: queue them here instead.
 * (Other processes on the same file still wait through busy_timeout.)
 */
export function serializeTransactions(adapter: BaseDatabaseAdapter): BaseDatabaseAdapter {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<number | string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  const acquire = (): Promise<() => void> => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const ready = tail.then(() => release)
    tail = tail.then(() => held)
    return ready
  }

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
