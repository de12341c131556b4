import { describe, expect, it } from 'vitest'

import { section2Tables, section3Columns, section3Rows, section4Columns, section4Groups } from '../../src/report/format'

describe('annual report layout (国办公开办函〔2021〕30号)', () => {
  it('table 三 has the 25 official rows in order, with 8 / 3 / 5 / 3 sub-rows', () => {
    expect(section3Rows).toHaveLength(25)
    expect(section3Rows[0]!.label.zh).toBe('一、本年新收政府信息公开申请数量')
    expect(section3Rows.at(-1)!.label.zh).toBe('四、结转下年度继续办理')
    const groups = section3Rows.reduce<Record<string, number>>((acc, row) => {
      if ('group' in row && row.group && row.group !== '三、本年度办理结果') acc[row.group] = (acc[row.group] ?? 0) + 1
      return acc
    }, {})
    expect(groups).toEqual({ '（三）不予公开': 8, '（四）无法提供': 3, '（五）不予处理': 5, '（六）其他处理': 3 })
  })

  it('table 三 has seven columns: 自然人, five kinds of organisation, 总计 (no 法人 subtotal)', () => {
    expect(section3Columns.map((c) => c.label.zh)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])
  })

  it('table 四 is three groups of five: 15 numbers', () => {
    expect(section4Groups.length * section4Columns.length).toBe(15)
    expect(section4Columns.map((c) => c.label.zh)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])
  })

  it('section 二 has the four 第二十条 tables with their rows', () => {
    expect(Object.values(section2Tables).map((t) => t.title)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ])
    expect(section2Tables.regulations.rows.map((r) => r.label.zh)).toEqual(['规章', '行政规范性文件'])
    expect(section2Tables.enforcement.rows.map((r) => r.label.zh)).toEqual(['行政处罚', '行政强制'])
  })

  it('row keys are unique, so each cell has one field', () => {
    const keys = section3Rows.map((r) => r.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
