import type { DiffPart } from '../../src/workflow/textDiff'

/** Diff parts written as a marked-up text: `安全生产[+工作]会议[-。]` is kept, added, kept, removed. */
export function marked(text: string): DiffPart[] {
  const parts: DiffPart[] = []
  for (const match of text.matchAll(/\[([+-])([^\]]*)\]|[^[]+/g)) {
    if (match[1]) parts.push({ op: match[1] === '+' ? 'add' : 'del', text: match[2]! })
    else parts.push({ op: 'same', text: match[0] })
  }
  return parts
}
