import type { Role } from '../access'

/** One level of 分级审核: who may decide at it, and what it is called. */
export type ReviewLevel = {
  key: string
  label: { en: string; zh: string }
  /** Any of these roles may decide at this level (never the item's editors, never an earlier level's decider). */
  roles: Role[]
}

/** The default two levels: 保密审查 by a reviewer, then 审签 by an approver. */
export const TWO_LEVELS: ReviewLevel[] = [
  { key: 'confidentiality', label: { en: 'Confidentiality review', zh: '保密审查' }, roles: ['reviewer'] },
  { key: 'approval', label: { en: 'Approval', zh: '审签' }, roles: ['approver'] },
]

/**
 * 三审: the office head's first review, the leader in charge's second review (with 保密审查), then the
 * sign-off of the leader responsible for disclosure. Three different people, by separation of duties.
 */
export const THREE_LEVELS: ReviewLevel[] = [
  { key: 'first-review', label: { en: 'First review', zh: '初审' }, roles: ['reviewer'] },
  { key: 'confidentiality', label: { en: 'Second review and confidentiality', zh: '复审（保密审查）' }, roles: ['reviewer'] },
  { key: 'approval', label: { en: 'Final approval', zh: '终审签发' }, roles: ['approver'] },
]

/** The levels a deployment picks by name (`REVIEW_LEVELS`): `2` (default) or `3` (三审). */
export function levelsNamed(name: string | undefined): ReviewLevel[] {
  if (!name || name === '2') return TWO_LEVELS
  if (name === '3') return THREE_LEVELS
  throw new Error(`REVIEW_LEVELS must be 2 or 3, not ${JSON.stringify(name)}`)
}
