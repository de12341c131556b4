import { createHash } from 'node:crypto'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const signedIn = (request: Request) =>
  Boolean(request.headers.get('authorization')) || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** The newest `updatedAt` in a REST answer: one document, a page of them, or a global. */
function lastModified(body: unknown): Date | null {
  const docs = (body as { docs?: unknown[] })?.docs ?? [body]
  let newest = 0
  for (const doc of docs) {
    const at = Date.parse((doc as { updatedAt?: string })?.updatedAt ?? '')
    if (at > newest) newest = at
  }
  return newest ? new Date(Math.floor(newest / 1000) * 1000) : null
}

/**
 * Public reads for the website: ETag (hash of the body) and Last-Modified on every anonymous 200 GET, and
 * 304 without a body when the site's copy is current. `no-cache` lets caches keep the answer but makes them
 * ask again each time, so a withdrawal is never served from a cache. Signed-in answers are never cached.
 */
export function withConditionalGet<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const response = await handler(request, context)
    if (request.method !== 'GET' || response.status !== 200) return response
    const headers = new Headers(response.headers)
    if (signedIn(request)) {
      headers.set('cache-control', 'private, no-store')
      return new Response(response.body, { headers, status: 200 })
    }
    const body = Buffer.from(await response.arrayBuffer())
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    headers.set('etag', etag)
    headers.set('cache-control', 'public, no-cache')
    let modified: Date | null = null
    if ((headers.get('content-type') ?? '').includes('json')) {
      modified = lastModified(JSON.parse(body.toString('utf8')))
      if (modified) headers.set('last-modified', modified.toUTCString())
    }
    const ifNoneMatch = request.headers.get('if-none-match')
    const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
    const fresh = ifNoneMatch
      ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
      : Boolean(modified && ifModifiedSince >= modified.getTime())
    if (fresh) {
      headers.delete('content-length')
      return new Response(null, { headers, status: 304 })
    }
    return new Response(body, { headers, status: 200 })
  }
}
