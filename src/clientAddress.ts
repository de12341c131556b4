/**
 * The caller's address as the cache front (src/publicCache/front.ts) saw it on its socket: the front appends
 * it to X-Forwarded-For, so the last hop is the one no client can write — earlier hops are whatever the client
 * sent. Next, listening on 127.0.0.1 behind the front, leaves a present X-Forwarded-For as it is.
 */
export const clientAddress = (headers: Headers | undefined): null | string =>
  headers?.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null
