import { describe, expect, it } from 'vitest'

import { checkLinks, checkText, compileTerms, DEFAULT_CORRECTIONS, emptySettings, type Finding } from '../../src/checks'
import { mask } from '../../src/checks/mask'
import { excerptParts } from '../../src/checks/text'
import { checkNames } from '../../src/checks/names'
import { checkPersonalInfo } from '../../src/checks/personalInfo'
import { isValidIdNumber15, isValidIdNumber18, passesLuhn } from '../../src/checks/personalNumbers'
import { checkPunctuation } from '../../src/checks/punctuation'
import { checkRepetition } from '../../src/checks/repetition'
import { checkSecrecy } from '../../src/checks/secrecy'
import { checkTerms } from '../../src/checks/terms'
import { checkTraditional } from '../../src/checks/traditional'
import { checkWechatLimits } from '../../src/checks/wechatLimits'
import { DEFAULT_MASKS } from '../../src/checks/mask'

/** What a finding covers in the text, so offsets are asserted against the text itself. */
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end))

// Valid by GB 11643 (check characters computed), fictitious people.
const ID = '350121198503124026'
const ID_X = '11010519491231002X'

describe('密级 and restricted-circulation marks', () => {
  it('blocks 密级 marks with ★ and a 期限, and 密级： labels', () => {
    const text = '机密★5年\n青石乡人民政府文件\n密级：秘密\n绝密 ★ 长期 的材料，秘密☆1年'
    const found = checkSecrecy(text)
    expect(spans(text, found)).toEqual(['机密★5年', '密级：秘密', '绝密 ★ 长期', '秘密☆1年'])
    expect(found.every((f) => f.severity === 'block' && f.rule === 'secrecy')).toBe(true)
  })

  it('blocks markers standing as markers, not the same words inside a sentence', () => {
    const text = '（内部资料 注意保密）\n本通知不得外传。\n严格执行涉密文件不得外传的规定，保护商业机密，这不是秘密。'
    expect(spans(text, checkSecrecy(text))).toEqual(['内部资料', '注意保密', '不得外传'])
  })
})

