import { describe, expect, it } from 'vitest'

import type { YearRecords } from '../../src/report/records'

import { compiledValues, mergeCompiled } from '../../src/report/compile'
import { section3Columns, section3Rows } from '../../src/report/format'
import { nest, valueAt } from '../../src/report/paths'
import { validateReport } from '../../src/report/validate'

const row = (n: number) => Object.fromEntries(section3Columns.map(({ key }) => [key, key === 'total' ? 6 * n : n]))
const records: YearRecords = {
  feesYuan: 0,
  published: { noticeboard: 3, total: 40, website: 38, wechat: 12 },
  regulations: { normativeDocs: { inForce: 9, issued: 2, repealed: 1 }, rules: { inForce: 0, issued: 0, repealed: 0 } },
  requests: Object.fromEntries(
    section3Rows.map(({ key }) => [
      key,
      row(key === 'newReceived' ? 2 : key === 'carriedForward' ? 1 : key === 'granted' || key === 'resultTotal' ? 1 : 0),
    ]),
  ) as YearRecords['requests'],
}

describe('compiling the annual report', () => {
  it('fills every table 三 cell, section 二 regulations and the section 一 figures; the drafts quote the records', () => {
    const values = compiledValues(2026, records, null)
    expect(values['requests.newReceived.total']).toBe(12)
    expect(values['proactive.regulations.normativeDocs.inForce']).toBe(9)
    expect(values['figures.wechat']).toBe(12)
    expect(Object.keys(values).filter((p) => p.startsWith('requests.'))).toHaveLength(section3Rows.length * section3Columns.length)
    expect(values.otherMatters).toBe('本年度未收取信息处理费。无其他需要报告的事项。')
    // The drafted overview passes the validator's narrative check against the same records.
    const report = nest(values) as never
    const { errors } = validateReport({ ...(report as object), year: 2026 } as never, {
      deadline: '2027-01-31',
      organName: 'x',
      records: { newReceived: 12, published: 40 },
      today: '2027-01-10',
    })
    expect(errors.filter((e) => e.rule === 6)).toEqual([])
  })

  it("takes last year's carried-forward row as this year's carried-over, when that row is complete", () => {
    const lastYear = { natural: 4, commercial: 0, research: 0, publicInterest: 0, legalService: 1, other: 0, total: 5 }
    expect(compiledValues(2026, records, { carriedForward: lastYear })['requests.carriedOver.legalService']).toBe(1)
    expect(compiledValues(2026, records, { carriedForward: { ...lastYear, other: null } })['requests.carriedOver.legalService']).toBe(0)
  })

  it("keeps a person's value, overwrites its own earlier value and blanks, and overwrites everything when asked", () => {
    const current = nest({ a: 5, b: 7, c: null, d: 9 })
    const last = { a: 5, b: 3, d: 9 }
    const fresh = { a: 6, b: 8, c: 1, d: 9 }
    const merged = mergeCompiled((p) => valueAt(current, p), last, fresh, false)
    expect(merged.values).toEqual({ a: 6, b: 7, c: 1, d: 9 })
    expect(merged.kept).toEqual([{ compiled: 8, path: 'b', value: 7 }])
    // Never compiled before: a filled value is a person's.
    expect(mergeCompiled((p) => valueAt(current, p), null, fresh, false).kept.map((k) => k.path)).toEqual(['a', 'b'])
    expect(mergeCompiled((p) => valueAt(current, p), last, fresh, true)).toEqual({ kept: [], values: fresh })
  })

  it('nests dot paths over a document without losing its other fields', () => {
    expect(nest({ 'requests.granted.natural': 3 }, { requests: { granted: { natural: 1, research: 2 } }, title: 't' })).toEqual({
      requests: { granted: { natural: 3, research: 2 } },
      title: 't',
    })
  })
})
