import { createHash } from 'node:crypto'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const signedIn = (request: Request) =>
  Boolean(request.headers.get('authorization')) || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Whether the reader's copy is current: If-None-Match decides when sent (RFC 9110 §13.2.2), otherwise
 * If-Modified-Since against Last-Modified. Shared by the REST handlers and the public read cache in front of them.
 */
export function notModified(
  request: { ifModifiedSince?: null | string; ifNoneMatch?: null | string },
  answer: { etag?: string; lastModified?: string },
): boolean {
  if (request.ifNoneMatch)
    return Boolean(answer.etag) && request.ifNoneMatch.split(',').some((tag) => tag.trim() === answer.etag || tag.trim() === '*')
  // NaN (a header missing or unreadable) compares false: the answer is sent.
  return Date.parse(request.ifModifiedSince ?? '') >= Date.parse(answer.lastModified ?? '')
}

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
    const fresh = notModified(
      { ifModifiedSince: request.headers.get('if-modified-since'), ifNoneMatch: request.headers.get('if-none-match') },
      { etag, lastModified: modified?.toUTCString() },
    )
    if (fresh) {
      headers.delete('content-length')
      return new Response(null, { headers, status: 304 })
    }
    return new Response(body, { headers, status: 200 })
  }
}
