/** What the machine first pass reports, and what it is told. Plain data: no Payload, no I/O. */
export const SEVERITIES = ['block', 'warn'] as const
export type Severity = (typeof SEVERITIES)[number]

export type Finding = {
  end: number
  /** the matched text with a little context either side */
  excerpt: string
  message: string
  rule: RuleName
  severity: Severity
  /** offsets into the checked text (UTF-16, end exclusive) */
  start: number
  suggestion: null | string
}

export const RULE_NAMES = [
  'dead-link',
  'organ-name',
  'personal-info',
  'punctuation',
  'report-consistency',
  'repetition',
  'secrecy',
  'sensitive-term',
  'traditional',
  'unreadable',
  'wechat-limits',
  'wording',
] as const
export type RuleName = (typeof RULE_NAMES)[number]

/** How much of a number stays visible when masked: first `keepStart` and last `keepEnd` characters. */
export type MaskPattern = { keepEnd: number; keepStart: number }

export type Masks = { bankCard: MaskPattern; idNumber: MaskPattern; landline: MaskPattern; mobile: MaskPattern }

export type ProtectedName = { kind: 'organ' | 'person'; name: string }

export type CheckSettings = {
  masks: Masks
  /** the organ's full and short name, other organs' and leaders' names: written wrongly → finding */
  names: ProtectedName[]
  /** reduplications that are fine on top of the built-in list (e.g. 事事) */
  reduplications: string[]
  /** dictionary of sensitive terms and wrong → right wording, compiled once per dictionary version */
  terms: { search: (text: string) => TermHit[] }
  /** traditional characters that are wanted (names, quotations) */
  traditionalExceptions: string[]
  /** known wrong ways of writing the protected names */
  wrongNames: string[]
}

export type TermEntry = { kind: 'correction' | 'sensitive'; replacement?: null | string; severity: Severity; term: string }
export type TermHit = { end: number; entry: TermEntry; start: number }
