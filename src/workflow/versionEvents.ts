import type { Decision, WorkflowState } from './machine'

/** One stored version as far as its event goes: when, in which state, after how many decisions. */
export type VersionRecord = { history: Decision[]; id: number | string; state: WorkflowState; updatedAt: string }

type VersionBase = {
  id: number | string
  /** the public got this version with it */
  published: boolean
  state: WorkflowState
  updatedAt: string
}

/** What made the version: a decision (its action, role and reason), the first save, publication, or a change of content. */
export type VersionEvent = ({ decision: Decision; kind: 'decided' } | { kind: 'created' | 'edited' | 'published' }) & VersionBase

/**
 * What each version is, oldest first: Payload calls every one of them a draft, while the office's question is
 * which one was submitted, passed, approved or published. Every decision writes a version with one more entry
 * in the workflow history; publication (at once or at 定时发布) writes one without; any other version is a change
 * of content (or the first save).
 */
export function versionEvents(versions: VersionRecord[]): VersionEvent[] {
  return versions.map((version, i) => {
    const before = versions[i - 1]
    const decided = before !== undefined && version.history.length > before.history.length
    const published = version.state === 'published' && before?.state !== 'published'
    const base: VersionBase = { id: version.id, published, state: version.state, updatedAt: version.updatedAt }
    if (decided) return { ...base, decision: version.history.at(-1)!, kind: 'decided' }
    return { ...base, kind: published ? 'published' : before ? 'edited' : 'created' }
  })
}
