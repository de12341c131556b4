import * as OpenCC from 'opencc-js/t2cn'

import type { Finding } from './types'

import { finding, isHan } from './text'

type Convert = (text: string) => string

let toSimplified: Convert | undefined
let candidates: Set<string> | undefined
let singles: Map<string, string> | undefined

/**
 * OpenCC converts by phrase (乾坤 stays, 乾燥 → 干燥), but converting every text whole costs ~100 ms per MB.
 * Instead: the characters OpenCC would change on their own are computed once, the text is scanned for
 * them, and only around a hit is the phrase converted to confirm it.
 */
function converter(): { candidates: Set<string>; convert: Convert; singles: Map<string, string> } {
  if (!toSimplified || !candidates || !singles) {
    toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
    const chars: string[] = []
    for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code))
    const converted = toSimplified(chars.join('\n')).split('\n')
    candidates = new Set(chars.filter((ch, i) => converted[i] !== ch))
    singles = new Map(chars.flatMap((ch, i) => (converted[i] !== ch && converted[i]!.length === 1 ? [[ch, converted[i]!]] : [])))
  }
  return { candidates, convert: toSimplified, singles }
}

/** The traditional characters whose simplified form on its own is one of `chars` (機 → 机), for matching marks. */
export function traditionalFormsOf(chars: Iterable<string>): Map<string, string> {
  const wanted = new Set(chars)
  return new Map([...converter().singles].filter(([, simplified]) => wanted.has(simplified)))
}

const QUOTES: Record<string, string> = { '「': '」', '《': '》', '『': '』', '“': '”' }
const WINDOW = 3

/** Positions inside quoted titles and names (《…》, “…”, 「…」) and inside configured exceptions. */
function ignoredRanges(text: string, exceptions: string[]): [number, number][] {
  const ranges: [number, number][] = []
  for (const [open, close] of Object.entries(QUOTES)) {
    for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) {
      const end = text.indexOf(close, i + 1)
      if (end === -1) break
      ranges.push([i, end])
      i = end
    }
  }
  for (const word of exceptions) {
    if (!word) continue
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) ranges.push([i, i + word.length])
  }
  return ranges
}

/** Traditional characters inside simplified text → warn, with the simplified form as the suggestion. */
export function checkTraditional(text: string, exceptions: string[]): Finding[] {
  const { candidates, convert } = converter()
  const hits: number[] = []
  for (let i = 0; i < text.length; i++) if (candidates.has(text[i]!)) hits.push(i)
  if (!hits.length) return []
  const ignored = ignoredRanges(text, exceptions)
  const confirmed = hits.filter((i) => {
    if (ignored.some(([s, e]) => i >= s && i < e)) return false
    const from = Math.max(0, i - WINDOW)
    const window = text.slice(from, i + WINDOW + 1)
    const simplified = convert(window)
    return simplified.length !== window.length || simplified[i - from] !== text[i]
  })
  // Hits a few Chinese characters apart make one finding (推進鄉村振興 → 推进乡村振兴).
  const near = (a: number, b: number) => b - a <= 3 && [...text.slice(a + 1, b)].every(isHan)
  const findings: Finding[] = []
  for (let k = 0; k < confirmed.length;) {
    let end = k
    while (end + 1 < confirmed.length && near(confirmed[end]!, confirmed[end + 1]!)) end++
    const start = confirmed[k]!
    const stop = confirmed[end]! + 1
    const span = text.slice(start, stop)
    findings.push(finding(text, 'traditional', 'warn', start, stop, `繁体字“${span}” / Traditional characters in simplified text`, convert(span)))
    k = end + 1
  }
  return findings
}
