/** How an item's workflow is stored on it (the `workflow` group), and the machine's view of it. */
import type { News } from '../payload-types'
import type { WorkflowSnapshot } from './machine'

/** The `workflow` group as payload-types.ts has it (the same on every reviewed collection and global). */
export type StoredWorkflow = NonNullable<News['workflow']>

/** The decisions of the current round: everything since the last submit while the item is in review. */
export function snapshotOf(stored: null | StoredWorkflow | undefined): WorkflowSnapshot {
  const state = stored?.state ?? 'draft'
  const history = stored?.history ?? []
  const lastSubmit = history.map((d) => d.action).lastIndexOf('submit')
  const inRound = state === 'pending-review' || state === 'pending-approval' || state === 'approved'
  const decisions = inRound && lastSubmit >= 0 ? history.slice(lastSubmit) : []
  const checks = stored?.checks
  const warnings = checks && checks.hash === stored?.hash ? checks.findings.filter((f) => f.severity === 'warn').length : 0
  return {
    decisions,
    editors: stored?.editors ?? [],
    hash: stored?.hash ?? null,
    level: stored?.level ?? null,
    openWarnings: decisions.some((d) => d.acknowledgedWarnings) ? 0 : warnings,
    state,
  }
}

/** A fresh draft round: after a change to content that had decisions, or a new draft over a published item. */
export function restartAsDraft(stored: StoredWorkflow, editor: null | string): StoredWorkflow {
  return { ...stored, editors: editor ? [editor] : [], hash: null, level: null, state: 'draft' }
}
