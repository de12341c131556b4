import { describe, expect, it } from 'vitest'

import { PUBLISHABLE_SLUGS } from '../../src/plugin'
import { publicPaths } from '../../src/publicCache/front'
import { PUBLIC_COLLECTIONS } from '../../src/publicCache/publicContent'
import { FreshVersion } from '../../src/publicCache/versions'

describe('FreshVersion', () => {
  it('a caller arriving while a read is under way waits for the next read, which all such callers share', async () => {
    const pending: Array<(token: string) => void> = []
    let reads = 0
    const fresh = new FreshVersion({ close: async () => {}, read: () => (reads++, new Promise<string>((resolve) => pending.push(resolve))) })
    const turn = () => new Promise((resolve) => setImmediate(resolve))
    // Callers of one event-loop turn share a read that starts after all of them.
    const first = fresh.read()
    const alsoFirst = fresh.read()
    expect(reads).toBe(0)
    await turn()
    expect(reads).toBe(1)
    // The database changes after that read began: later callers must not get its answer.
    const second = fresh.read()
    const third = fresh.read()
    await turn()
    expect(reads).toBe(1)
    pending[0]!('v1')
    expect(await first).toBe('v1')
    expect(await alsoFirst).toBe('v1')
    await turn()
    expect(reads).toBe(2)
    pending[1]!('v2')
    expect(await second).toBe('v2')
    expect(await third).toBe('v2')
    // Idle again: the next caller starts a read of its own.
    const fourth = fresh.read()
    await turn()
    expect(reads).toBe(3)
    pending[2]!('v3')
    expect(await fourth).toBe('v3')
  })

  it('a failed read fails its callers and the next caller reads again', async () => {
    let n = 0
    const fresh = new FreshVersion({ close: async () => {}, read: async () => (++n === 1 ? Promise.reject(new Error('down')) : 'v2') })
    await expect(fresh.read()).rejects.toThrow('down')
    expect(await fresh.read()).toBe('v2')
  })
})

describe('public paths', () => {
  const isPublic = publicPaths(['news', 'annual-reports', 'media'], ['organ'])
  it('lists, items, report renderings and the organ; not media files, previews, workflow or other collections', () => {
    for (const path of ['/api/news', '/api/news/', '/api/news/12', '/api/annual-reports/3/report.html', '/api/annual-reports/3/report.pdf', '/api/media/5', '/api/globals/organ']) {
      expect(isPublic(path), path).toBe(true)
    }
    for (const path of ['/api/media/file/a.png', '/api/news/12/preview/wechat', '/api/news/12/workflow', '/api/users', '/api/disclosure-requests/status', '/api/globals/check-settings', '/api/newsletters', '/admin']) {
      expect(isPublic(path), path).toBe(false)
    }
  })
})

describe('public content', () => {
  it('is every publishable collection and media, nothing else', () => {
    expect([...PUBLIC_COLLECTIONS].sort()).toEqual([...PUBLISHABLE_SLUGS, 'media'].sort())
  })
})
