import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'

/**
 * What a database holds, as one SHA-256 per collection, per collection's versions and per global (so a failed
 * comparison names what changed), plus the upload folder's file list. Everything is read with the Local API,
 * access overridden, depth 0, hidden fields included and drafts as drafts.
 */
export type DatabaseSnapshot = Record<string, string>

/** JSON with every object's keys sorted: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Rows in a stable order whatever order the database returns them in. */
const byId = (docs: { id?: unknown }[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))

/**
 * No field of this system changes without a write, except what the server's clock does by itself: its job
 * scheduler's bookkeeping (the `payload-jobs-stats` global) and the jobs it queues on schedule (`meta.scheduled`:
 * the minute's scheduled publication, the hourly request refresh), which are left out. Whatever those jobs
 * change is not. (Failed sign-ins are counted in the server's memory, not in the database.)
 */
export async function databaseSnapshot(payload: Payload, mediaDir?: string): Promise<DatabaseSnapshot> {
  const parts: [string, () => Promise<unknown>][] = []
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const drafts = Boolean(collection.versions && collection.versions.drafts)
    parts.push([
      slug,
      () =>
        payload
          .find({ collection: slug, depth: 0, draft: drafts, overrideAccess: true, pagination: false, showHiddenFields: true })
          .then((r) =>
            byId((r.docs as { id?: unknown; meta?: { scheduled?: boolean } }[]).filter((doc) => slug !== 'payload-jobs' || !doc.meta?.scheduled)),
          ),
    ])
    if (collection.versions) {
      parts.push([
        `${slug} (versions)`,
        () =>
          payload
            .findVersions({ collection: slug, depth: 0, limit: 0, overrideAccess: true, pagination: false, showHiddenFields: true })
            .then((r) => byId(r.docs as { id?: unknown }[])),
      ])
    }
  }
  for (const global of payload.config.globals) {
    if (global.slug === 'payload-jobs-stats') continue
    const slug = global.slug as GlobalSlug
    const drafts = Boolean(global.versions && global.versions.drafts)
    parts.push([`globals/${slug}`, () => payload.findGlobal({ slug, depth: 0, draft: drafts, overrideAccess: true, showHiddenFields: true })])
    if (global.versions) {
      parts.push([
        `globals/${slug} (versions)`,
        () =>
          payload
            .findGlobalVersions({ slug, depth: 0, limit: 0, overrideAccess: true, pagination: false, showHiddenFields: true })
            .then((r) => byId(r.docs as { id?: unknown }[])),
      ])
    }
  }
  const read = await Promise.all(parts.map(([, readAll]) => readAll()))
  const snapshot: DatabaseSnapshot = Object.fromEntries(parts.map(([name], i) => [name, sha256(canonicalJson(read[i]))]))
  if (mediaDir) snapshot['media folder'] = sha256(canonicalJson((readdirSync(mediaDir, { recursive: true }) as string[]).sort()))
  return snapshot
}
