import { describe, expect, it } from 'vitest'

import type { Decision, WorkflowState } from '../../src/workflow/machine'

import { versionEvents, type VersionRecord } from '../../src/workflow/versionEvents'

const decision = (action: Decision['action'], to: WorkflowState): Decision => ({
  action,
  at: '2026-12-01T08:00:00.000Z',
  from: 'draft',
  hash: 'h',
  level: null,
  role: null,
  to,
  userId: '1',
})

describe('versionEvents: what each version is', () => {
  it('names the first save, each decision and each change of content, and marks the one that went public', () => {
    const submit = decision('submit', 'pending-review')
    const pass = decision('pass-review', 'pending-approval')
    const approve = decision('approve', 'approved')
    const at = (i: number) => `2026-12-01T0${i}:00:00.000Z`
    const versions: VersionRecord[] = [
      { history: [], id: 1, state: 'draft', updatedAt: at(1) },
      { history: [], id: 2, state: 'draft', updatedAt: at(2) },
      { history: [submit], id: 3, state: 'pending-review', updatedAt: at(3) },
      { history: [submit, pass], id: 4, state: 'pending-approval', updatedAt: at(4) },
      { history: [submit, pass, approve], id: 5, state: 'approved', updatedAt: at(5) },
      { history: [submit, pass, approve], id: 6, state: 'published', updatedAt: at(6) },
      { history: [submit, pass, approve], id: 7, state: 'draft', updatedAt: at(7) },
    ]
    expect(versionEvents(versions).map((e) => [e.id, e.kind, e.kind === 'decided' ? e.decision.action : null, e.published])).toEqual([
      [1, 'created', null, false],
      [2, 'edited', null, false],
      [3, 'decided', 'submit', false],
      [4, 'decided', 'pass-review', false],
      [5, 'decided', 'approve', false],
      [6, 'published', null, true],
      [7, 'edited', null, false],
    ])
  })
})
