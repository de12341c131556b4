import type { Finding, RuleName, Severity } from './types'

const CONTEXT = 8
const ELLIPSIS = '…'

/** Han ideographs (basic block, extension A, compatibility) — what "Chinese text" means to the rules. */
export const isHan = (ch: string | undefined): boolean => {
  if (!ch) return false
  const code = ch.charCodeAt(0)
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

export function finding(
  text: string,
  rule: RuleName,
  severity: Severity,
  start: number,
  end: number,
  message: string,
  suggestion: null | string = null,
): Finding {
  const before = Math.max(0, start - CONTEXT)
  const after = Math.min(text.length, end + CONTEXT)
  const excerpt = `${before > 0 ? ELLIPSIS : ''}${text.slice(before, after)}${after < text.length ? ELLIPSIS : ''}`
  return { end, excerpt, message, rule, severity, start, suggestion }
}

/** A finding's excerpt split around the matched text, for showing it highlighted. */
export function excerptParts(f: Pick<Finding, 'end' | 'excerpt' | 'start'>): [before: string, match: string, after: string] {
  const at = (f.excerpt.startsWith(ELLIPSIS) ? 1 : 0) + Math.min(f.start, CONTEXT)
  const to = at + (f.end - f.start)
  return [f.excerpt.slice(0, at), f.excerpt.slice(at, to), f.excerpt.slice(to)]
}

/** Whether `label` (any of them) ends within `distance` characters before `index`, on the same line. */
export function labelledBefore(text: string, index: number, labels: RegExp, distance = 12): boolean {
  const from = Math.max(0, index - distance)
  const window = text.slice(from, index)
  const line = window.slice(window.lastIndexOf('\n') + 1)
  return labels.test(line)
}
