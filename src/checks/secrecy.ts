import type { Finding } from './types'

import { finding } from './text'
import { traditionalFormsOf } from './traditional'

/**
 * 密级 marks: 绝密/机密/秘密 with ★ (and an optional 期限 such as ★5年 or ★长期), or after "密级：". Plain
 * 秘密 and 机密 are ordinary words (商业机密, 不是秘密) and are left alone.
 */
const CLASSIFICATION =
  /(?:密\s*级\s*[:：]?\s*)?((?:绝|机|秘)\s*密)\s*[★☆*⭐✩✪✫✬✭✮✯]\s*(?:\d+\s*(?:年|个月|月|天)|长期)?|密\s*级\s*[:：]\s*((?:绝|机|秘)\s*密)/g

/**
 * Restricted-circulation markers. They are flagged where they stand as a marker — alone on a line, in
 * brackets, between punctuation or closing a sentence — not inside a sentence about them (严格执行涉密文件不得外传的规定).
 */
const MARKERS =
  /内部资料|内部文件|内部刊物|内部传阅|内部使用|内部参考|仅供内部|注意保密|严格保密|不得外传|严禁外传|不得翻印|不得转发|涉密文件|秘密件/g
const MARKER_EDGE = /[\s\p{P}\p{S}]/u

let traditional: { forms: Map<string, string>; pattern: RegExp } | undefined

/** The text with traditional forms of the marks' characters simplified one for one (機密★ → 机密★): same offsets. */
function simplifiedMarks(text: string): string {
  if (!traditional) {
    const chars = `${CLASSIFICATION.source}${MARKERS.source}`.match(/\p{Script=Han}/gu) ?? []
    const forms = traditionalFormsOf(chars)
    traditional = { forms, pattern: new RegExp(`[${[...forms.keys()].join('')}]`, 'g') }
  }
  const { forms, pattern } = traditional
  return text.replace(pattern, (ch) => forms.get(ch)!)
}

const isEdge = (ch: string | undefined) => ch === undefined || MARKER_EDGE.test(ch)
const endsSentence = (ch: string | undefined) => ch === undefined || /[。！；!;\n]/.test(ch)

/** Marks in `text`; written in traditional characters too. Give it normalised text (see normalise.ts). */
export function checkSecrecy(original: string): Finding[] {
  const findings: Finding[] = []
  const text = simplifiedMarks(original)
  for (const m of text.matchAll(CLASSIFICATION)) {
    findings.push(
      finding(
        original,
        'secrecy',
        'block',
        m.index,
        m.index + m[0].length,
        `含密级标志“${m[0].trim()}”：涉密信息不得公开 / Classification mark: classified information must not be published`,
      ),
    )
  }
  for (const m of text.matchAll(MARKERS)) {
    const start = m.index
    const end = start + m[0].length
    // 本通知不得外传。 is a marker too: it closes its sentence.
    if (!(isEdge(text[start - 1]) && isEdge(text[end])) && !endsSentence(text[end])) continue
    findings.push(
      finding(original, 'secrecy', 'block', start, end, `含限制传阅标记“${m[0]}”：请确认不属于不宜公开的内部信息 / Restricted-circulation marker`),
    )
  }
  return findings
}
