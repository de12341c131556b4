import { describe, expect, it } from 'vitest'

import { rateLimiter } from '../../src/requests/rateLimit'
import { validateSubmission } from '../../src/requests/submission'

const valid = {
  applicantName: '青石村股份经济合作社',
  applicantType: 'other',
  contact: 'qsc@example.cn',
  description: '请提供2026年村道硬化工程的验收报告。',
}

describe('disclosure request submission', () => {
  it('accepts a valid application, trims it and fills the defaults; unknown fields are dropped', () => {
    const result = validateSubmission({ ...valid, applicantName: '  青石村股份经济合作社 ', role: 'admin' }, { staff: false, today: '2026-11-29' })
    expect(result).toEqual({ value: { ...valid, formWanted: 'electronic', idNumber: undefined, receivedAt: undefined } })
  })

  it('names every invalid field at once', () => {
    const result = validateSubmission({ applicantType: 'x', contact: 'abc', formWanted: 'fax' }, { staff: false, today: '2026-11-29' })
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'applicantName',
      'description',
      'contact',
      'applicantType',
      'formWanted',
    ])
  })

  it('a date of receipt is for staff only, in YYYY-MM-DD and not in the future', () => {
    const field = (body: object, staff: boolean) => {
      const result = validateSubmission({ ...valid, ...body }, { staff, today: '2026-11-29' })
      return 'errors' in result ? result.errors[0]!.message : 'ok'
    }
    expect(field({ receivedAt: '2026-11-20' }, false)).toBe('收到日期由工作人员登记')
    expect(field({ receivedAt: '2026-11-20' }, true)).toBe('ok')
    expect(field({ receivedAt: '20/11/2026' }, true)).toBe('收到日期格式应为YYYY-MM-DD')
    expect(field({ receivedAt: '2026-12-01' }, true)).toBe('收到日期不能晚于今天')
  })

  it('contacts: a phone number, an email or a postal address', () => {
    for (const contact of ['0591-22334455', '138 0591 2345', 'a@b.cn', '福建省福州市青石乡政府路1号']) {
      expect('value' in validateSubmission({ ...valid, contact }, { staff: false, today: '2026-11-29' })).toBe(true)
    }
  })
})

describe('rate limiter', () => {
  it('allows the limit per window and per key, then tells how long to wait', () => {
    let now = 0
    const limit = rateLimiter(2, 60_000, () => now)
    expect([limit('a').allowed, limit('a').allowed, limit('b').allowed]).toEqual([true, true, true])
    now = 15_000
    expect(limit('a')).toEqual({ allowed: false, count: 3, retryAfterSeconds: 45 })
    now = 60_000
    expect(limit('a').allowed).toBe(true)
  })
})

describe('answer letter', () => {
  it('states the request, the decision in the words of table 三, the legal basis and the remedies', async () => {
    const { answerLetter } = await import('../../src/requests/answerLetter')
    const sheet = answerLetter(
      {
        applicantName: '王某',
        closedOn: '2026-10-20',
        description: '2025年村道工程验收报告',
        legalBasis: '《政府信息公开条例》第三十六条第（四）项',
        outcome: 'notHeld',
        receivedOn: '2026-09-30',
        trackingNumber: 'YSQ20260930-ABCDEF',
      },
      '青石乡人民政府',
    )
    const text = sheet.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n')
    expect(sheet).toMatchObject({ issuedOn: '2026-10-20', organName: '青石乡人民政府', title: '政府信息公开申请答复书' })
    expect(text).toContain('本机关于2026年9月30日收到您提出的政府信息公开申请（受理编号：YSQ20260930-ABCDEF）')
    expect(text).toContain('经审查，本机关作出如下答复：无法提供（本机关不掌握相关政府信息）。')
    expect(text).toContain('依据：《政府信息公开条例》第三十六条第（四）项')
    expect(text).toContain('六十日内依法申请行政复议')
    expect(text).toContain('六个月内依法向人民法院提起行政诉讼')
  })
})
