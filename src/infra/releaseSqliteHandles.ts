import type { BaseDatabaseAdapter } from 'payload'

import v8 from 'node:v8'
import vm from 'node:vm'

/** Transactions between two collections: each leaves two file handles (database and WAL) until then. */
const EVERY = 100

/**
 * @libsql/client gives every transaction a connection of its own and never closes it; the native handle is
 * only released when V8 collects the connection object (tursodatabase/libsql-client-ts#350, libsql-js#230).
 * A busy hour — a bench of 100 approvals makes ~5,000 transactions — then runs out of file descriptors
 * ("SQLITE_CANTOPEN"). Until that is fixed upstream, a full collection after every EVERY transactions frees them.
 */
export function releaseSqliteHandles(adapter: BaseDatabaseAdapter): BaseDatabaseAdapter {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  let ended = 0
  let scheduled = false
  const collectSoon = () => {
    if (++ended % EVERY || scheduled) return
    scheduled = true
    setImmediate(() => {
      scheduled = false
      gc()
    })
  }
  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const end = adapter[method].bind(adapter)
    adapter[method] = async (id) => {
      try {
        await end(id)
      } finally {
        collectSoon()
      }
    }
  }
  return adapter
}
