import { describe, expect, it } from 'vitest'

import { creditCodeCheckChar, isValidCreditCode } from '../../src/disclosure/creditCode'
import { formatIndexNumber, INDEX_NUMBER_PATTERN } from '../../src/disclosure/indexNumber'
import { notPublicReason } from '../../src/disclosure/modes'
import { chinaDate, chinaYear } from '../../src/time'

describe('统一社会信用代码', () => {
  it('accepts codes whose check character is right', () => {
    // The 索引号 example in the national guideline: 11341702486344515H.
    expect(isValidCreditCode('11341702486344515H')).toBe(true)
    expect(isValidCreditCode('11339901MB1234567M')).toBe(true)
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true)
  })

  it('rejects a wrong check character, wrong length and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(isValidCreditCode('11341702486344515J')).toBe(false)
    expect(isValidCreditCode('11341702486344515')).toBe(false)
    expect(isValidCreditCode('1134170248634451I5H')).toBe(false)
    expect(isValidCreditCode('11341702486344O15H')).toBe(false)
    expect(creditCodeCheckChar('1134170248634451O')).toBeNull()
  })

  it('maps a sum divisible by 31 to check character 0', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0')
  })
})

describe('索引号 format', () => {
  it('pads the serial to five digits after the year', () => {
    expect(formatIndexNumber('11341702486344515H', 2021, 13)).toBe('11341702486344515H/2021-00013')
    expect(formatIndexNumber('11341702486344515H', 2026, 99999)).toMatch(INDEX_NUMBER_PATTERN)
  })

  it('refuses serials that do not fit five digits', () => {
    expect(() => formatIndexNumber('11341702486344515H', 2026, 0)).toThrow(RangeError)
    expect(() => formatIndexNumber('11341702486344515H', 2026, 100000)).toThrow(/序号/)
    expect(() => formatIndexNumber('11341702486344515H', 2026, 1.5)).toThrow(RangeError)
  })
})

describe('China dates', () => {
  it('takes the date and year in Beijing time, not UTC', () => {
    expect(chinaDate('2026-12-31T16:30:00.000Z')).toBe('2027-01-01')
    expect(chinaYear('2026-12-31T16:30:00.000Z')).toBe(2027)
    expect(chinaDate('2026-06-01T15:59:59.000Z')).toBe('2026-06-01')
  })
})

describe('公开方式 and the public', () => {
  it('only 主动公开 (or no mode, which defaults to it) may go out; the others name their reason', () => {
    expect(notPublicReason('proactive')).toBeNull()
    expect(notPublicReason(undefined)).toBeNull()
    expect(notPublicReason(null)).toBeNull()
    expect(notPublicReason('on-request')).toContain('依申请公开')
    expect(notPublicReason('withheld')).toContain('不予公开')
    expect(notPublicReason('secret')).toContain('未知')
  })
})