describe('personal information', () => {
  it('validates ID numbers by the GB 11643 check character and the birth date', () => {
    expect(isValidIdNumber18(ID)).toBe(true)
    expect(isValidIdNumber18(ID_X)).toBe(true)
    expect(isValidIdNumber18(ID_X.toLowerCase())).toBe(true)
    expect(isValidIdNumber18('350121198503124021')).toBe(false) // wrong check digit
    expect(isValidIdNumber18('350121198502304028')).toBe(false) // 30 February
    expect(isValidIdNumber15('350121850312402')).toBe(true)
    expect(isValidIdNumber15('350121851312402')).toBe(false) // month 13
    expect(passesLuhn('6222021001123456789')).toBe(true)
    expect(passesLuhn('6222021001123456788')).toBe(false)
  })

  it('blocks an ID number with the 2 + 3 mask as suggestion, and leaves a wrong check digit alone', () => {
    const text = `低保对象张某，身份证号${ID}；另一号码350121198503124021不是有效号码。`
    const [hit, ...rest] = checkPersonalInfo(text, DEFAULT_MASKS)
    expect(rest).toEqual([])
    expect(hit).toMatchObject({ rule: 'personal-info', severity: 'block', start: text.indexOf(ID), suggestion: '35*************026' })
    expect(text.slice(hit!.start, hit!.end)).toBe(ID)
  })

  it('takes 15-digit IDs only when labelled (15 digits are also old business registration numbers)', () => {
    const labelled = '公民身份号码：350121850312402'
    const unlabelled = '注册号350121850312402'
    expect(checkPersonalInfo(labelled, DEFAULT_MASKS).map((f) => f.suggestion)).toEqual(['35**********402'])
    expect(checkPersonalInfo(unlabelled, DEFAULT_MASKS)).toEqual([])
  })

  it('blocks mobiles (with separators too) masked 3 + 4, and not the organ’s landline', () => {
    const text = '联系人手机：13812345678，或 139-0591-2345；办公电话：0591-87654321。'
    const found = checkPersonalInfo(text, DEFAULT_MASKS)
    expect(spans(text, found)).toEqual(['13812345678', '139-0591-2345'])
    expect(found.map((f) => f.suggestion)).toEqual(['138****5678', '139-****-2345'])
  })

  it('blocks a landline only when it is labelled as personal', () => {
    const text = '家庭电话：0591-22334455'
    expect(checkPersonalInfo(text, DEFAULT_MASKS).map((f) => f.suggestion)).toEqual(['0591-******55'])
  })

  it('blocks bank cards that pass Luhn and are labelled or start with 62; other long numbers pass', () => {
    const text = '补贴发放至本人银行卡号4367 4200 1234 5673，社保卡6217001234567893。文号20261234567890123。'
    const found = checkPersonalInfo(text, DEFAULT_MASKS)
    expect(spans(text, found)).toEqual(['4367 4200 1234 5673', '6217001234567893'])
    expect(found[0]!.suggestion).toBe('4367 **** **** 5673')
  })

  it('blocks home addresses below 乡镇 and suggests keeping only the township', () => {
    const text = '申请人家庭住址：福建省某县青石乡东坑村3组12号，现住青石乡。办公地址：青石乡政府路1号。'
    const found = checkPersonalInfo(text, DEFAULT_MASKS)
    expect(spans(text, found)).toEqual(['福建省某县青石乡东坑村3组12号'])
    expect(found[0]!.suggestion).toBe('福建省某县青石乡***')
  })

  it('follows configured masks', () => {
    const masks = { ...DEFAULT_MASKS, idNumber: { keepEnd: 4, keepStart: 6 }, mobile: { keepEnd: 4, keepStart: 0 } }
    const found = checkPersonalInfo(`${ID} 13812345678`, masks)
    expect(found.map((f) => f.suggestion)).toEqual(['350121********4026', '*******5678'])
    expect(mask(ID_X, DEFAULT_MASKS.idNumber)).toBe('11*************02X')
  })
})

describe('dictionary terms (Aho–Corasick)', () => {
  const terms = compileTerms([
    ...DEFAULT_CORRECTIONS,
    { kind: 'sensitive', replacement: '困难群众', severity: 'warn', term: '穷人' },
    { kind: 'sensitive', severity: 'block', term: '法轮功' },
  ])

  it('finds wrong wording with the right form, and sensitive terms with their severity', () => {
    const text = '深切缅怀革命烈土，中国入民站起来了。关心穷人。'
    const found = checkTerms(text, terms)
    expect(spans(text, found)).toEqual(['革命烈土', '中国入民', '穷人'])
    expect(found.map((f) => [f.rule, f.severity, f.suggestion])).toEqual([
      ['wording', 'block', '革命烈士'],
      ['wording', 'block', '中国人民'],
      ['sensitive-term', 'warn', '困难群众'],
    ])
  })

  it('leaves correct text alone', () => {
    expect(checkTerms('深切缅怀革命烈士，中国人民站起来了。', terms)).toEqual([])
  })

  it('keeps the stricter entry when a term is listed twice', () => {
    const twice = compileTerms([
      { kind: 'sensitive', severity: 'warn', term: '某词' },
      { kind: 'sensitive', severity: 'block', term: '某词' },
    ])
    expect(checkTerms('某词', twice)[0]!.severity).toBe('block')
  })
})

