import { describe, expect, it } from 'vitest'

import type { Role } from '../../src/access'

import { THREE_LEVELS, TWO_LEVELS } from '../../src/workflow/levels'
import {
  ACTIONS,
  availableActions,
  decide,
  type Decision,
  STATES,
  type WorkflowAction,
  type WorkflowSnapshot,
  type WorkflowState,
  onContentChange,
  publishesNow,
} from '../../src/workflow/machine'

const now = new Date('2026-11-28T02:00:00.000Z')
const HASH = 'a'.repeat(64)

const snapshot = (state: WorkflowState, extra: Partial<WorkflowSnapshot> = {}): WorkflowSnapshot => ({
  decisions: [],
  editors: ['author'],
  hash: state === 'draft' ? null : HASH,
  level: state === 'pending-review' ? 0 : state === 'pending-approval' ? 1 : null,
  openWarnings: 0,
  state,
  ...extra,
})

const run = (state: WorkflowState, action: WorkflowAction, roles: Role[], extra: Partial<WorkflowSnapshot> = {}) =>
  decide({
    action,
    actor: { id: `someone-${roles.join('-')}`, roles },
    comment: '理由',
    contentHash: HASH,
    levels: TWO_LEVELS,
    now,
    snapshot: snapshot(state, extra),
  })

/** Every (state, action) pair that may happen, with the roles allowed and where it leads. */
const ALLOWED: Record<string, { roles: Role[]; to: WorkflowState }> = {
  'approved/withdraw': { roles: ['approver', 'admin'], to: 'withdrawn' },
  'draft/submit': { roles: ['editor', 'admin'], to: 'pending-review' },
  'pending-approval/approve': { roles: ['approver'], to: 'approved' },
  'pending-approval/reject': { roles: ['approver'], to: 'draft' },
  'pending-review/pass-review': { roles: ['reviewer'], to: 'pending-approval' },
  'pending-review/reject': { roles: ['reviewer'], to: 'draft' },
  'published/withdraw': { roles: ['approver', 'admin'], to: 'withdrawn' },
  'withdrawn/submit': { roles: ['editor', 'admin'], to: 'pending-review' },
}
const ROLES: Role[] = ['admin', 'editor', 'reviewer', 'approver', 'printer']

describe('workflow transitions: every state × action × role', () => {
  for (const state of STATES) {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        const rule = ALLOWED[`${state}/${action}`]
        const allowed = Boolean(rule?.roles.includes(role))
        it(`${state} —${action}→ as ${role}: ${allowed ? `allowed, to ${rule!.to}` : 'refused'}`, () => {
          const result = run(state, action, [role])
          if (allowed) {
            expect(result).toMatchObject({ ok: true, state: rule!.to })
          } else {
            expect(result.ok).toBe(false)
            if (!result.ok) expect(result.status).toBe(rule ? 403 : 409)
          }
        })
      }
    }
  }
})

/** A two-level decision on unchanged content. */
const decideAs = (action: WorkflowAction, actor: { id: string; roles: Role[] }, snap: WorkflowSnapshot) =>
  decide({ action, actor, contentHash: HASH, levels: TWO_LEVELS, now, snapshot: snap })

/** A level-0 review decision taken by `userId`. */
const reviewedBy = (userId: string, to: WorkflowState = 'pending-approval'): Decision => ({
  action: 'pass-review',
  at: now.toISOString(),
  from: 'pending-review',
  hash: HASH,
  level: 0,
  role: 'reviewer',
  to,
  userId,
})

