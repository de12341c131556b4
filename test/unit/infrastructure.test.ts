import type { BaseDatabaseAdapter } from 'payload'

import { type Client, createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/infra/db'
import { limitTransactions, transactionsFirst } from '../../src/infra/limitTransactions'
import { reuseSqliteConnections } from '../../src/infra/reuseSqliteConnections'
import { asyncLockWaits } from '../../src/infra/sqliteLockWait'

describe('databaseKind', () => {
  it('chooses the adapter from the URL scheme', () => {
    expect(databaseKind('file:./data/cms.db')).toBe('sqlite')
    expect(databaseKind('postgres://postgres@127.0.0.1:5432/gov')).toBe('postgres')
    expect(databaseKind('postgresql://u@h/db')).toBe('postgres')
    expect(databaseKind('mongodb://127.0.0.1/gov')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/gov')).toBe('mongodb')
  })

  it('names the problem for anything else', () => {
    expect(() => databaseKind('mysql://root@localhost/gov')).toThrow(/DATABASE_URL/)
  })
})

describe('limitTransactions', () => {
  /** A fake adapter that records how many transactions are open at once. */
  function recordingAdapter() {
    let open = 0
    let next = 0
    const stats = { maxOpen: 0 }
    const adapter = {
      beginTransaction: async () => {
        open++
        stats.maxOpen = Math.max(stats.maxOpen, open)
        return `tx${++next}`
      },
      commitTransaction: async () => {
        open--
      },
      rollbackTransaction: async () => {
        open--
      },
    } as unknown as BaseDatabaseAdapter
    return { adapter, stats }
  }

  const work = async (adapter: BaseDatabaseAdapter, fail = false) => {
    const id = (await adapter.beginTransaction())!
    await new Promise((r) => setTimeout(r, 5))
    await (fail ? adapter.rollbackTransaction(id) : adapter.commitTransaction(id))
  }

  it('never lets more than the given number of transactions be open', async () => {
    const { adapter, stats } = recordingAdapter()
    limitTransactions(adapter, 3)
    await Promise.all(Array.from({ length: 20 }, (_, i) => work(adapter, i % 4 === 0)))
    expect(stats.maxOpen).toBe(3)
  })

  it('serialises completely with one permit and still finishes every transaction', async () => {
    const { adapter, stats } = recordingAdapter()
    limitTransactions(adapter, 1)
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => work(adapter)))
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    expect(stats.maxOpen).toBe(1)
  })

  it('gives the permit back when beginning a transaction fails', async () => {
    const { adapter } = recordingAdapter()
    let failNext = true
    const begin = adapter.beginTransaction
    adapter.beginTransaction = async (...args) => {
      if (failNext) {
        failNext = false
        throw new Error('connection refused')
      }
      return begin(...args)
    }
    limitTransactions(adapter, 1)
    await expect(adapter.beginTransaction()).rejects.toThrow('connection refused')
    await expect(work(adapter)).resolves.toBeUndefined()
  })

  it('lets transactions begun inside transactionsFirst through ahead of those already waiting, in their own order', async () => {
    const { adapter } = recordingAdapter()
    limitTransactions(adapter, 1)
    const order: string[] = []
    const named = async (name: string) => {
      const id = (await adapter.beginTransaction())!
      order.push(name)
      await new Promise((r) => setTimeout(r, 2))
      await adapter.commitTransaction(id)
    }
    const holder = named('holder')
    const waiting = ['a', 'b', 'c'].map(named)
    const first = ['outbox-1', 'outbox-2'].map((name) => transactionsFirst(() => named(name)))
    await Promise.all([holder, ...waiting, ...first])
    expect(order).toEqual(['holder', 'outbox-1', 'outbox-2', 'a', 'b', 'c'])
  })
})

describe('asyncLockWaits', () => {
  const HOLD_LOCK = `const db = new (require('libsql'))(process.argv[1]); db.exec('begin immediate; insert into t values (2)');
    process.stdout.write('locked\\n'); setTimeout(() => db.exec('commit'), 300)`
  /** A real SQLite file, and an adapter whose client is wrapped as the app wraps it. */
  async function wrappedClient(url: string) {
    const adapter = { client: undefined as unknown as Client, connect: async () => void (adapter.client = createClient({ url })) }
    const wrapped = reuseSqliteConnections(asyncLockWaits(adapter as unknown as BaseDatabaseAdapter, 5000), url.slice('file:'.length), 5000)
    await wrapped.connect!({ hotReload: false })
    return adapter.client
  }

  it('runs transactions on kept connections: what commits is there, what rolls back is not, and no handle is left open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reuse-'))
    const openFiles = () => readdirSync('/proc/self/fd').length
    try {
      const mine = await wrappedClient(`file:${dir}/t.db`)
      await mine.execute('create table t (n integer)')
      const before = openFiles()
      for (let n = 0; n < 300; n++) {
        const tx = await mine.transaction('write')
        await tx.execute({ args: [n], sql: 'insert into t values (?)' })
        await (n % 3 === 0 ? tx.rollback() : tx.commit())
      }
      // @libsql/client alone opened a connection (database and WAL files) for each of the 300.
      expect(openFiles() - before).toBeLessThanOrEqual(4)
      const { rows } = await mine.execute('select count(*) as c, min(n) as low from t')
      expect(rows[0]).toMatchObject({ c: 200, low: 1 })
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  })

  it("makes writes wait for another process's lock on a timer: no SQLITE_BUSY, and the event loop keeps running", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'busy-'))
    const url = `file:${dir}/t.db`
    try {
      const mine = await wrappedClient(url)
      await mine.execute('create table t (n integer)')
      const write = async (n: number) => void (await mine.execute(`insert into t values (${n})`))
      const transaction = async (n: number) => {
        const tx = await mine.transaction('write')
        await tx.execute(`insert into t values (${n})`)
        await tx.commit()
      }
      // Each way round, the first waits while another process holds the write lock for 300 ms, and the connection
      // it was refused on must not spoil the second (libsql leaves the refused statement active there).
      for (const [first, second] of [
        [write, transaction],
        [transaction, write],
      ] as const) {
        const other = spawn(process.execPath, ['-e', HOLD_LOCK, `${dir}/t.db`], { stdio: ['ignore', 'pipe', 'inherit'] })
        await new Promise((resolve) => other.stdout!.once('data', resolve))
        let ticks = 0
        const ticking = setInterval(() => ticks++, 10)
        await first(1)
        clearInterval(ticking)
        await second(3)
        // SQLite's own busy wait would have blocked the loop for the whole 300 ms.
        expect(ticks).toBeGreaterThan(10)
      }
      expect((await mine.execute('select count(*) as n from t')).rows[0]!.n).toBe(6)
      mine.close()
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  })
})
