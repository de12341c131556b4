import type { Field, PayloadRequest } from 'payload'

import { flattenTopLevelFields } from 'payload'

import { idOf } from '../relationships'
import { contentHash } from './contentHash'
import { mediaFingerprints, mediaRefs } from './mediaGate'

/** Where the referenced files' fingerprints sit in the hashed content (no field can be named so). */
const MEDIA_KEY = '$media'

/**
 * The hash a review binds to: all content fields, plus every file the version references (upload fields and
 * rich text) with its bytes' SHA-256 and its text fields, so a file or its alt text changed under the same id,
 * or a same-bytes document with other text, is a different version.
 */
export async function itemHash(req: PayloadRequest, collection: { fields: Field[] }, doc: Record<string, unknown>): Promise<string> {
  const content: Record<string, unknown> = { ...doc }
  // Populated or not, an upload is its id.
  for (const field of flattenTopLevelFields(collection.fields)) {
    if (field.type !== 'upload' || !('name' in field)) continue
    const value = doc[field.name]
    if (value) content[field.name] = Array.isArray(value) ? value.map(idOf) : idOf(value)
  }
  const files = await mediaFingerprints(req, await mediaRefs(req, collection, doc))
  if (files.length) content[MEDIA_KEY] = files
  return contentHash(content)
}