describe('separation of duties', () => {
  const reviewed = reviewedBy('both-roles')

  it('the author (or anyone who edited the version) cannot review it, even holding the role', () => {
    const result = decideAs('pass-review', { id: 'author', roles: ['editor', 'reviewer'] }, snapshot('pending-review'))
    expect(result).toMatchObject({ code: 'own-work', ok: false, status: 403 })
  })

  it('the reviewer cannot also approve the same version', () => {
    const result = decideAs('approve', { id: 'both-roles', roles: ['reviewer', 'approver'] }, snapshot('pending-approval', { decisions: [reviewed] }))
    expect(result).toMatchObject({ code: 'same-person', ok: false, status: 403 })
  })

  it('the submitter cannot review what they submitted', () => {
    const submitted: Decision = { ...reviewed, action: 'submit', level: null, role: 'admin', userId: 'boss' }
    const result = decideAs(
      'pass-review',
      { id: 'boss', roles: ['admin', 'reviewer'] },
      snapshot('pending-review', { decisions: [submitted], editors: [] }),
    )
    expect(result).toMatchObject({ code: 'same-person', ok: false })
  })

  it('an admin cannot skip a level: approving at the review level is refused', () => {
    const result = run('pending-review', 'approve', ['admin', 'approver'])
    expect(result).toMatchObject({ code: 'level', ok: false, status: 409 })
  })

  it('a decision on content that changed since submission is refused', () => {
    const result = decide({
      action: 'pass-review',
      actor: { id: 'r', roles: ['reviewer'] },
      contentHash: 'b'.repeat(64),
      levels: TWO_LEVELS,
      now,
      snapshot: snapshot('pending-review'),
    })
    expect(result).toMatchObject({ code: 'changed', ok: false, status: 409 })
  })
})

describe('reasons', () => {
  for (const [state, action, role] of [
    ['pending-review', 'reject', 'reviewer'],
    ['published', 'withdraw', 'approver'],
  ] as const) {
    it(`${action} needs a reason`, () => {
      const result = decide({
        action,
        actor: { id: 'x', roles: [role] },
        comment: '   ',
        contentHash: HASH,
        levels: TWO_LEVELS,
        now,
        snapshot: snapshot(state),
      })
      expect(result).toMatchObject({ code: 'reason', ok: false, status: 400 })
    })
  }

  it('records who, when, which version, why', () => {
    const result = run('pending-review', 'reject', ['reviewer'])
    expect(result).toMatchObject({
      decision: {
        action: 'reject',
        at: '2026-11-28T02:00:00.000Z',
        comment: '理由',
        from: 'pending-review',
        hash: HASH,
        level: 0,
        role: 'reviewer',
        to: 'draft',
        userId: 'someone-reviewer',
      },
      ok: true,
    })
  })
})

describe('three levels (三审)', () => {
  it('walks 初审 → 复审 → 终审签发 with three different people', () => {
    let snap: WorkflowSnapshot = snapshot('draft')
    const steps: [WorkflowAction, string, Role[], WorkflowState, null | number][] = [
      ['submit', 'author', ['editor'], 'pending-review', 0],
      ['pass-review', 'office-head', ['reviewer'], 'pending-review', 1],
      ['pass-review', 'leader', ['reviewer'], 'pending-approval', 2],
      ['approve', 'secretary', ['approver'], 'approved', null],
    ]
    for (const [action, id, roles, state, level] of steps) {
      const result = decide({ action, actor: { id, roles }, contentHash: HASH, levels: THREE_LEVELS, now, snapshot: snap })
      expect(result).toMatchObject({ level, ok: true, state })
      if (!result.ok) return
      snap = { ...snap, decisions: [...snap.decisions, result.decision], hash: HASH, level: result.level, state: result.state }
    }
  })

  it('the same reviewer cannot pass two review levels', () => {
    const first = reviewedBy('office-head', 'pending-review')
    const result = decide({
      action: 'pass-review',
      actor: { id: 'office-head', roles: ['reviewer'] },
      contentHash: HASH,
      levels: THREE_LEVELS,
      now,
      snapshot: { ...snapshot('pending-review'), decisions: [first], level: 1 },
    })
    expect(result).toMatchObject({ code: 'same-person', ok: false })
  })
})

