import http from 'node:http'
import { describe, expect, it } from 'vitest'

import { PUBLISHABLE_SLUGS } from '../../src/publishable'
import { createFront, publicPaths } from '../../src/publicCache/front'
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
    for (const path of [
      '/api/news',
      '/api/news/',
      '/api/news/12',
      '/api/annual-reports/3/report.html',
      '/api/annual-reports/3/report.pdf',
      '/api/media/5',
      '/api/globals/organ',
    ]) {
      expect(isPublic(path), path).toBe(true)
    }
    for (const path of [
      '/api/media/file/a.png',
      '/api/news/12/preview/wechat',
      '/api/news/12/workflow',
      '/api/users',
      '/api/disclosure-requests/status',
      '/api/globals/check-settings',
      '/api/newsletters',
      '/admin',
    ]) {
      expect(isPublic(path), path).toBe(false)
    }
  })
})

describe('public content', () => {
  it('is every publishable collection and media, nothing else', () => {
    expect([...PUBLIC_COLLECTIONS].sort()).toEqual([...PUBLISHABLE_SLUGS, 'media'].sort())
  })
})

describe('the cache front', () => {
  /** A front over this application server, for one test. */
  async function withFront(app: http.RequestListener, test: (url: string) => Promise<void>) {
    const upstream = http.createServer(app)
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const front = createFront({
      isPublic: publicPaths(['news'], []),
      upstream: new URL(`http://127.0.0.1:${(upstream.address() as { port: number }).port}`),
      version: new FreshVersion({ close: async () => {}, read: async () => 'v1' }),
    })
    await new Promise<void>((resolve) => front.server.listen(0, '127.0.0.1', resolve))
    try {
      await test(`http://127.0.0.1:${(front.server.address() as { port: number }).port}`)
    } finally {
      front.server.closeAllConnections()
      upstream.closeAllConnections()
      await Promise.all([new Promise((r) => front.server.close(r)), new Promise((r) => upstream.close(r))])
    }
  }

  it('sends a GET again once when the application server drops the connection before answering', async () => {
    let requests = 0
    const app: http.RequestListener = (req, res) => {
      // The first request meets a connection closing under it (a kept-alive socket the server just timed out).
      if (++requests === 1) return void req.socket.destroy()
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"docs":[]}')
    }
    await withFront(app, async (url) => {
      const res = await fetch(`${url}/api/news`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ docs: [] })
      expect(requests).toBe(2)
    })
  })

  it('the last X-Forwarded-For hop is the address it saw, whatever the client wrote', async () => {
    const app: http.RequestListener = (req, res) => void res.end(req.headers['x-forwarded-for'])
    await withFront(app, async (url) => {
      const res = await fetch(`${url}/api/disclosure-requests/status`, { headers: { 'x-forwarded-for': '203.0.113.9' } })
      expect(await res.text()).toBe('203.0.113.9, 127.0.0.1')
    })
  })

  it('an API path with an empty segment names nothing (404), rather than a redirect elsewhere', async () => {
    let reached = 0
    await withFront(
      (_req, res) => void (reached++, res.end()),
      async (url) => {
        // Raw paths: a URL object would turn the backslash into a slash.
        const post = (path: string) =>
          new Promise<{ status: number; text: string }>((resolve, reject) => {
            const req = http.request(url, { method: 'POST', path }, (res) => {
              let text = ''
              res.on('data', (chunk) => (text += chunk))
              res.on('end', () => resolve({ status: res.statusCode!, text }))
            })
            req.on('error', reject)
            req.end('{"action":"submit"}')
          })
        for (const path of ['/api/news//workflow', '/api//news', '/api/news/1\\x']) {
          const res = await post(path)
          expect(res.status, path).toBe(404)
          expect(JSON.parse(res.text).errors[0].message, path).toContain('Not Found')
        }
        expect(reached).toBe(0)
      },
    )
  })

  it('sends it again on a new connection: the other idle ones may have been closed at the same moment', async () => {
    // Every kept-alive connection the front opened so far is closed under the next request it carries.
    const used = new Set<object>()
    let stale = false
    const upstream = http.createServer((req, res) => {
      if (stale && used.has(req.socket)) return void req.socket.destroy()
      used.add(req.socket)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"docs":[]}')
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const front = createFront({
      isPublic: () => true,
      upstream: new URL(`http://127.0.0.1:${(upstream.address() as { port: number }).port}`),
      version: new FreshVersion({ close: async () => {}, read: async () => 'v1' }),
    })
    await new Promise<void>((resolve) => front.server.listen(0, '127.0.0.1', resolve))
    const read = (query: string) => fetch(`http://127.0.0.1:${(front.server.address() as { port: number }).port}/api/news?${query}`)
    try {
      // Two reads at once leave two idle connections in the front's pool.
      expect((await Promise.all([read('page=1'), read('page=2')])).map((res) => res.status)).toEqual([200, 200])
      expect(used.size).toBe(2)
      stale = true
      const res = await read('page=3')
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ docs: [] })
    } finally {
      front.server.closeAllConnections()
      upstream.closeAllConnections()
      await Promise.all([new Promise((r) => front.server.close(r)), new Promise((r) => upstream.close(r))])
    }
  })
})
