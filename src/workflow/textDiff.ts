/** What changed between two texts, character by character (Chinese has no spaces to split words on). */
import { diffChars } from 'diff'

export type DiffOp = 'add' | 'del' | 'same'
export type DiffPart = { op: DiffOp; text: string }

/** Beyond this many edits two texts have little in common, and the diff's work grows with its square. */
const MAX_EDITS = 2000

const PUNCTUATION = /[。，、；：！？）》」』…,.;:!?)\]]/

/** How well an edit's edge sits between two characters: at the text's end, a line break, after punctuation. */
function edgeScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 6
  if (before === '\n' || after === '\n') return 4
  return PUNCTUATION.test(before) ? 3 : 0
}

/**
 * An insertion or deletion between kept text can often sit at several places (`会议[。\n新段落]。` or
 * `会议。[\n新段落。]`): the shortest edit does not say which. It is moved to where a reader would put it,
 * at a line break or after punctuation.
 */
function slideEdit(left: string[], edit: string[], right: string[]): [string[], string[], string[]] {
  let a = [...left]
  let x = [...edit]
  let b = [...right]
  while (a.length && a[a.length - 1] === x[x.length - 1]) {
    x = [a.pop()!, ...x.slice(0, -1)]
    b = [x[0]!, ...b]
  }
  // x was moved fully left; now try each place to the right.
  let best: [string[], string[], string[]] = [a, x, b]
  let bestScore = -1
  for (;;) {
    const score = edgeScore(a[a.length - 1], x[0]) + edgeScore(x[x.length - 1], b[0])
    if (score > bestScore) {
      best = [a, x, b]
      bestScore = score
    }
    if (!b.length || x[0] !== b[0]) break
    a = [...a, x[0]!]
    x = [...x.slice(1), x[0]!]
    b = b.slice(1)
  }
  return best
}

function placeEdits(parts: DiffPart[]): DiffPart[] {
  const out = parts.map((p) => ({ ...p }))
  for (let i = 1; i < out.length - 1; i++) {
    const [left, edit, right] = [out[i - 1]!, out[i]!, out[i + 1]!]
    if (edit.op === 'same' || left.op !== 'same' || right.op !== 'same') continue
    const [a, x, b] = slideEdit(Array.from(left.text), Array.from(edit.text), Array.from(right.text))
    left.text = a.join('')
    edit.text = x.join('')
    right.text = b.join('')
  }
  // Kept text emptied by a move goes; kept text on both sides of nothing joins.
  const joined: DiffPart[] = []
  for (const part of out) {
    if (!part.text) continue
    const tail = joined[joined.length - 1]
    if (tail && tail.op === part.op) tail.text += part.text
    else joined.push(part)
  }
  return joined
}

/** The parts of `after` and of `before`, in reading order: kept text, removed text, inserted text. */
export function textDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : []
  const changes = diffChars(before, after, { maxEditLength: MAX_EDITS })
  // Texts with little in common: all of one removed, all of the other added.
  if (!changes) return [...(before ? [{ op: 'del' as const, text: before }] : []), ...(after ? [{ op: 'add' as const, text: after }] : [])]
  return placeEdits(changes.map((c) => ({ op: c.added ? 'add' : c.removed ? 'del' : 'same', text: c.value })))
}
