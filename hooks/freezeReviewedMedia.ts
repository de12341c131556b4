import type { CollectionBeforeOperationHook } from 'payload'

import { refuseFrozenChange } from '../src/workflow/mediaGate'

/** A file that went to review with an item changes only as a new file in a new version (src/workflow/mediaGate.ts). */
export const freezeReviewedMedia: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  await refuseFrozenChange(req, operation, args as Parameters<typeof refuseFrozenChange>[2])
  return args
}
