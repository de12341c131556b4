/**
 * A stand-in for jsdiff's `diffChars` (npm `diff`), with its signature and result, until that package is a
 * dependency of ours: then this file becomes `export { diffChars } from 'diff'`. Myers' O(ND) algorithm on
 * code points (a CJK character or an emoji is one unit), with the common start and end trimmed first.
 */
export type Change = { added: boolean; count: number; removed: boolean; value: string }

/**
 * Beyond this many edits the texts have little in common: the whole text is shown removed and added (and the
 * trace, about edits² numbers, stays a few megabytes).
 */
const MAX_EDITS = 2000

type Op = 'add' | 'del' | 'same'

/** The shortest edit script from a to b, one op per unit, or null when it is longer than `max`. */
function editScript(a: string[], b: string[], max: number): null | Op[] {
  const n = a.length
  const m = b.length
  // trace[d][k + d] = the furthest x on diagonal k after d edits.
  const trace: Int32Array[] = []
  let last = -1
  for (let d = 0; d <= Math.min(n + m, max) && last < 0; d++) {
    const prev = trace[d - 1]
    const cur = new Int32Array(2 * d + 1)
    for (let k = -d; k <= d; k += 2) {
      const down = d > 0 && (k === -d || (k !== d && prev![k - 1 + d - 1]! < prev![k + 1 + d - 1]!))
      let x = d === 0 ? 0 : down ? prev![k + 1 + d - 1]! : prev![k - 1 + d - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      cur[k + d] = x
      if (x >= n && y >= m) last = d
    }
    trace.push(cur)
  }
  if (last < 0) return null
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = last; d > 0; d--) {
    const prev = trace[d - 1]!
    const k = x - y
    const down = k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!)
    const prevK = down ? k + 1 : k - 1
    const prevX = prev[prevK + d - 1]!
    const prevY = prevX - prevK
    for (; x > prevX && y > prevY; x--, y--) ops.push('same')
    ops.push(down ? 'add' : 'del')
    x = prevX
    y = prevY
  }
  for (; x > 0; x--) ops.push('same')
  return ops.reverse()
}

export function diffChars(oldText: string, newText: string): Change[] {
  const a = Array.from(oldText)
  const b = Array.from(newText)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const midA = a.slice(start, a.length - end)
  const midB = b.slice(start, b.length - end)
  const script = editScript(midA, midB, MAX_EDITS) ?? [...midA.map(() => 'del' as const), ...midB.map(() => 'add' as const)]

  const changes: Change[] = []
  const push = (op: Op, unit: string) => {
    const tail = changes[changes.length - 1]
    const added = op === 'add'
    const removed = op === 'del'
    if (tail && tail.added === added && tail.removed === removed) {
      tail.value += unit
      tail.count++
    } else changes.push({ added, count: 1, removed, value: unit })
  }
  for (const unit of a.slice(0, start)) push('same', unit)
  // Within one run of edits, what was removed comes before what was added (as jsdiff gives it).
  let i = 0
  let j = 0
  let pending: { adds: string[]; dels: string[] } = { adds: [], dels: [] }
  const flush = () => {
    for (const unit of pending.dels) push('del', unit)
    for (const unit of pending.adds) push('add', unit)
    pending = { adds: [], dels: [] }
  }
  for (const op of script) {
    if (op === 'same') {
      flush()
      push('same', midA[i++]!)
      j++
    } else if (op === 'del') pending.dels.push(midA[i++]!)
    else pending.adds.push(midB[j++]!)
  }
  flush()
  for (const unit of a.slice(a.length - end)) push('same', unit)
  return changes
}
