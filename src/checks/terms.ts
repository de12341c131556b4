import { AhoCorasick } from '@monyone/aho-corasick/fast'

import type { Finding, TermEntry, TermHit } from './types'

import { normalise } from './normalise'
import { finding } from './text'

/**
 * The admin's dictionary (sensitive terms and wrong → right wording) compiled into one Aho–Corasick
 * automaton: one pass over the text whatever the dictionary's size. Leftmost-longest, so 中国入民 is one hit.
 * Terms are normalised as the texts they are looked for in are (see checkText): a term typed with full-width
 * letters or a zero-width space still matches.
 */
export function compileTerms(entries: TermEntry[]): { search: (text: string) => TermHit[] } {
  const byTerm = new Map<string, TermEntry>()
  for (const entry of entries) {
    const term = normalise(entry.term).text.trim()
    // A term listed twice keeps its stricter entry.
    const known = byTerm.get(term)
    if (term && (!known || (known.severity === 'warn' && entry.severity === 'block'))) byTerm.set(term, { ...entry, term })
  }
  const automaton = byTerm.size ? new AhoCorasick([...byTerm.keys()]) : null
  return {
    search(text) {
      if (!automaton) return []
      const hits = automaton
        .matchInText(text)
        .map(({ begin, end, keyword }) => ({ end, entry: byTerm.get(keyword)!, start: begin }))
        .sort((a, b) => a.start - b.start || b.end - a.end)
      // Overlapping hits: keep the leftmost, longest one.
      const kept: TermHit[] = []
      for (const hit of hits) if (!kept.length || hit.start >= kept.at(-1)!.end) kept.push(hit)
      return kept
    },
  }
}

export function checkTerms(text: string, terms: { search: (text: string) => TermHit[] }): Finding[] {
  return terms.search(text).map(({ end, entry, start }) => {
    const word = text.slice(start, end)
    const replacement = entry.replacement?.trim() || null
    return entry.kind === 'correction'
      ? finding(text, 'wording', entry.severity, start, end, `表述错误：“${word}”应为“${replacement}” / Wording error`, replacement)
      : finding(
          text,
          'sensitive-term',
          entry.severity,
          start,
          end,
          `敏感词“${word}”${replacement ? `，建议改为“${replacement}”` : ''} / Sensitive term`,
          replacement,
        )
  })
}
