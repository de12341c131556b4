import type { CollectionConfig } from 'payload'

import { COUNTERS_SLUG, COUNTERS_TABLE } from '../src/disclosure/nextSerial'

/** Serial counters behind 索引号, one per organ and year; written only by nextSerial(). */
export const IndexCounters: CollectionConfig = {
  slug: COUNTERS_SLUG,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => Boolean(req.user?.roles?.includes('admin')),
    update: () => false,
  },
  admin: { hidden: true },
  dbName: COUNTERS_TABLE,
  fields: [
    { name: 'prefix', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true },
  ],
  graphQL: false,
}