describe('warnings of the machine first pass', () => {
  const reviewer = { id: 'reviewer-1', roles: ['reviewer'] as Role[] }

  it('refuse a pass until the decider confirms them, then record how many were confirmed', () => {
    const snap = snapshot('pending-review', { openWarnings: 2 })
    expect(decideAs('pass-review', reviewer, snap)).toMatchObject({ code: 'acknowledge', ok: false, status: 409 })
    const passed = decide({ acknowledged: true, action: 'pass-review', actor: reviewer, contentHash: HASH, levels: TWO_LEVELS, now, snapshot: snap })
    expect(passed).toMatchObject({ decision: { acknowledgedWarnings: 2 }, ok: true, state: 'pending-approval' })
  })

  it('do not stop a rejection', () => {
    const snap = snapshot('pending-review', { openWarnings: 2 })
    const result = decide({ action: 'reject', actor: reviewer, comment: '有个人信息', contentHash: HASH, levels: TWO_LEVELS, now, snapshot: snap })
    expect(result).toMatchObject({ ok: true, state: 'draft' })
  })
})

describe('availableActions: what the admin offers is what the server allows', () => {
  const submitted: Decision = {
    action: 'submit',
    at: now.toISOString(),
    from: 'draft',
    hash: HASH,
    level: null,
    role: 'editor',
    to: 'pending-review',
    userId: 'author',
  }
  const passed: Decision = {
    ...submitted,
    action: 'pass-review',
    from: 'pending-review',
    level: 0,
    role: 'reviewer',
    to: 'pending-approval',
    userId: 'both',
  }
  const round: Partial<Record<WorkflowState, Partial<WorkflowSnapshot>>> = {
    'pending-approval': { decisions: [submitted, passed], level: 1 },
    'pending-review': { decisions: [submitted], level: 0 },
  }
  const offered = (state: WorkflowState, id: string, roles: Role[]) => availableActions(snapshot(state, round[state]), { id, roles }, TWO_LEVELS, now)

  const cases: [WorkflowState, string, Role[], WorkflowAction[]][] = [
    ['draft', 'other-editor', ['editor'], ['submit']],
    ['draft', 'admin-1', ['admin'], ['submit']],
    ['draft', 'reviewer-1', ['reviewer'], []],
    ['pending-review', 'reviewer-1', ['reviewer'], ['pass-review', 'reject']],
    // The author is never a reviewer of their own work, whatever roles they hold.
    ['pending-review', 'author', ['editor', 'reviewer'], []],
    ['pending-review', 'approver-1', ['approver'], []],
    ['pending-approval', 'approver-1', ['approver'], ['approve', 'reject']],
    // One person does not sign at two levels of the same round.
    ['pending-approval', 'both', ['reviewer', 'approver'], []],
    ['approved', 'approver-1', ['approver'], ['withdraw']],
    ['published', 'admin-1', ['admin'], ['withdraw']],
    ['published', 'other-editor', ['editor'], []],
    ['withdrawn', 'other-editor', ['editor'], ['submit']],
    ['published', 'printer-1', ['printer'], []],
  ]
  it.each(cases)('%s, %s %j: offers %j', (state, id, roles, actions) => {
    expect(offered(state, id, roles)).toEqual(actions)
  })

  it('every action it offers, decide allows with the same actor and snapshot', () => {
    for (const [state, id, roles] of cases) {
      for (const action of offered(state, id, roles)) {
        const result = decide({
          acknowledged: true,
          action,
          actor: { id, roles },
          comment: '理由',
          contentHash: HASH,
          levels: TWO_LEVELS,
          now,
          snapshot: snapshot(state, round[state]),
        })
        expect(result.ok, `${state} ${id} ${action}`).toBe(true)
      }
    }
  })
})

describe('what follows an approval and a change of content', () => {
  it('publishes now without a publishAt or with one past; waits for a later one', () => {
    expect(publishesNow(null, now)).toBe(true)
    expect(publishesNow('2026-11-28T01:00:00.000Z', now)).toBe(true)
    expect(publishesNow('2026-11-28T03:00:00.000Z', now)).toBe(false)
  })

  it('a change edits a draft, voids a review in progress or an approval, and opens a new round over a live item', () => {
    expect(STATES.map((state) => [state, onContentChange(state)])).toEqual([
      ['draft', 'edit-draft'],
      ['pending-review', 'void-review'],
      ['pending-approval', 'void-review'],
      ['approved', 'void-review'],
      ['published', 'new-round'],
      ['withdrawn', 'new-round'],
    ])
  })
})
