import { pinyin } from 'pinyin-pro'

import type { Finding, ProtectedName } from './types'

import { looksAlike } from './similarShapes'
import { finding, isHan } from './text'

const readings = new Map<string, Set<string>>()
/** Every toneless reading of a character (长 → chang, zhang), cached: the same few characters recur. */
function readingsOf(ch: string): Set<string> {
  let set = readings.get(ch)
  if (!set) {
    set = new Set(pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }))
    readings.set(ch, set)
  }
  return set
}

const soundsAlike = (a: string, b: string) => [...readingsOf(a)].some((r) => readingsOf(b).has(r))

/**
 * The organ's own name and other configured names (leaders, higher organs) written with one character
 * swapped for a similar-looking or similar-sounding one (青石乡 → 清石乡), and configured wrong variants.
 * Names shorter than three characters are matched only against the configured variants: a two-character
 * name with a homophone is as likely another person as a typo.
 */
export function checkNames(text: string, names: ProtectedName[], wrongNames: string[]): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<number>()
  const add = (start: number, end: number, right: string, kind: ProtectedName['kind'], known: boolean) => {
    if (seen.has(start)) return
    seen.add(start)
    const wrong = text.slice(start, end)
    findings.push(
      finding(
        text,
        'organ-name',
        kind === 'organ' || known ? 'block' : 'warn',
        start,
        end,
        `名称写法有误：“${wrong}”应为“${right}” / Name written wrongly`,
        right,
      ),
    )
  }

  const longest = [...names].sort((a, b) => b.name.length - a.name.length)
  for (const wrong of wrongNames) {
    const right = rightFormOf(wrong, longest)
    for (let i = text.indexOf(wrong); i !== -1; i = text.indexOf(wrong, i + 1)) add(i, i + wrong.length, right, 'organ', true)
  }

  for (const { kind, name } of longest) {
    if (name.length < 3) continue
    // A window one character off matches either the name's first half or its second half exactly.
    const half = Math.floor(name.length / 2)
    const anchors: [string, number][] = [
      [name.slice(0, half), 0],
      [name.slice(half), half],
    ]
    for (const [anchor, offset] of anchors) {
      for (let i = text.indexOf(anchor); i !== -1; i = text.indexOf(anchor, i + 1)) {
        const start = i - offset
        if (start < 0 || start + name.length > text.length) continue
        const differs = oneCharOff(text, start, name)
        if (differs === null) continue
        const a = text[start + differs]!
        const b = name[differs]!
        if (isHan(a) && (looksAlike(a, b) || soundsAlike(a, b))) add(start, start + name.length, name, kind, false)
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}

/** The index of the only character where the text differs from `name` at `start`, or null. */
function oneCharOff(text: string, start: number, name: string): null | number {
  let differs: null | number = null
  for (let j = 0; j < name.length; j++) {
    if (text[start + j] === name[j]) continue
    if (differs !== null) return null
    differs = j
  }
  return differs
}

/**
 * What a known wrong variant should read: the part of a configured name of the same length that differs from
 * it in the fewest characters (青石香 → 青石乡 out of 青山县青石乡人民政府).
 */
function rightFormOf(wrong: string, names: ProtectedName[]): string {
  let best = { distance: Infinity, form: names[0]?.name ?? '' }
  for (const { name } of names) {
    for (let start = 0; start + wrong.length <= name.length; start++) {
      const form = name.slice(start, start + wrong.length)
      let distance = 0
      for (let j = 0; j < form.length; j++) if (form[j] !== wrong[j]) distance++
      if (distance < best.distance) best = { distance, form }
    }
  }
  return best.form
}
