import type { BaseDatabaseAdapter } from 'payload'

import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/db'
import { limitTransactions } from '../../src/limitTransactions'

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
})
