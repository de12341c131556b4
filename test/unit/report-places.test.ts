import { describe, expect, it } from 'vitest'

import { placeOf } from '../../src/report/places'
import { ERROR_PATHS, type ReportInput, validateReport, type ValidationContext } from '../../src/report/validate'

const CONTEXT: ValidationContext = { deadline: '2027-01-31', organName: '青石乡人民政府', publishedOn: '2027-03-01', today: '2027-03-01' }
const ASCII_LETTER = /[A-Za-z]/

describe('placeOf: a report field in the words of the official format', () => {
  it('names every path validation can emit without a Latin letter, and no two paths alike', () => {
    const places = ERROR_PATHS.map(placeOf)
    for (const [i, place] of places.entries()) expect(place, ERROR_PATHS[i]).not.toMatch(ASCII_LETTER)
    expect(new Set(places).size).toBe(ERROR_PATHS.length)
  })

  it('ERROR_PATHS is every path an error carries: an empty, late report errs on each of them', () => {
    // Every cell blank (rule 5), every narrative empty, no signature, published after the deadline.
    const { errors } = validateReport({ year: 2026 } as ReportInput, CONTEXT)
    expect(new Set(errors.map((error) => error.path))).toEqual(new Set(ERROR_PATHS))
  })

  it('prints section, table, row headings and column as the official tables do', () => {
    expect(placeOf('proactive.regulations.rules.issued')).toBe('二、主动公开政府信息情况 · 第二十条第（一）项 · 规章 · 本年制发件数')
    expect(placeOf('requests.stateSecret.commercial')).toBe(
      '三、收到和处理政府信息公开申请情况 · 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 法人或其他组织 · 商业企业',
    )
    expect(placeOf('requests.newReceived.natural')).toBe('三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 自然人')
    expect(placeOf('appeals.directSuit.total')).toBe('四、政府信息公开行政复议、行政诉讼情况 · 行政诉讼 · 未经复议直接起诉 · 总计')
    expect(placeOf('problems')).toBe('五、存在的主要问题及改进情况')
    expect(placeOf('signedBy')).toBe('落款机关（全称）')
    expect(placeOf('publishedAt')).toBe('发布日期')
  })

  it('returns a path it does not know as it is', () => {
    for (const path of ['title', 'constructor', 'proactive.nope.rules.issued', 'requests.granted.nope', 'appeals.toString.total', 'requests']) {
      expect(placeOf(path)).toBe(path === 'requests' ? '三、收到和处理政府信息公开申请情况' : path)
    }
  })
})