describe('names of the organ, other organs and leaders', () => {
  const names = [
    { kind: 'organ' as const, name: '青石乡人民政府' },
    { kind: 'organ' as const, name: '青石乡' },
    { kind: 'person' as const, name: '林建华' },
  ]

  it('blocks the organ’s name with a similar-sounding or similar-looking character', () => {
    const text = '清石乡人民政府召开会议。青右乡开展巡查。'
    const found = checkNames(text, names, [])
    expect(spans(text, found)).toEqual(['清石乡人民政府', '青右乡'])
    expect(found.map((f) => [f.severity, f.suggestion])).toEqual([
      ['block', '青石乡人民政府'],
      ['block', '青石乡'],
    ])
  })

  it('leaves other places and the right name alone', () => {
    expect(checkNames('青石乡人民政府与青山乡、白石乡联合开展工作，青石村委会参加。', names, [])).toEqual([])
  })

  it('warns on a leader’s name one homophone off, and blocks configured wrong variants', () => {
    const text = '林建化同志讲话。青实乡'
    const found = checkNames(text, names, ['青实乡'])
    expect(found.map((f) => [text.slice(f.start, f.end), f.severity, f.suggestion])).toEqual([
      ['林建化', 'warn', '林建华'],
      ['青实乡', 'block', '青石乡'],
    ])
  })
})

describe('traditional characters', () => {
  it('warns on traditional characters, one finding per run, simplified as the suggestion', () => {
    const text = '推進鄉村振興，加强管理。'
    const found = checkTraditional(text, [])
    expect(spans(text, found)).toEqual(['進鄉村振興'])
    expect(found[0]).toMatchObject({ severity: 'warn', suggestion: '进乡村振兴' })
  })

  it('keeps characters that are simplified too in their phrases (乾坤, 著名, 皇后)', () => {
    expect(checkTraditional('扭转乾坤，著名的皇后镇。', [])).toEqual([])
  })

  it('ignores quoted names and configured exceptions', () => {
    expect(checkTraditional('参观“臺灣大學”展览，阅读《詩經》。', [])).toEqual([])
    expect(checkTraditional('张國强同志', ['张國强'])).toEqual([])
  })
})

describe('repeated characters and words', () => {
  it('warns on a doubled character and a doubled word, with the single form as suggestion', () => {
    const text = '我们的的工作要做好，推进工作工作落实。'
    const found = checkRepetition(text, [])
    expect(spans(text, found)).toEqual(['的的', '工作工作'])
    expect(found.map((f) => f.suggestion)).toEqual(['的', '工作'])
  })

  it('leaves legitimate reduplication alone (listed, AABB, ABB, and the configured whitelist)', () => {
    const text = '人人参与，常常学习，认认真真、扎扎实实地工作，田野绿油油的，研究研究再说，家家户户。'
    expect(checkRepetition(text, [])).toEqual([])
    expect(checkRepetition('并发发布，严格执行行动方案，研究究竟如何', [])).toEqual([])
    expect(checkRepetition('这是是一个中中国的例子', []).map((f) => f.suggestion)).toEqual(['是', '中'])
    expect(checkRepetition('乡乡通公路', [])).toHaveLength(1)
    expect(checkRepetition('乡乡通公路', ['乡乡'])).toEqual([])
  })
})

describe('punctuation', () => {
  it('warns on unbalanced pairs, at the unmatched mark', () => {
    const text = '根据《政府信息公开条例规定（试行）\n“请于本月底前报送。】'
    const found = checkPunctuation(text)
    expect(found.map((f) => [text[f.start], f.start])).toEqual([
      ['《', 2],
      ['“', text.indexOf('“')],
      ['】', text.indexOf('】')],
    ])
  })

  it('warns on half-width punctuation in Chinese, not in numbers, times or English', () => {
    const text = '各村,请于10:30前报送(一)材料.共计1,000元，ratio 3.5, OK?'
    const found = checkPunctuation(text)
    expect(found.map((f) => [text[f.start], f.suggestion])).toEqual([
      [',', '，'],
      ['(', '（'],
      [')', '）'],
      ['.', '。'],
    ])
  })
})

