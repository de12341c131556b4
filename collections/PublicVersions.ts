import type { CollectionConfig } from 'payload'

import { PUBLIC_VERSION_SCOPE, PUBLIC_VERSIONS_SLUG, PUBLIC_VERSIONS_TABLE } from '../src/publicCache/token'

/**
 * The version of what anonymous readers can see: one token, replaced in the same transaction as every change
 * to public state. Every server process compares it before serving a cached public answer.
 */
export const PublicVersions: CollectionConfig = {
  slug: PUBLIC_VERSIONS_SLUG,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  dbName: PUBLIC_VERSIONS_TABLE,
  fields: [
    { name: 'scope', type: 'text', defaultValue: PUBLIC_VERSION_SCOPE, required: true, unique: true },
    { name: 'token', type: 'text', required: true },
  ],
  graphQL: false,
}
