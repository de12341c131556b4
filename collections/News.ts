import type { CollectionConfig } from 'payload'

import { imageField, richTextField, titleField } from '../src/fields/content'

export const News: CollectionConfig = {
  slug: 'news',
  admin: {
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    titleField,
    {
      name: 'summary',
      type: 'textarea',
      label: { en: 'Summary', zh: '摘要' },
      maxLength: 300,
    },
    richTextField('body', { en: 'Body', zh: '正文' }, true),
    imageField('cover', { en: 'Cover image', zh: '封面图' }),
    {
      name: 'category',
      type: 'select',
      defaultValue: 'work',
      label: { en: 'Category', zh: '栏目' },
      options: [
        { label: { en: 'Work news', zh: '工作动态' }, value: 'work' },
        { label: { en: 'Notices', zh: '通知公告' }, value: 'notice' },
        { label: { en: 'Village affairs', zh: '村务动态' }, value: 'village' },
        { label: { en: 'Public notice (公示)', zh: '公示公告' }, value: 'public-notice' },
      ],
    },
    {
      name: 'author',
      type: 'text',
      label: { en: 'Author / source', zh: '作者 / 来源' },
    },
  ],
  labels: {
    plural: { en: 'News', zh: '工作动态' },
    singular: { en: 'News item', zh: '工作动态' },
  },
}
