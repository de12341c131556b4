import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../src/access'

/**
 * Readers who may not see drafts get the published version, whatever they ask: with `?draft=true` Payload
 * would otherwise look at the newest version, find a draft the read rule hides, and drop the published
 * item from lists altogether.
 */
export const publishedOnlyForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !args.overrideAccess && !isStaff(req.user)) args.draft = false
  return args
}