describe('links and attachments', () => {
  it('warns on missing and unpublished targets only', () => {
    const text = '详见附件和往期通知。'
    const found = checkLinks(text, [
      { end: 4, label: '附件.pdf', start: 2, status: 'missing' },
      { end: 9, label: '往期通知', start: 5, status: 'unpublished' },
      { end: 2, label: '详见', start: 0, status: 'ok' },
    ])
    expect(found.map((f) => [f.rule, f.severity, text.slice(f.start, f.end)])).toEqual([
      ['dead-link', 'warn', '附件'],
      ['dead-link', 'warn', '往期通知'],
    ])
  })
})

describe('all rules together', () => {
  it('returns findings in text order with excerpts around them', () => {
    const settings = emptySettings({ names: [{ kind: 'organ', name: '青石乡' }], terms: compileTerms(DEFAULT_CORRECTIONS) })
    const text = `清石乡公示：张某身份证${ID}，中国入民。`
    const found = checkText(text, settings)
    expect(found.map((f) => f.rule)).toEqual(['organ-name', 'personal-info', 'wording'])
    // The excerpt stars the number (it is stored and shown to all staff); the suggestion is the legal masked form.
    expect(found[1]!.excerpt).not.toContain(ID)
    expect(excerptParts(found[1]!)[1]).toBe('*'.repeat(ID.length))
    expect(found[1]!.suggestion).toMatch(/^\d{2}\*+\d{2}[\dX]$/)
    expect(found.map((f) => f.start)).toEqual([...found.map((f) => f.start)].sort((a, b) => a - b))
  })

  it('finds nothing in a clean notice', () => {
    const settings = emptySettings({ names: [{ kind: 'organ', name: '青石乡人民政府' }], terms: compileTerms(DEFAULT_CORRECTIONS) })
    const text =
      '青石乡人民政府关于开展2026年秋冬季森林防火工作的通知\n各村（居）委会、乡直各单位：\n为切实做好森林防火工作，保护人民群众生命财产安全，现将有关事项通知如下。\n联系电话：0591-87654321。'
    expect(checkText(text, settings)).toEqual([])
  })
})

describe('personal information in excerpts', () => {
  it('is starred in every finding’s excerpt, its own and a neighbour’s, with separators kept', () => {
    const text = '联系人手机138 1234 5678，中国入民政府。'
    const found = checkText(text, emptySettings({ terms: compileTerms(DEFAULT_CORRECTIONS) }))
    expect(found.map((f) => f.rule)).toEqual(['personal-info', 'wording'])
    for (const f of found) expect(f.excerpt.replace(/\D/g, '')).toBe('')
    expect(excerptParts(found[0]!)[1]).toBe('*** **** ****')
    expect(found[1]!.excerpt).toBe('…** ****，中国入民政府。')
    expect(found[0]!.suggestion).toBe('138 **** 5678')
  })
})

describe('excerpts', () => {
  it('split around the match, with context and ellipses', () => {
    const text = `这是一段很长的前文内容，联系人手机13812345678，后面还有很多其他文字内容。`
    const [f] = checkPersonalInfo(text, DEFAULT_MASKS)
    expect(excerptParts(f!)).toEqual(['…内容，联系人手机', '13812345678', '，后面还有很多其…'])
    const [g] = checkPersonalInfo('13812345678', DEFAULT_MASKS)
    expect(excerptParts(g!)).toEqual(['', '13812345678', ''])
  })
})

describe('WeChat limits', () => {
  it('block a title over 32 characters, marking the excess and suggesting the cut', () => {
    const title = '青山县青石乡人民政府关于开展二〇二六年秋冬季森林防火专项整治行动的通知'
    const [f, ...rest] = checkWechatLimits({ author: '青石乡党政综合办公室', title })
    expect(rest).toEqual([])
    expect(f).toMatchObject({ field: 'title', rule: 'wechat-limits', severity: 'block', start: 32, end: title.length })
    expect(f!.suggestion).toHaveLength(32)
    expect(checkWechatLimits({ abstract: '短摘要', title: '短标题' })).toEqual([])
  })
})
