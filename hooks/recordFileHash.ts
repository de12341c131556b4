import type { CollectionBeforeChangeHook } from 'payload'

import { createHash } from 'node:crypto'

/** Each stored file's SHA-256: reviews bind to attachments by id and file hash. */
export const recordFileHash: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.file?.data) data.sha256 = createHash('sha256').update(req.file.data).digest('hex')
  return data
}
