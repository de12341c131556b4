import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { refusal } from '../src/errors'

import { GATE } from '../src/workflow/gate'

export const PUBLISH_REFUSED =
  '发布须经保密审查和审签，请通过审核流程提交 / Publishing needs the confidentiality review and the approval: submit the item for review'

/**
 * Outside the gate every write is a draft: the live version changes only when the gate publishes or
 * withdraws it. An explicit attempt to publish is refused, not quietly turned into a draft.
 */
export const gateWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.context[GATE]) return args
  if ((args.data as { _status?: string } | undefined)?._status === 'published') throw refusal(PUBLISH_REFUSED, 403)
  args.draft = true
  return args
}

export const RESTORE_REFUSED =
  '不能直接恢复旧版本：请按旧版本内容修改后送审 / A version cannot be restored directly: make the changes and submit them for review'

/** The same for a reviewed global: a save is a draft, and what is in force changes only through the gate. */
export const gateGlobalWrites: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (req.context[GATE]) return args
  // Payload restores a global's version straight into the document in force, past every change hook.
  if (operation === 'restoreVersion') throw refusal(RESTORE_REFUSED, 403)
  if (operation !== 'update') return args
  if ((args.data as { _status?: string } | undefined)?._status === 'published') throw refusal(PUBLISH_REFUSED, 403)
  return { ...args, draft: true }
}
