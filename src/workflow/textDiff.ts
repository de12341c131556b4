/** What changed between two texts, character by character (Chinese has no spaces to split words on). */
import { diffChars } from './diffChars'

export type DiffOp = 'add' | 'del' | 'same'
export type DiffPart = { op: DiffOp; text: string }

/** The parts of `after` and of `before`, in reading order: kept text, removed text, inserted text. */
export function textDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : []
  return diffChars(before, after).map((c) => ({ op: c.added ? 'add' : c.removed ? 'del' : 'same', text: c.value }))
}
