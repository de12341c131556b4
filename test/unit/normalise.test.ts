import { describe, expect, it } from 'vitest'

import { checkText, compileTerms, emptySettings, type Finding } from '../../src/checks'
import { joinDigits, normalise, toOriginal } from '../../src/checks/normalise'

const ID = '350121198503124026'
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')
const spans = (text: string, findings: Finding[]) => findings.map((f) => [f.rule, text.slice(f.start, f.end)])
const check = (text: string) => checkText(text, emptySettings())

describe('the normalised view', () => {
  it('folds compatibility forms and drops format characters, mapping each piece back', () => {
    const text = 'Ａ\u200b１２\ufeff３'
    const view = normalise(text)
    expect(view.text).toBe('A123')
    expect(toOriginal(view, 0, 1)).toEqual([0, 1])
    expect(toOriginal(view, 1, 4)).toEqual([2, 6])
  })

  it('keeps surrogate pairs whole and counts them as two UTF-16 units before a finding', () => {
    const text = '😀𠀀ａ'
    const view = normalise(text)
    expect(view.text).toBe('😀𠀀a')
    expect(toOriginal(view, 4, 5)).toEqual([4, 5])
    expect(toOriginal(view, 0, 2)).toEqual([0, 2])
  })

  it('composes combining characters with the character before them (e + ◌́ → é) and maps the pair to both', () => {
    const text = 'e\u0301１'
    const view = normalise(text)
    expect(view.text).toBe('é1')
    expect(toOriginal(view, 0, 1)).toEqual([0, 2])
    expect(toOriginal(view, 1, 2)).toEqual([2, 3])
  })

  it('maps a character that expands (㈱ → (株)) to the one it came from, whichever part a finding covers', () => {
    const view = normalise('x㈱y')
    expect(view.text).toBe('x(株)y')
    expect(toOriginal(view, 2, 3)).toEqual([1, 2])
    expect(toOriginal(view, 4, 5)).toEqual([2, 3])
  })

  it('is the text itself when nothing changes', () => {
    const view = normalise('青石乡人民政府。')
    expect(view).toEqual({ original: '青石乡人民政府。', text: '青石乡人民政府。' })
  })

  it('joins digit runs across spaces and hyphens only, not across words, tabs or lines', () => {
    expect(joinDigits('3501 2119-8503 1240 26').text).toBe('350121198503124026')
    expect(joinDigits('2026年 13 号').text).toBe('2026年 13 号')
    expect(joinDigits('12\t34\n56').text).toBe('12\t34\n56')
  })
})

describe('evasions of the machine first pass', () => {
  it('finds ID numbers and mobiles in full-width digits, with spaces, hyphens or zero-width characters inside', () => {
    const cases = [fullWidth(ID), '3501 2119 8503 1240 26', '350121-19850312-4026', [...ID].join('\u200b'), fullWidth('13812345678')]
    for (const number of cases) {
      const text = `😀 低保对象e\u0301，号码${number}，已公示。`
      const found = check(text)
      expect(spans(text, found)).toEqual([['personal-info', number]])
      // The excerpt is the text as written, the number starred (separators kept).
      expect(found[0]!.excerpt).toContain(number.replace(/[^\s-]/g, '*'))
      expect(found[0]!.suggestion).not.toMatch(/[０-９\u200b]/)
    }
  })

  it('quotes the text as written even when no offset moved (full-width digits only)', () => {
    const text = `身份证号${fullWidth(ID)}。`
    const [f] = check(text)
    expect(f!.excerpt).toBe(`身份证号${'*'.repeat(ID.length)}。`)
    expect(text.slice(f!.start, f!.end)).toBe(fullWidth(ID))
  })

  it('still finds two numbers separated by a space as two', () => {
    const text = `身份证 ${ID} 13812345678`
    expect(spans(text, check(text))).toEqual([
      ['personal-info', ID],
      ['personal-info', '13812345678'],
    ])
  })

  it('finds 密级 marks with zero-width characters or spaces inside, full-width stars, and in traditional characters', () => {
    for (const mark of ['机\u200b密★', '機密★', '絕密★長期', '秘 密＊', '祕密★1年']) {
      const text = `👍本文件${mark}，请阅。`
      const secrecy = check(text).filter((f) => f.rule === 'secrecy')
      expect(spans(text, secrecy)).toEqual([['secrecy', mark]])
    }
    const marker = '（內部資料）'
    expect(
      spans(
        marker,
        check(marker).filter((f) => f.rule === 'secrecy'),
      ),
    ).toEqual([['secrecy', '內部資料']])
  })

  it('finds dictionary terms written with zero-width or full-width characters, and terms typed that way', () => {
    const terms = compileTerms([{ kind: 'sensitive', severity: 'block', term: 'ＡＢＣ\u200b工程' }])
    const text = '关于A\u200dBC工程的说明'
    expect(
      spans(
        text,
        checkText(text, emptySettings({ terms })).filter((f) => f.rule === 'sensitive-term'),
      ),
    ).toEqual([['sensitive-term', 'A\u200dBC工程']])
  })

  it('leaves full-width punctuation to the punctuation rule as written (a normalised comma is not a finding)', () => {
    expect(check('青石乡人民政府，通知如下。')).toEqual([])
  })
})
