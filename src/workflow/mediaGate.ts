import type { Access, CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import type { Media } from '../payload-types'

import { createLocalReq } from 'payload'

import { isStaff } from '../access'
import { refusal } from '../errors'
import { ownMediaFile } from '../mediaFiles'
import { idOf } from '../relationships'
import { lockRows } from './rowLock'

/**
 * Images and attachments are part of the reviewed version. This module holds the whole rule:
 * - frozen: once a version referencing a media document is submitted (pending-review and later), its file and
 *   its text (alt, caption, file name) never change and it is never deleted — a new file goes into a new draft,
 *   which passes review again;
 * - live: a file is public (listed, searched, its bytes and every image size served) only while a live
 *   published version references it; `liveIn` names those versions, so a withdrawal leaves the file public
 *   when another live version still uses it;
 * - fingerprints: the content hash of an item covers each referenced file's bytes and text fields.
 * The gate (`gate.ts`) calls `freezeMedia` on submit and `moveLiveMedia` on publish and withdrawal, in its
 * transaction; the media collection reads `mediaRead` and runs `refuseFrozenChange` (hooks/freezeReviewedMedia.ts).
 */

export const MEDIA_SLUG = 'media'

/** What of a media document goes out with an item, and so is part of what reviewers passed. */
export const FINGERPRINT_FIELDS = ['sha256', 'alt', 'caption', 'filename', 'mimeType'] as const
export type MediaFingerprint = Record<(typeof FINGERPRINT_FIELDS)[number], null | string>

/** Fields a client may not change on a frozen document (besides the file itself). */
const FROZEN_FIELDS = ['alt', 'caption', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sha256']

type Data = Record<string, unknown>
type LexicalNode = {
  [key: string]: unknown
  children?: unknown
  fields?: { doc?: { relationTo?: string; value?: unknown }; linkType?: string; url?: string }
  relationTo?: string
  type?: string
  value?: unknown
}

/** Media ids and own file URLs in a rich-text value: upload nodes, internal links to media, links to our files. */
function walkRichText(value: unknown, ids: Set<string>, files: Set<string>, serverURL: string) {
  const walk = (node: LexicalNode) => {
    if (node.type === 'upload' && (node.relationTo ?? MEDIA_SLUG) === MEDIA_SLUG && node.value) ids.add(idOf(node.value))
    const fields = node.fields
    if ((node.type === 'link' || node.type === 'autolink') && fields) {
      if (fields.linkType === 'internal' && fields.doc?.relationTo === MEDIA_SLUG && fields.doc.value) ids.add(idOf(fields.doc.value))
      const file = ownMediaFile(fields.url ?? '', serverURL)
      if (file) files.add(file)
    }
    if (Array.isArray(node.children)) for (const child of node.children) if (child && typeof child === 'object') walk(child as LexicalNode)
  }
  const root = (value as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
}

/** Media ids and own file names (`/api/media/file/<name>` links) referenced anywhere in an item's data. */
export function referencedMedia(fields: Field[], doc: Data, serverURL = ''): { files: string[]; ids: string[] } {
  const ids = new Set<string>()
  const files = new Set<string>()
  walkFields(fields, doc, ids, files, serverURL.replace(/\/$/, ''))
  return { files: [...files], ids: [...ids] }
}

/** Upload fields and rich text anywhere in the item: groups, tabs, rows, arrays, blocks. */
function walkFields(fields: Field[], data: Data, ids: Set<string>, files: Set<string>, serverURL: string) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const nested = 'name' in tab && tab.name ? (data[tab.name] as Data | undefined) : data
        if (nested) walkFields(tab.fields, nested, ids, files, serverURL)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) walkFields(field.fields, data, ids, files, serverURL)
      continue
    }
    const value = data[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
        if (field.relationTo === MEDIA_SLUG) for (const v of Array.isArray(value) ? value : [value]) if (v) ids.add(idOf(v))
        break
      case 'richText':
        walkRichText(value, ids, files, serverURL)
        break
      case 'group':
        walkFields(field.fields, value as Data, ids, files, serverURL)
        break
      case 'array':
        for (const row of value as Data[]) walkFields(field.fields, row, ids, files, serverURL)
        break
      case 'blocks':
        for (const row of value as Data[]) {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) walkFields(block.fields, row, ids, files, serverURL)
        }
        break
    }
  }
}

