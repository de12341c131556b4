import type { CollectionSlug, PayloadRequest } from 'payload'

import { isStaff } from '../access'
import { errorResponse } from '../errors'
import { type FieldChange, fieldChanges, leavesOf, type Ref, refKey, refsIn } from './changes'
import type { PublishedVersion, ReviewTarget } from './target'

export type ChangesBody = { base: null | { id: null | number | string; publishedAt: null | string }; fields: FieldChange[] }

/** What the public reads for each named document: a file's name, an item's title. */
async function namesOf(req: PayloadRequest, refs: Ref[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const byCollection = new Map<string, string[]>()
  for (const ref of refs) byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id])
  for (const [slug, ids] of byCollection) {
    const collection = req.payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const title = collection.upload ? 'filename' : (collection.admin?.useAsTitle ?? 'id')
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      draft: true,
      overrideAccess: false,
      pagination: false,
      req,
      where: { id: { in: [...new Set(ids)] } },
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const name = doc[title]
      if (typeof name === 'string' && name) names.set(refKey({ collection: slug, id: String(doc.id) }), name)
    }
  }
  return names
}

/**
 * The version under review (the newest draft) against the version the public has: the last one published.
 * A document published before its version records were kept (or whose records were pruned) is its own base.
 */
async function changesOf(req: PayloadRequest, target: ReviewTarget): Promise<ChangesBody | null> {
  const draft = await target.read(req, true)
  if (!draft) return null
  let base: null | PublishedVersion = await target.lastPublished(req)
  if (!base) {
    const live = await target.read(req, false)
    if (live?._status === 'published') base = { doc: live, id: null, publishedAt: typeof live.updatedAt === 'string' ? live.updatedAt : null }
  }
  const after = leavesOf(target.fields, draft)
  const before = base ? leavesOf(target.fields, base.doc) : null
  const names = await namesOf(req, [...refsIn(after), ...refsIn(before ?? [])])
  return { base: base && { id: base.id, publishedAt: base.publishedAt }, fields: fieldChanges(before, after, names) }
}

/** `GET …/changes`: what changed in the version under review, field by field; for staff only. */
export async function answerChanges(req: PayloadRequest, targetOf: () => null | ReviewTarget): Promise<Response> {
  // Drafts and what a reviewer weighs are for staff only: the public and printers read what is published.
  if (!isStaff(req.user)) return errorResponse(403, 'forbidden', '无权查看 / Not allowed')
  const target = targetOf()
  const body = target && (await changesOf(req, target))
  return body ? Response.json(body) : errorResponse(404, 'not-found', '未找到该条目 / Not found')
}
