import type { CollectionConfig } from 'payload'

import { attachmentsField, richTextField, titleField } from '../src/fields/content'

/** 政策解读: published on its own (it passes the same reviews) and always tied to the policy it explains. */
export const PolicyInterpretations: CollectionConfig = {
  slug: 'policy-interpretations',
  admin: {
    defaultColumns: ['title', 'policy', 'form', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    titleField,
    {
      name: 'policy',
      type: 'relationship',
      index: true,
      label: { en: 'Policy interpreted', zh: '所解读的政策文件' },
      relationTo: 'policies',
      required: true,
    },
    {
      name: 'form',
      type: 'select',
      defaultValue: 'text',
      label: { en: 'Form', zh: '解读形式' },
      options: [
        { label: { en: 'Text', zh: '文字解读' }, value: 'text' },
        { label: { en: 'Graphic', zh: '图解' }, value: 'graphic' },
        { label: { en: 'Video', zh: '视频解读' }, value: 'video' },
      ],
    },
    richTextField('body', { en: 'Body', zh: '正文' }, true),
    attachmentsField,
  ],
  labels: {
    plural: { en: 'Policy interpretations', zh: '政策解读' },
    singular: { en: 'Policy interpretation', zh: '政策解读' },
  },
}
