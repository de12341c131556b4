/**
 * The text the rules match against, and the way back to the text the editor wrote. Marks and numbers are
 * hidden from the rules by compatibility forms (full-width digits), format characters (zero-width space) and
 * separators inside a number; a view removes them and remembers, piece by piece, where each of its
 * characters came from, so that a finding still points at the original text.
 */

/** A stretch of the view and the stretch of the original it came from (equal lengths when `same`). */
type Piece = { at: number; from: number; same: boolean; to: number }

export type TextView = {
  /** the original text */
  original: string
  /** pieces in view order; undefined when every offset is the original's */
  pieces?: Piece[]
  text: string
}

// The table's 0 (its initial value) is a character NFKC leaves as it is.
const CHANGED = 1
/** combining characters (and Hangul vowel/final jamo): they belong to the character before them */
const JOINS = 2

let table: Uint8Array | undefined
/** what a CHANGED BMP character alone becomes */
const alone: string[] = []

const FORMAT = /\p{Cf}/gu
const MARK = /^\p{M}$/u

/** What NFKC plus format-character removal does to each BMP character on its own, worked out once. */
function bmpTable(): Uint8Array {
  if (table) return table
  table = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = CHANGED
    else {
      const ch = String.fromCharCode(code)
      if (MARK.test(ch) || (code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) table[code] = JOINS
      else {
        const normal = ch.normalize('NFKC').replace(FORMAT, '')
        if (normal !== ch) {
          table[code] = CHANGED
          alone[code] = normal
        }
      }
    }
  }
  return table
}

const joins = (text: string, i: number, flags: Uint8Array): boolean => {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return flags[code] === JOINS
  return MARK.test(String.fromCodePoint(text.codePointAt(i)!))
}

const width = (text: string, i: number) => {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
}

/**
 * Builds a view from the original and the stretches [start, end) that change, in order, with their new text
 * ('' drops the stretch); everything between them is copied. A character replaced by one character (， → ,)
 * keeps every offset, so only changes of length make pieces: most texts need none.
 */
function buildView(original: string, changes: Iterable<[start: number, end: number, replacement: string]>): TextView {
  const pieces: Piece[] = []
  const parts: string[] = []
  let at = 0 // where the current run of unchanged offsets starts, in the view
  let runFrom = 0 // and in the original
  let copied = 0
  let changed = false
  for (const [start, end, replacement] of changes) {
    changed = true
    parts.push(original.slice(copied, start))
    copied = end
    if (replacement.length === 1 && end - start === 1) {
      parts.push(replacement)
      continue
    }
    if (start > runFrom) pieces.push({ at, from: runFrom, same: true, to: start })
    at += start - runFrom
    if (replacement) {
      pieces.push({ at, from: start, same: false, to: end })
      parts.push(replacement)
      at += replacement.length
    }
    runFrom = end
  }
  if (!changed) return { original, text: original }
  parts.push(original.slice(copied))
  if (!pieces.length) return { original, text: parts.join('') }
  if (runFrom < original.length) pieces.push({ at, from: runFrom, same: true, to: original.length })
  return { original, pieces, text: parts.join('') }
}

function* compatibilityChanges(text: string): Generator<[number, number, string]> {
  const flags = bmpTable()
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    // The common cases, kept cheap: a BMP character on its own (not followed by one that joins it).
    if ((code < 0xd800 || code > 0xdfff) && flags[code] !== JOINS && !(i + 1 < text.length && joins(text, i + 1, flags))) {
      if (flags[code] === CHANGED) yield [i, i + 1, alone[code]!]
      i++
      continue
    }
    let end = i + width(text, i)
    while (end < text.length && joins(text, end, flags)) end += width(text, end)
    const cluster = text.slice(i, end)
    const normal = cluster.normalize('NFKC').replace(FORMAT, '')
    if (normal !== cluster) yield [i, end, normal]
    i = end
  }
}

/** NFKC (full-width → half-width, compatibility ideographs → unified) with format characters (U+200B …) removed. */
export function normalise(text: string): TextView {
  return buildView(text, compatibilityChanges(text))
}

/** The original offsets [start, end) of the view's [start, end). */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  const { pieces } = view
  if (!pieces) return [start, end]
  const find = (offset: number) => {
    let lo = 0
    let hi = pieces.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (pieces[mid]!.at <= offset) lo = mid
      else hi = mid - 1
    }
    return pieces[lo]!
  }
  if (start >= view.text.length) return [view.original.length, view.original.length]
  const first = find(start)
  const from = first.same ? first.from + (start - first.at) : first.from
  if (end <= start) return [from, from]
  const last = find(end - 1)
  const to = last.same ? last.from + (end - 1 - last.at) + 1 : last.to
  return [from, to]
}

/** Spaces and hyphens between two digits: "110101 1985-0312 4026" is one number to someone reading it. */
const DIGIT_SEPARATORS = /(?<=\d)[ \u00a0\u2000-\u200a\u3000\-\u2010-\u2015\u2212]{1,3}(?=\d)/g

/** The view in which numbers are looked for: separators inside digit runs removed. */
export function joinDigits(text: string): TextView {
  return buildView(
    text,
    (function* () {
      for (const m of text.matchAll(DIGIT_SEPARATORS)) yield [m.index, m.index + m[0].length, ''] as [number, number, string]
    })(),
  )
}
