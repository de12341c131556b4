/**
 * The machine first pass (机器初审): plain functions over text, no Payload. Every finding carries offsets
 * into the text it was given, so the caller can show it in place.
 */
import type { CheckSettings, Finding } from './types'

import { DEFAULT_MASKS } from './mask'
import { checkNames } from './names'
import { normalise, toOriginal } from './normalise'
import { checkPersonalInfo } from './personalInfo'
import { checkPunctuation } from './punctuation'
import { checkRepetition } from './repetition'
import { checkSecrecy } from './secrecy'
import { checkTerms, compileTerms } from './terms'
import { finding } from './text'
import { checkTraditional } from './traditional'

export type { LinkRef } from './links'
export type { CheckSettings, Finding, RuleName, Severity, TermEntry } from './types'

type Rule = (text: string, settings: CheckSettings) => Finding[]

/**
 * The text rules, by name, in the order their findings matter most (for the benchmark and for tests). Those
 * in NORMALISED see the text normalised (normalise.ts) so that 机\u200b密★ or full-width digits do not slip
 * past them; the others judge how the text is written (full-width punctuation, traditional characters) and
 * see it as it is.
 */
export const TEXT_RULES: Record<string, Rule> = {
  secrecy: (text) => checkSecrecy(text),
  'personal-info': (text, s) => checkPersonalInfo(text, s.masks),
  terms: (text, s) => checkTerms(text, s.terms),
  'organ-name': (text, s) => checkNames(text, s.names, s.wrongNames),
  traditional: (text, s) => checkTraditional(text, s.traditionalExceptions),
  repetition: (text, s) => checkRepetition(text, s.reduplications),
  punctuation: (text) => checkPunctuation(text),
}

const NORMALISED = new Set(['organ-name', 'personal-info', 'secrecy', 'terms'])

const SEVERITY_ORDER = { block: 0, warn: 1 }

/**
 * Runs every text rule; findings in text order, blocks first where two start at the same place. Offsets and
 * excerpts are the given text's, whatever view a rule matched in.
 */
export function checkText(text: string, settings: CheckSettings): Finding[] {
  const view = normalise(text)
  const found = Object.entries(TEXT_RULES)
    .flatMap(([name, rule]) => {
      if (!NORMALISED.has(name)) return rule(text, settings)
      const found = rule(view.text, settings)
      if (view.text === text) return found
      return found.map((f) => {
        const [start, end] = toOriginal(view, f.start, f.end)
        return finding(text, f.rule, f.severity, start, end, f.message, f.suggestion)
      })
    })
    .sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  return hidePersonalInfo(text, found)
}

/** What stands in an excerpt for a character of personal information; separators stay so it reads like the original. */
const hideChar = (ch: string) => (/[\s()（）+-]/.test(ch) ? ch : '*')

/**
 * Findings are stored on the item and in the audit log, and shown to every staff member: their excerpts never
 * carry the personal information a finding is about (nor any a neighbouring finding's context would show). The
 * spans of `personal-info` findings are starred in every excerpt; the suggestion keeps the legal masked form.
 */
export function hidePersonalInfo<F extends Finding>(text: string, findings: F[]): F[] {
  const spans = findings.filter((f) => f.rule === 'personal-info')
  if (spans.length === 0) return findings
  // Built by code unit (offsets are UTF-16), so every finding's offsets stay valid; spans may overlap.
  let shown = ''
  let at = 0
  for (const { end, start } of [...spans].sort((a, b) => a.start - b.start)) {
    shown += text.slice(at, Math.max(start, at))
    for (let i = Math.max(start, at); i < end; i++) shown += hideChar(text[i]!)
    at = Math.max(at, end)
  }
  shown += text.slice(at)
  return findings.map((f) => ({ ...f, ...finding(shown, f.rule, f.severity, f.start, f.end, f.message, f.suggestion) }))
}

/** Settings with nothing configured: the built-in rules and default masks only. */
export const emptySettings = (overrides: Partial<CheckSettings> = {}): CheckSettings => ({
  masks: DEFAULT_MASKS,
  names: [],
  reduplications: [],
  terms: compileTerms([]),
  traditionalExceptions: [],
  wrongNames: [],
  ...overrides,
})

export { checkLinks } from './links'
export { DEFAULT_CORRECTIONS } from './defaultCorrections'
export { compileTerms }
