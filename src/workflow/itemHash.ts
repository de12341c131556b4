import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { flattenTopLevelFields } from 'payload'

import { idOf } from '../relationships'
import { contentHash } from './contentHash'

/**
 * The hash a review binds to: all content fields, with every attachment and image replaced by its id and
 * its file's SHA-256 (so a file swapped under the same id is a different version).
 */
export async function itemHash(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
): Promise<string> {
  const uploads = flattenTopLevelFields(collection.fields).filter(
    (f): f is { name: string; type: 'upload' } & typeof f => f.type === 'upload' && 'name' in f,
  )
  const ids = new Set<string>()
  for (const field of uploads) {
    const value = doc[field.name]
    for (const v of Array.isArray(value) ? value : value ? [value] : []) ids.add(idOf(v))
  }
  const files = new Map<string, string>()
  if (ids.size) {
    const { docs } = await req.payload.find({
      collection: 'media',
      depth: 0,
      limit: ids.size,
      overrideAccess: true,
      pagination: false,
      req,
      select: { sha256: true },
      where: { id: { in: [...ids] } },
    })
    for (const file of docs) files.set(String(file.id), (file as { sha256?: string }).sha256 ?? '')
  }
  const content: Record<string, unknown> = { ...doc }
  for (const field of uploads) {
    const ref = (v: unknown) => ({ id: idOf(v), sha256: files.get(idOf(v)) ?? null })
    const value = doc[field.name]
    if (value) content[field.name] = Array.isArray(value) ? value.map(ref) : ref(value)
  }
  return contentHash(content)
}