/** Media documents as stored (access passed over: the gate's own reads), with the id and the named fields. */
async function findMedia(req: PayloadRequest, where: Where, fields: readonly string[]): Promise<Array<Data & { id: number | string }>> {
  const { docs } = await req.payload.find({
    collection: MEDIA_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: Object.fromEntries(fields.map((f) => [f, true])),
    where,
  })
  return docs as unknown as Array<Data & { id: number | string }>
}

/** Every media document an item's version references, sorted by id. */
export async function mediaRefs(req: PayloadRequest, collection: { fields: Field[] }, doc: Data): Promise<string[]> {
  const found = referencedMedia(collection.fields, doc, req.payload.config.serverURL ?? '')
  const ids = new Set(found.ids)
  if (found.files.length) {
    // A link to one of our file URLs (the original or an image size) references that document too.
    const sizes = (req.payload.collections[MEDIA_SLUG].config.upload.imageSizes ?? []).map((s) => s.name)
    const names = found.files
    const docs = await findMedia(
      req,
      { or: [{ filename: { in: names } }, ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { in: names } }))] },
      [],
    )
    for (const file of docs) ids.add(String(file.id))
  }
  return [...ids].sort()
}

/** The reviewed part of each referenced media document (null for one that no longer exists). */
export async function mediaFingerprints(req: PayloadRequest, ids: string[]): Promise<Array<{ file: MediaFingerprint | null; id: string }>> {
  if (!ids.length) return []
  const docs = await findMedia(req, { id: { in: ids } }, FINGERPRINT_FIELDS)
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  return ids.map((id) => {
    const doc = byId.get(id)
    return {
      file: doc ? (Object.fromEntries(FINGERPRINT_FIELDS.map((f) => [f, (doc[f] as null | string | undefined) ?? null])) as MediaFingerprint) : null,
      id,
    }
  })
}

type MediaState = Pick<Media, 'frozen' | 'live' | 'liveIn'> & { id: number | string }

async function states(req: PayloadRequest, ids: string[]): Promise<MediaState[]> {
  if (!ids.length) return []
  await lockRows(req, MEDIA_SLUG, ids)
  return (await findMedia(req, { id: { in: ids } }, ['frozen', 'live', 'liveIn'])) as unknown as MediaState[]
}

// The gate's own bookkeeping: written straight to the database, past the hooks that refuse changes to frozen media.
const write = (req: PayloadRequest, id: number | string, data: Partial<MediaState>) =>
  req.payload.db.updateOne({ id, collection: MEDIA_SLUG, data, req, returning: false })

/** A version referencing these files was submitted: from now on they are part of a reviewed version. */
export async function freezeMedia(req: PayloadRequest, ids: string[]): Promise<void> {
  for (const media of await states(req, ids)) if (!media.frozen) await write(req, media.id, { frozen: true })
}

/**
 * The live version of item `key` (`<collection>:<id>`) now references `next` instead of `previous` (publish:
 * the old live version's files and the new one's; withdrawal: `next` is empty). Each file is public while any
 * live version lists it.
 */
export async function moveLiveMedia(req: PayloadRequest, key: string, previous: string[], next: string[]): Promise<void> {
  const keep = new Set(next)
  for (const media of await states(req, [...new Set([...previous, ...next])])) {
    const others = (media.liveIn ?? []).filter((k) => k !== key)
    const liveIn = keep.has(String(media.id)) ? [...others, key].sort() : others
    const live = liveIn.length > 0
    if (live !== Boolean(media.live) || liveIn.join() !== (media.liveIn ?? []).join())
      await write(req, media.id, { live, liveIn, ...(live ? { frozen: true } : {}) })
  }
}

