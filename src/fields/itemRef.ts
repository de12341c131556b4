import type { Field } from 'payload'

/** Which publishable item a record is about: its collection, id and title at the time. */
export const itemRefFields: Field[] = [
  { name: 'collection', type: 'text', index: true, label: { en: 'Collection', zh: '栏目' }, required: true },
  { name: 'document', type: 'text', index: true, label: { en: 'Item id', zh: '条目编号' }, required: true },
  { name: 'documentTitle', type: 'text', label: { en: 'Item', zh: '条目' } },
]
