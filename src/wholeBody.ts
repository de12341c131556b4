type Handler<C> = (request: Request, context: C) => Promise<Response>

/**
 * Reads what a handler left of the request body before its answer goes out. A handler that refuses before
 * parsing (a size limit, a forged signature, the rate limit) leaves the body unread, and Next then closes the
 * connection on it: with the rest of a large body unread that close is a reset, and a client still sending
 * never reads the answer (a broken pipe instead of 413 or 401; behind the cache front, a 502). Payload's own
 * handlers read every body in full, so reading a refused one to its end costs no more than accepting it would.
 */
export function withWholeBody<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const response = await handler(request, context)
    // A client that gives up sending has nothing left to answer.
    if (request.body && !request.bodyUsed) await request.body.pipeTo(new WritableStream()).catch(() => {})
    return response
  }
}
