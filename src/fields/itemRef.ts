import type { Field, Where } from 'payload'

import { shownInWords } from './storedWords'

/** Which publishable item a record is about: its collection, id and title at the time. */
export const itemRefFields: Field[] = [
  { name: 'collection', type: 'text', admin: shownInWords('collections'), index: true, label: { en: 'Collection', zh: '栏目' }, required: true },
  { name: 'document', type: 'text', index: true, label: { en: 'Item id', zh: '条目编号' }, required: true },
  { name: 'documentTitle', type: 'text', label: { en: 'Item', zh: '条目' } },
]

/** Records about one item (deliveries, print jobs, audit entries), narrowed by further conditions. */
export const aboutItem = (collection: string, document: number | string, ...more: Where[]): Where => ({
  and: [{ collection: { equals: collection } }, { document: { equals: String(document) } }, ...more],
})
