import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { fieldChanges, leavesOf } from '../../src/workflow/changes'
import { richText } from '../../src/richText'
import { marked } from '../helpers/diffParts'

const FIELDS: Field[] = [
  { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' } },
  { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' } },
  { name: 'indexNumber', type: 'text', label: { en: 'Index number', zh: '索引号' } },
  { name: 'serial', type: 'text', admin: { readOnly: true }, label: '系统编号' },
  { name: 'secret', type: 'text', access: { read: () => true }, label: '内部备注' },
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: { en: 'Kind', zh: '文件类别' },
        options: [{ label: { en: 'Rule', zh: '规章' }, value: 'rule' }, 'other'],
      },
    ],
  },
  {
    name: 'period',
    type: 'group',
    fields: [{ name: 'start', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: '公示开始' }],
    label: '公示期',
  },
  { name: 'agenda', type: 'array', fields: [{ name: 'item', type: 'text', label: '议题' }], label: '会议议程' },
  { name: 'attachments', type: 'upload', hasMany: true, label: '附件', relationTo: 'media' },
  { name: 'workflow', type: 'group', fields: [{ name: 'hash', type: 'text' }] },
]

const names = new Map([
  ['media:1', 'a.pdf'],
  ['media:2', 'b.pdf'],
  ['media:3', 'c.pdf'],
])

describe('fieldChanges', () => {
  const before = {
    agenda: [{ id: 'r1', item: '预算' }],
    attachments: [1, 2],
    body: richText('青石乡召开会议。'),
    indexNumber: 'A-1',
    kind: 'rule',
    period: { start: '2026-11-30T16:00:00.000Z' },
    secret: '甲',
    serial: '1',
    title: '会议',
    workflow: { hash: 'x' },
  }

  it('only changed fields the public is shown, labelled in Chinese, group labels in front', () => {
    const after = {
      ...before,
      agenda: [
        { id: 'r1', item: '预算' },
        { id: 'r2', item: '决算' },
      ],
      attachments: [{ id: 2 }, 3],
      indexNumber: 'A-2',
      kind: 'other',
      period: { start: '2026-12-01T16:00:00.000Z' },
      secret: '乙',
      serial: '2',
      workflow: { hash: 'y' },
    }
    expect(fieldChanges(leavesOf(FIELDS, before), leavesOf(FIELDS, after), names)).toEqual([
      { after: 'other', before: '规章', field: 'kind', kind: 'value', label: '文件类别' },
      { after: '2026-12-02', before: '2026-12-01', field: 'period.start', kind: 'value', label: '公示期 · 公示开始' },
      {
        after: '预算\n决算',
        before: '预算',
        field: 'agenda',
        kind: 'text',
        label: '会议议程',
        parts: marked('预算[+\n决算]'),
      },
      {
        after: ['b.pdf', 'c.pdf'],
        before: ['a.pdf', 'b.pdf'],
        field: 'attachments',
        kind: 'files',
        label: '附件',
        parts: marked('b.pdf[+c.pdf][-a.pdf]'),
      },
    ])
  })

  it('rich text is compared as its text: the same words in another editor state are no change', () => {
    const restyled = { ...before, body: { root: { ...richText('青石乡召开会议。')!.root, direction: null } } }
    expect(fieldChanges(leavesOf(FIELDS, before), leavesOf(FIELDS, restyled), names)).toEqual([])
  })

  it('never published: every field with content is new, empty ones are left out', () => {
    const changes = fieldChanges(null, leavesOf(FIELDS, { body: richText('正文'), title: '会议' }), names)
    expect(changes).toEqual([
      { after: '会议', before: null, field: 'title', kind: 'text', label: '标题', parts: marked('[+会议]') },
      { after: '正文', before: null, field: 'body', kind: 'richText', label: '正文', parts: marked('[+正文]') },
    ])
  })
})
