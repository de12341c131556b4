import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { AnnualReports } from '../../collections/AnnualReports'
import { News } from '../../collections/News'
import { pathLabel } from '../../src/fields/pathLabel'
import { inLanguage } from '../../src/inLanguage'

describe('pathLabel: a finding’s field in the form’s words', () => {
  it('names a collection’s fields by their labels, in the reader’s language', () => {
    expect(pathLabel(News.fields, 'summary', 'zh')).toBe('摘要')
    expect(pathLabel(News.fields, 'body', 'zh')).toBe('正文')
    expect(pathLabel(News.fields, 'body', 'en')).toBe('Body')
  })

  it('walks tabs, groups, rows and array rows', () => {
    const fields: Field[] = [
      {
        type: 'tabs',
        tabs: [
          { fields: [{ name: 'lead', type: 'text', label: { en: 'Lead', zh: '导语' } }], label: '基本' },
          { name: 'extra', fields: [{ type: 'row', fields: [{ name: 'note', type: 'text', label: '备注' }] }], label: { en: 'Extra', zh: '补充' } },
        ],
      },
      {
        name: 'people',
        type: 'array',
        fields: [{ name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } }],
        label: { en: 'People', zh: '人员' },
      },
    ]
    expect(pathLabel(fields, 'lead', 'zh')).toBe('导语')
    expect(pathLabel(fields, 'extra.note', 'zh')).toBe('补充 · 备注')
    expect(pathLabel(fields, 'people.2.name', 'zh')).toBe('人员 · 第3项 · 姓名')
    expect(pathLabel(fields, 'people.2.name', 'en')).toBe('People · #3 · Name')
  })

  it('keeps what it cannot find as written, after the part it could', () => {
    expect(pathLabel(News.fields, 'nothing', 'zh')).toBe('nothing')
    expect(pathLabel(AnnualReports.fields, 'title.x', 'zh')).toMatch(/ · x$/)
  })
})

describe('inLanguage: the reader’s half of a `中文 / English` message', () => {
  it('splits at the last separator, so lists inside the Chinese half stay', () => {
    expect(inLanguage('未知操作，应为 submit / approve / Unknown action', 'zh')).toBe('未知操作，应为 submit / approve')
    expect(inLanguage('未知操作，应为 submit / approve / Unknown action', 'en')).toBe('Unknown action')
  })

  it('keeps quoted Chinese in the English half', () => {
    expect(inLanguage('“的”疑似重复 / “的” typed twice?', 'en')).toBe('“的” typed twice?')
    expect(inLanguage('“的”疑似重复 / “的” typed twice?', 'zh')).toBe('“的”疑似重复')
  })

  it('shows anything else as it is', () => {
    expect(inLanguage('作者 / 来源', 'zh')).toBe('作者 / 来源')
    expect(inLanguage('connect ECONNREFUSED 127.0.0.1:9', 'zh')).toBe('connect ECONNREFUSED 127.0.0.1:9')
  })
})
