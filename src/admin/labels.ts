import type { AuditAction } from '../workflow/audit'
import type { WorkflowState } from '../workflow/machine'

type Label = { en: string; zh: string }

/** Labels the admin components show, in the two admin languages; keyed by the types, so none can be missing. */
export const STATE_NAMES: Record<WorkflowState, Label> = {
  approved: { en: 'Approved, waiting for its time', zh: '已审签，待定时发布' },
  draft: { en: 'Draft', zh: '草稿' },
  'pending-approval': { en: 'Waiting for approval', zh: '待审签' },
  'pending-review': { en: 'Waiting for review', zh: '待审核' },
  published: { en: 'Published', zh: '已发布' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
}

export const ACTION_NAMES: Record<AuditAction, Label> = {
  acknowledge: { en: 'Confirmed the automated warnings', zh: '确认机器初审提示' },
  approve: { en: 'Approve', zh: '审签通过' },
  check: { en: 'Stopped by the automated checks', zh: '机器初审拦截' },
  'pass-review': { en: 'Pass review', zh: '审核通过' },
  publish: { en: 'Published', zh: '发布' },
  reject: { en: 'Reject', zh: '退回修改' },
  submit: { en: 'Submit for review', zh: '提交审核' },
  void: { en: 'Voided by an edit', zh: '修改后作废' },
  withdraw: { en: 'Withdraw', zh: '撤回' },
}

/** The label of a value read back from stored data, which the types cannot vouch for. */
export const labelOf = <K extends string>(names: Record<K, Label>, key: string): Label | undefined =>
  Object.hasOwn(names, key) ? names[key as K] : undefined
