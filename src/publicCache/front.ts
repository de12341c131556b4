import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import type { FreshVersion } from './versions'

import { notModified } from '../channels/conditionalGet'

/**
 * The public read path: anonymous GETs of published content answered from memory, checked against the public
 * version token on every request (so a change committed anywhere is seen by the next read), everything else
 * passed through to the application server unchanged. A miss asks the application server once per key and
 * token, however many readers are waiting.
 */
export type FrontOptions = {
  /** the application server (Next, or Payload's REST handler), e.g. http://127.0.0.1:3001 */
  upstream: URL
  version: FreshVersion
  /** which paths hold public content (lists, items, renderings): anything else is never cached */
  isPublic: (pathname: string) => boolean
  /** memory for cached answers (default 64 MB); the least recently used go first */
  maxBytes?: number
}

type Entry = { body: Buffer; headers: Record<string, string>; size: number; status: number; token: string }

const KEPT_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'cache-control',
  'content-disposition',
  'vary',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
]
/**
 * How long a connection to the application server stays idle in the pool before the front closes it: well under
 * the application server's own keep-alive (`npm start` gives Next twice this), so the front is always the one to
 * close it, never the other side just as a request goes out on it.
 */
export const UPSTREAM_IDLE_MS = 30_000
/** One answer larger than this is passed on but not kept: a few such would crowd out thousands of lists. */
const MAX_ENTRY_FRACTION = 16

const signedIn = (req: IncomingMessage) => Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/** Least recently used first out, bounded by bytes. */
class Lru {
  private entries = new Map<string, Entry>()
  bytes = 0
  constructor(readonly maxBytes: number) {}
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }
  set(key: string, entry: Entry) {
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.size
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= old.size
    }
  }
  delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }
  get size() {
    return this.entries.size
  }
}

export type Front = {
  cache: { bytes: number; entries: () => number }
  handle: (req: IncomingMessage, res: ServerResponse) => void
  server: http.Server
}

export function createFront(options: FrontOptions): Front {
  const lru = new Lru(options.maxBytes ?? 64 * 1024 * 1024)
  const filling = new Map<string, { promise: Promise<Entry>; token: string }>()
  // `timeout` closes idle pooled connections only (Node's agent does not cut a request in progress).
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: UPSTREAM_IDLE_MS })

  /**
   * The upstream answer for an anonymous GET, in full. A kept-alive connection the application server closed
   * just as it was reused fails before any answer: the GET is safe to send again, once, as proxies do — on a new
   * connection, as the pool's other idle ones may have been closed at the same moment.
   */
  const fetchUpstream = (path: string, req: IncomingMessage, token: string): Promise<Entry> =>
    fetchOnce(path, req, token, agent).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
      return fetchOnce(path, req, token, false)
    })
  const fetchOnce = (path: string, req: IncomingMessage, token: string, via: false | http.Agent) =>
    new Promise<Entry>((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { accept: req.headers.accept ?? '*/*', host: req.headers.host ?? options.upstream.host }
      if (req.headers.origin) headers.origin = req.headers.origin
      if (req.headers['accept-language']) headers['accept-language'] = req.headers['accept-language']
      const upstream = http.request(new URL(path, options.upstream), { agent: via, headers, method: 'GET' }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          const kept: Record<string, string> = {}
          for (const name of KEPT_HEADERS) {
            const value = response.headers[name]
            if (typeof value === 'string') kept[name] = value
          }
          resolve({ body, headers: kept, size: body.length + path.length + 256, status: response.statusCode ?? 502, token })
        })
      })
      upstream.on('error', reject)
      upstream.end()
    })

  /** One upstream request per key and token: readers arriving meanwhile with the same token share it. */
  const fill = (key: string, path: string, req: IncomingMessage, token: string): Promise<Entry> => {
    const pending = filling.get(key)
    if (pending && pending.token === token) return pending.promise
    const promise = fetchUpstream(path, req, token).then((entry) => {
      if (entry.status === 200 && entry.size <= lru.maxBytes / MAX_ENTRY_FRACTION) lru.set(key, entry)
      return entry
    })
    filling.set(key, { promise, token })
    const done = () => {
      if (filling.get(key)?.promise === promise) filling.delete(key)
    }
    promise.then(done, done)
    return promise
  }

  const serve = (req: IncomingMessage, res: ServerResponse, entry: Entry, hit: boolean) => {
    const headers: http.OutgoingHttpHeaders = { ...entry.headers, 'x-cache': hit ? 'hit' : 'miss' }
    const conditional = { ifModifiedSince: req.headers['if-modified-since'], ifNoneMatch: req.headers['if-none-match'] }
    if (entry.status === 200 && notModified(conditional, { etag: entry.headers.etag, lastModified: entry.headers['last-modified'] })) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    headers['content-length'] = entry.body.length
    res.writeHead(entry.status, headers)
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  const cached = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    // The token must be read after this request arrived: see FreshVersion. Without one (a new database the
    // server is still migrating, a database away) nothing is cached: Next answers.
    const token = await options.version.read().catch(() => null)
    if (token === null) return proxy(req, res)
    const key = `${path}\n${req.headers.origin ?? ''}\n${req.headers['accept-language'] ?? ''}`
    const entry = lru.get(key)
    if (entry && entry.token === token) return serve(req, res, entry, true)
    serve(req, res, await fill(key, path, req, token), false)
  }

  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    // The last hop is ours to write (src/clientAddress.ts): never left to the client, even without an address.
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress ?? 'unknown'].filter(Boolean).join(', ')
    const upstream = http.request(
      new URL(req.url ?? '/', options.upstream),
      { agent, headers: { ...req.headers, 'x-forwarded-for': forwarded }, method: req.method },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.rawHeaders)
        response.pipe(res)
      },
    )
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      console.error(`${req.method} ${req.url} failed upstream: ${error.code ?? ''} ${error.message}`)
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('上游服务不可用 / Upstream unavailable')
    })
    req.pipe(upstream)
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/'
    const pathname = path.split('?')[0]!
    // Next redirects a path with `//` or `\` to another path (308: a write follows it there). An API path with
    // an empty segment — a client that left out an id — names nothing, as Payload itself would answer.
    if (pathname.startsWith('/api/') && /\/\/|\\/.test(pathname)) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'not-found', message: '未找到 / Not Found' }] }))
      return
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && !signedIn(req) && options.isPublic(pathname)) {
      cached(req, res, path).catch((error: unknown) => {
        console.error(`public read ${path} failed: ${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`)
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('上游服务不可用 / Upstream unavailable')
      })
      return
    }
    proxy(req, res)
  }

  const server = http.createServer(handle)
  server.keepAliveTimeout = 65_000
  return {
    cache: {
      get bytes() {
        return lru.bytes
      },
      entries: () => lru.size,
    },
    handle,
    server,
  }
}

/**
 * Public content paths of this system: collections anonymous readers may list and read (and their renderings,
 * e.g. the annual report's HTML and PDF), and the organ's details. Media files stream from disk and are
 * left to the application server.
 */
export function publicPaths(collections: string[], globals: string[]): (pathname: string) => boolean {
  const collection = new RegExp(`^/api/(?:${collections.map(escape).join('|')})(?:/[^/]+(?:/report\\.(?:html|pdf))?)?/?$`)
  const global = new RegExp(`^/api/globals/(?:${globals.map(escape).join('|')})/?$`)
  return (pathname) => (collection.test(pathname) && !pathname.startsWith('/api/media/file/')) || global.test(pathname)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
