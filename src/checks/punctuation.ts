import type { Finding } from './types'

import { finding, isHan } from './text'

const PAIRS: Record<string, string> = { '（': '）', '《': '》', '【': '】', '“': '”', '‘': '’', '〔': '〕' }
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]))

/** Half-width punctuation that has a full-width form in Chinese text. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' }

/** Unbalanced paired punctuation, and half-width punctuation next to Chinese characters → warn. */
export function checkPunctuation(text: string): Finding[] {
  const findings: Finding[] = []
  const open: { ch: string; index: number }[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      // A pair never spans paragraphs: whatever is still open at the end of one was not closed.
      for (const o of open.splice(0)) findings.push(unclosed(text, o))
    } else if (PAIRS[ch]) {
      open.push({ ch, index: i })
    } else if (CLOSERS.has(ch)) {
      const expected = CLOSERS.get(ch)!
      const at = open.map((o) => o.ch).lastIndexOf(expected)
      if (at === -1) {
        findings.push(finding(text, 'punctuation', 'warn', i, i + 1, `“${ch}”没有对应的“${expected}” / Unmatched “${ch}”`, null))
      } else {
        for (const o of open.splice(at + 1)) findings.push(unclosed(text, o))
        open.pop()
      }
    } else if (FULL_WIDTH[ch] && mixesIntoChinese(text, i)) {
      findings.push(finding(text, 'punctuation', 'warn', i, i + 1, `中文中使用了半角“${ch}” / Half-width “${ch}” in Chinese text`, FULL_WIDTH[ch]!))
    }
  }
  for (const o of open) findings.push(unclosed(text, o))
  return findings.sort((a, b) => a.start - b.start)
}

const unclosed = (text: string, o: { ch: string; index: number }) =>
  finding(text, 'punctuation', 'warn', o.index, o.index + 1, `“${o.ch}”没有对应的“${PAIRS[o.ch]}” / Unclosed “${o.ch}”`, null)

/**
 * Half-width punctuation counts as mixed when it touches a Chinese character: 通知,各村 or （一)… but not
 * 1,000, 10:30, 3.5 or an English sentence.
 */
function mixesIntoChinese(text: string, i: number): boolean {
  const ch = text[i]
  const before = text[i - 1]
  const after = text[i + 1]
  if (ch === '(') return isHan(after) || (isHan(before) && !/[\w]/.test(after ?? ''))
  if (ch === ')') return isHan(before) || (isHan(after) && !/[\w]/.test(before ?? ''))
  if (ch === '.') return isHan(before) && (after === undefined || after === '\n' || isHan(after))
  return isHan(before) || (isHan(after) && !/\d/.test(before ?? ''))
}
