import type { CollectionConfig } from 'payload'

import { adminMaintained } from '../src/access'
import { adminsMenu } from '../src/adminGroups'

/**
 * The dictionary behind the machine first pass: sensitive terms (敏感词/违禁词) and wrong → right wording
 * (严重表述错误). Admins maintain it; a change takes effect at the next check, without a restart.
 */
export const CheckTerms: CollectionConfig = {
  slug: 'check-terms',
  access: adminMaintained,
  admin: {
    defaultColumns: ['term', 'kind', 'replacement', 'severity'],
    ...adminsMenu,
    useAsTitle: 'term',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'term', type: 'text', index: true, label: { en: 'Term', zh: '词语' }, required: true },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'sensitive',
          label: { en: 'Kind', zh: '类别' },
          options: [
            { label: { en: 'Sensitive term', zh: '敏感词' }, value: 'sensitive' },
            { label: { en: 'Wording error (wrong → right)', zh: '错误表述（错 → 正）' }, value: 'correction' },
          ],
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'replacement',
          type: 'text',
          label: { en: 'Replacement', zh: '建议改为' },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: { kind?: string } }) =>
            siblingData.kind === 'correction' && !value?.trim() ? '错误表述须给出正确写法 / A wording error needs the right form' : true,
        },
        {
          name: 'severity',
          type: 'select',
          defaultValue: 'block',
          label: { en: 'Severity', zh: '处理方式' },
          options: [
            { label: { en: 'Block submission', zh: '拦截' }, value: 'block' },
            { label: { en: 'Warn the reviewer', zh: '提示' }, value: 'warn' },
          ],
          required: true,
        },
      ],
    },
    { name: 'note', type: 'text', label: { en: 'Note', zh: '说明' } },
  ],
  labels: { plural: { en: 'Check dictionary', zh: '检查词库' }, singular: { en: 'Term', zh: '词条' } },
}
