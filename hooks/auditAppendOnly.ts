import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { refusal } from '../src/errors'

const APPEND_ONLY = '审核记录只能追加，不能修改或删除 / The audit log is append-only'

/** An audit entry is written once (src/workflow/audit.ts): any update is refused, Local API included. */
export const refuseAuditChange: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw refusal(APPEND_ONLY, 403)
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = () => {
  throw refusal(APPEND_ONLY, 403)
}
