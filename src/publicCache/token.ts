import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

export const PUBLIC_VERSIONS_SLUG = 'public-versions'
export const PUBLIC_VERSIONS_TABLE = 'public_versions'
export const PUBLIC_VERSION_SCOPE = 'public'

/**
 * Public state changed: a new token, written in the caller's transaction, so it commits with the change and a
 * read that starts after the response sees both. A fresh random token rather than a counter: concurrent
 * changes can never leave the same value behind.
 */
export async function bumpPublicVersion(req: PayloadRequest): Promise<void> {
  await req.payload.db.upsert({
    collection: PUBLIC_VERSIONS_SLUG,
    data: { scope: PUBLIC_VERSION_SCOPE, token: randomUUID() },
    req,
    returning: false,
    where: { scope: { equals: PUBLIC_VERSION_SCOPE } },
  })
}

/**
 * The token's row exists before the first change: two first bumps at once would both insert it, and the second
 * would fail on its unique scope (PostgreSQL), taking its change down with it. Run once at start.
 */
export async function ensurePublicVersion(payload: PayloadRequest['payload']): Promise<void> {
  const { totalDocs } = await payload.db.count({ collection: PUBLIC_VERSIONS_SLUG, where: { scope: { equals: PUBLIC_VERSION_SCOPE } } })
  if (!totalDocs) await payload.db.create({ collection: PUBLIC_VERSIONS_SLUG, data: { scope: PUBLIC_VERSION_SCOPE, token: randomUUID() } })
}
