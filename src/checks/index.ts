/**
 * The machine first pass (机器初审): plain functions over text, no Payload. Every finding carries offsets
 * into the text it was given, so the caller can show it in place.
 */
import type { CheckSettings, Finding } from './types'

import { DEFAULT_MASKS } from './mask'
import { checkNames } from './names'
import { checkPersonalInfo } from './personalInfo'
import { checkPunctuation } from './punctuation'
import { checkRepetition } from './repetition'
import { checkSecrecy } from './secrecy'
import { checkTerms, compileTerms } from './terms'
import { checkTraditional } from './traditional'

export type { LinkRef } from './links'
export type { CheckSettings, Finding, RuleName, Severity, TermEntry } from './types'

/** The text rules, by name, in the order their findings matter most (for the benchmark and for tests). */
export const TEXT_RULES: Record<string, (text: string, settings: CheckSettings) => Finding[]> = {
  secrecy: (text) => checkSecrecy(text),
  'personal-info': (text, s) => checkPersonalInfo(text, s.masks),
  terms: (text, s) => checkTerms(text, s.terms),
  'organ-name': (text, s) => checkNames(text, s.names, s.wrongNames),
  traditional: (text, s) => checkTraditional(text, s.traditionalExceptions),
  repetition: (text, s) => checkRepetition(text, s.reduplications),
  punctuation: (text) => checkPunctuation(text),
}

const SEVERITY_ORDER = { block: 0, warn: 1 }

/** Runs every text rule; findings in text order, blocks first where two start at the same place. */
export function checkText(text: string, settings: CheckSettings): Finding[] {
  return Object.values(TEXT_RULES)
    .flatMap((rule) => rule(text, settings))
    .sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
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
