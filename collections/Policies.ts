import type { CollectionConfig } from 'payload'

import { attachmentsField, richTextField, titleField } from '../src/fields/content'

export const POLICY_KINDS = [
  { label: { en: 'Rule', zh: '规章' }, value: 'rule' },
  { label: { en: 'Normative document', zh: '行政规范性文件' }, value: 'normative' },
  { label: { en: 'Other document', zh: '其他文件' }, value: 'other' },
] as const

export const Policies: CollectionConfig = {
  slug: 'policies',
  admin: {
    defaultColumns: ['title', 'documentNumber', 'kind', 'validity', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    titleField,
    {
      type: 'row',
      fields: [
        {
          name: 'documentNumber',
          type: 'text',
          admin: { placeholder: '青政〔2026〕3号' },
          label: { en: 'Document number', zh: '发文字号' },
        },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'other',
          label: { en: 'Kind', zh: '文件类别' },
          options: [...POLICY_KINDS],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'writtenAt',
          type: 'date',
          admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
          label: { en: 'Written', zh: '成文日期' },
        },
        {
          name: 'effectiveAt',
          type: 'date',
          admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
          label: { en: 'Effective', zh: '施行日期' },
        },
      ],
    },
    {
      name: 'issuer',
      type: 'text',
      label: { en: 'Issued by', zh: '发文机关' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validity',
          type: 'select',
          defaultValue: 'valid',
          label: { en: 'Validity', zh: '有效性' },
          options: [
            { label: { en: 'In force', zh: '有效' }, value: 'valid' },
            { label: { en: 'Repealed', zh: '已废止' }, value: 'repealed' },
            { label: { en: 'Amended', zh: '已修改' }, value: 'amended' },
          ],
        },
        {
          name: 'repealedAt',
          type: 'date',
          admin: {
            condition: (_, siblingData) => siblingData?.validity === 'repealed',
            date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' },
          },
          label: { en: 'Repealed on', zh: '废止日期' },
          validate: (value: unknown, { siblingData }: { siblingData: { validity?: string } }) =>
            siblingData.validity === 'repealed' && !value ? '已废止的文件须填写废止日期 / A repealed document needs its repeal date' : true,
        },
      ],
    },
    richTextField('body', { en: 'Body', zh: '正文' }, true),
    attachmentsField,
    {
      name: 'interpretations',
      type: 'join',
      collection: 'policy-interpretations',
      label: { en: 'Interpretations', zh: '政策解读' },
      on: 'policy',
    },
  ],
  labels: {
    plural: { en: 'Policies', zh: '政策文件' },
    singular: { en: 'Policy', zh: '政策文件' },
  },
}
