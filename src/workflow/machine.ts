/**
 * The publishing gate as a pure state machine: 分级审核、先审后发. No Payload, no I/O — the hooks and the
 * endpoint feed it a snapshot of the item and apply what it decides.
 */
import type { Role } from '../access'
import type { ReviewLevel } from './levels'

import { zh } from '../../translations/zh'

export const STATES = ['draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof STATES)[number]

export const ACTIONS = ['submit', 'pass-review', 'approve', 'reject', 'withdraw'] as const
export type WorkflowAction = (typeof ACTIONS)[number]

export type Decision = {
  /** warnings of the machine first pass the decider confirmed having checked */
  acknowledgedWarnings?: number
  action: WorkflowAction
  at: string
  comment?: string
  from: WorkflowState
  /** SHA-256 of the normalised content the decision was about */
  hash: string
  /** review level decided at (null for submit and withdraw) */
  level: null | number
  role: null | Role
  to: WorkflowState
  userId: string
}

export type WorkflowSnapshot = {
  /** decisions of the current round (since the last submit) */
  decisions: Decision[]
  /** everyone who wrote content of the version under review (the author included) */
  editors: string[]
  /** hash of the content as submitted (null while a draft) */
  hash: null | string
  /** index into the levels while pending */
  level: null | number
  /** warnings of the machine first pass on the submitted version that no decider has confirmed yet */
  openWarnings: number
  state: WorkflowState
}

export type Actor = { id: string; roles: readonly string[] }

export type Refusal = { code: string; message: string; ok: false; status: 400 | 403 | 409 }
export type Transition = { decision: Decision; level: null | number; ok: true; state: WorkflowState }

const refuse = (status: Refusal['status'], code: string, zh: string, en: string): Refusal => ({
  code,
  message: `${zh} / ${en}`,
  ok: false,
  status,
})

/** Waiting at a review level: the version is frozen for its deciders. */
export const awaitsDecision = (state: WorkflowState | null | undefined): boolean => state === 'pending-review' || state === 'pending-approval'

/** The state an item is in while waiting at a level: the last level is 审签, all before it are reviews. */
export const pendingState = (level: number, levels: ReviewLevel[]): WorkflowState =>
  level === levels.length - 1 ? 'pending-approval' : 'pending-review'

export type DecideInput = {
  /** the decider confirms the machine's warnings were looked at */
  acknowledged?: boolean
  action: WorkflowAction
  actor: Actor
  comment?: string
  /** hash of the content as it is now */
  contentHash: string
  levels: ReviewLevel[]
  now: Date
  snapshot: WorkflowSnapshot
}

const zhState = (state: WorkflowState) => `“${zh.govPublishing.states[state]}”`

const hasAny = (actor: Actor, roles: readonly string[]) => actor.roles.some((r) => roles.includes(r))

/** The role the actor decides in: the first of the level's roles the actor holds. */
const roleAt = (actor: Actor, roles: readonly Role[]): Role | null => roles.find((role) => actor.roles.includes(role)) ?? null

export function decide(input: DecideInput): Refusal | Transition {
  const { acknowledged, action, actor, comment, contentHash, levels, now, snapshot } = input
  const reason = comment?.trim()
  const record = (to: WorkflowState, level: null | number, role: null | Role, confirmed = 0): Decision => ({
    ...(confirmed ? { acknowledgedWarnings: confirmed } : {}),
    action,
    at: now.toISOString(),
    ...(reason ? { comment: reason } : {}),
    from: snapshot.state,
    hash: contentHash,
    level,
    role,
    to,
    userId: actor.id,
  })
  const wrongState = (...allowed: WorkflowState[]) =>
    refuse(
      409,
      'wrong-state',
      `当前状态为${zhState(snapshot.state)}，不能${zh.govPublishing.actions[action]}（须为${allowed.map(zhState).join('或')}）`,
      `Cannot ${action} an item in state ${snapshot.state} (needs ${allowed.join(' or ')})`,
    )

  switch (action) {
    case 'submit': {
      if (snapshot.state !== 'draft' && snapshot.state !== 'withdrawn') return wrongState('draft', 'withdrawn')
      if (!hasAny(actor, ['editor', 'admin'])) {
        return refuse(403, 'role', '只有编辑可以提交审核', 'Only editors may submit items for review')
      }
      const to = pendingState(0, levels)
      return { decision: record(to, null, roleAt(actor, ['editor', 'admin'])), level: 0, ok: true, state: to }
    }

    case 'pass-review':
    case 'approve': {
      const level = snapshot.level ?? 0
      const expected = pendingState(level, levels)
      if (snapshot.state !== 'pending-review' && snapshot.state !== 'pending-approval') {
        return wrongState('pending-review', 'pending-approval')
      }
      if ((action === 'approve') !== (expected === 'pending-approval')) {
        return action === 'approve'
          ? refuse(409, 'level', '尚未完成前序审核，不能审签', 'Earlier review levels must pass before approval')
          : refuse(409, 'level', '已到审签环节，请使用“审签通过”', 'This item is at the approval level: approve it')
      }
      const guard = checkDecider(actor, snapshot, levels[level]!, contentHash)
      if (guard) return guard
      // A person confirms the machine's warnings before anything passes: the first decider to pass.
      if (snapshot.openWarnings > 0 && !acknowledged) {
        return refuse(
          409,
          'acknowledge',
          `机器初审有${snapshot.openWarnings}条提示，须逐条核对并确认后才能通过`,
          `The automated checks left ${snapshot.openWarnings} warning(s): confirm you checked them to pass`,
        )
      }
      const role = roleAt(actor, levels[level]!.roles)
      const confirmed = snapshot.openWarnings
      if (action === 'approve') {
        return { decision: record('approved', level, role, confirmed), level: null, ok: true, state: 'approved' }
      }
      const next = pendingState(level + 1, levels)
      return { decision: record(next, level, role, confirmed), level: level + 1, ok: true, state: next }
    }

    case 'reject': {
      if (snapshot.state !== 'pending-review' && snapshot.state !== 'pending-approval') {
        return wrongState('pending-review', 'pending-approval')
      }
      if (!reason) return refuse(400, 'reason', '退回须说明理由', 'A rejection needs a reason')
      const level = snapshot.level ?? 0
      const guard = checkDecider(actor, snapshot, levels[level]!, contentHash)
      if (guard) return guard
      return { decision: record('draft', level, roleAt(actor, levels[level]!.roles)), level: null, ok: true, state: 'draft' }
    }

    case 'withdraw': {
      if (snapshot.state !== 'published' && snapshot.state !== 'approved') return wrongState('published', 'approved')
      const last = levels[levels.length - 1]!
      if (!hasAny(actor, [...last.roles, 'admin'])) {
        return refuse(403, 'role', '只有审签领导或管理员可以撤回', 'Only an approver or an admin may withdraw an item')
      }
      if (!reason) return refuse(400, 'reason', '撤回须说明理由', 'A withdrawal needs a reason')
      return {
        decision: record('withdrawn', null, roleAt(actor, [...last.roles, 'admin'])),
        level: null,
        ok: true,
        state: 'withdrawn',
      }
    }
  }
}

/**
 * The actions this actor may take on the item now: exactly those `decide` would allow (with a reason given
 * and the warnings confirmed, which the actor supplies when acting). The admin's buttons and queue use it, so
 * they never offer what the server refuses.
 */
export function availableActions(snapshot: WorkflowSnapshot, actor: Actor, levels: ReviewLevel[], now = new Date()): WorkflowAction[] {
  return ACTIONS.filter(
    (action) => decide({ acknowledged: true, action, actor, comment: '—', contentHash: snapshot.hash ?? '', levels, now, snapshot }).ok,
  )
}

/** An approved version goes out at once, or waits for its 定时发布 time. */
export const publishesNow = (publishAt: null | string | undefined, now: Date): boolean => !(publishAt && new Date(publishAt) > now)

/**
 * What a change of content does to the item's review: a draft is just edited; a version in review loses its
 * decisions (they were about other content) and goes back to draft; over a published or withdrawn item the
 * change opens a new draft round, reviewed on its own while the live version stays.
 */
export function onContentChange(state: WorkflowState): 'edit-draft' | 'new-round' | 'void-review' {
  if (state === 'draft') return 'edit-draft'
  if (state === 'pending-review' || state === 'pending-approval' || state === 'approved') return 'void-review'
  return 'new-round'
}

/** Who may decide at a level: its role, not an editor of the version, not the submitter or an earlier decider. */
function checkDecider(actor: Actor, snapshot: WorkflowSnapshot, level: ReviewLevel, contentHash: string): null | Refusal {
  if (!hasAny(actor, level.roles)) {
    return refuse(
      403,
      'role',
      `“${level.label.zh}”须由${level.roles.join('、')}角色办理`,
      `${level.label.en} needs the role ${level.roles.join(' or ')}`,
    )
  }
  if (snapshot.editors.includes(actor.id)) {
    return refuse(403, 'own-work', '不能审核自己撰写或修改过的内容', 'You cannot review content you wrote or edited')
  }
  if (snapshot.decisions.some((d) => d.userId === actor.id)) {
    return refuse(403, 'same-person', '同一人不能在两个环节签字（含提交）', 'One person cannot act at two steps of the same round')
  }
  if (snapshot.hash !== contentHash) {
    return refuse(409, 'changed', '内容在提交后被修改，须重新提交', 'The content changed after submission: submit it again')
  }
  return null
}
