/** How an item's workflow is stored on it (the `workflow` group), and the machine's view of it. */
import type { Decision, WorkflowSnapshot, WorkflowState } from './machine'

export type StoredWorkflow = {
  editors?: null | string[]
  hash?: null | string
  history?: Decision[] | null
  level?: null | number
  reason?: null | string
  state?: null | WorkflowState
}

/** The decisions of the current round: everything since the last submit while the item is in review. */
export function snapshotOf(stored: null | StoredWorkflow | undefined): WorkflowSnapshot {
  const state = stored?.state ?? 'draft'
  const history = stored?.history ?? []
  const lastSubmit = history.map((d) => d.action).lastIndexOf('submit')
  const inRound = state === 'pending-review' || state === 'pending-approval' || state === 'approved'
  return {
    decisions: inRound && lastSubmit >= 0 ? history.slice(lastSubmit) : [],
    editors: stored?.editors ?? [],
    hash: stored?.hash ?? null,
    level: stored?.level ?? null,
    state,
  }
}

/** A fresh draft round: after a change to content that had decisions, or a new draft over a published item. */
export function restartAsDraft(stored: StoredWorkflow, editor: null | string): StoredWorkflow {
  return { ...stored, editors: editor ? [editor] : [], hash: null, level: null, state: 'draft' }
}