const LIVE: Where = { live: { equals: true } }

/** Staff read every file; everyone else only files a live published version references. */
export const mediaRead: Access = ({ req }) => isStaff(req.user) || LIVE

export const FROZEN_MESSAGE =
  '该文件已随条目送审或发布，不能修改或删除；请上传新文件，在新草稿中引用并重新送审 / This file is part of a version in review or published and cannot be changed or deleted: upload a new file, reference it in a new draft and submit that for review'

const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)

/**
 * Before Payload touches the file store (it deletes replaced files before any change hook runs): a client's
 * change of a frozen document's file or text, or its deletion, is refused. Unchanged values, as the admin form
 * sends them back, pass.
 */
export async function refuseFrozenChange(
  req: PayloadRequest,
  operation: string,
  args: { data?: unknown; id?: unknown; where?: Where },
): Promise<void> {
  if (operation !== 'update' && operation !== 'delete') return
  const where: Where | undefined = args.id !== undefined && args.id !== null ? { id: { equals: args.id } } : args.where
  if (!where) return
  const docs = await findMedia(req, { and: [where, { frozen: { equals: true } }] }, FROZEN_FIELDS)
  if (!docs.length) return
  if (operation === 'delete') throw refusal(FROZEN_MESSAGE, 409)
  // Payload drops a client's file name before this hook (args.data) without a word: read it from the request.
  const data = { ...(req.data as Data | undefined), ...(args.data as Data | undefined) }
  // Crops, resizes and a new focal point (the admin's image editor) rewrite the file and its sizes.
  const edits = (req.query as Data | undefined)?.uploadEdits as Data | undefined
  const point = (edits?.focalPoint ?? null) as null | { x?: unknown; y?: unknown }
  const changes = (doc: Data) =>
    FROZEN_FIELDS.some((f) => f in data && differs(data[f], doc[f])) ||
    Boolean(edits && typeof edits === 'object' && (edits.crop || edits.heightInPixels || edits.widthInPixels)) ||
    Boolean(point && (Number(point.x) !== doc.focalX || Number(point.y) !== doc.focalY))
  if (req.file || docs.some(changes)) throw refusal(FROZEN_MESSAGE, 409)
}

const ADOPTED = 'govPublishing:mediaGateAdopted'
const REVIEWED_STATES = ['pending-review', 'pending-approval', 'approved', 'published', 'withdrawn']

/**
 * A database from before the media gate, once: the files of every live version become live and frozen, and
 * those of every version in review (or reviewed) frozen. Later the gate keeps them itself.
 */
export async function adoptExistingMedia(payload: Payload, collections: CollectionSlug[]): Promise<void> {
  if (await payload.kv.has(ADOPTED)) return
  const req = await createLocalReq({}, payload)
  const frozen = new Set<string>()
  const liveIn = new Map<string, string[]>()
  for (const slug of collections) {
    const collection = payload.collections[slug].config
    for (const draft of [false, true]) {
      const { docs } = await payload.find({
        collection: slug,
        depth: 0,
        draft,
        overrideAccess: true,
        pagination: false,
        req,
        where: draft ? { 'workflow.state': { in: REVIEWED_STATES } } : { _status: { equals: 'published' } },
      })
      for (const doc of docs as unknown as Data[]) {
        for (const id of await mediaRefs(req, collection, doc)) {
          frozen.add(id)
          if (!draft) liveIn.set(id, [...(liveIn.get(id) ?? []), `${slug}:${String(doc.id)}`])
        }
      }
    }
  }
  const existing = await states(req, [...frozen])
  for (const media of existing) {
    const keys = [...new Set(liveIn.get(String(media.id)) ?? [])].sort()
    await write(req, media.id, { frozen: true, ...(keys.length ? { live: true, liveIn: keys } : {}) })
  }
  await payload.kv.set(ADOPTED, new Date().toISOString())
}
