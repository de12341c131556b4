import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bumpPublicVersion } from '../src/publicCache/token'

/**
 * A media save or delete may change what the public gets (a live file is frozen, src/workflow/mediaGate.ts, but a
 * save still rewrites its metadata): the cache front answers anew. The gate bumps for what it publishes itself.
 */
export const bumpAfterChange: CollectionAfterChangeHook = async ({ req }) => {
  await bumpPublicVersion(req)
}
export const bumpAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await bumpPublicVersion(req)
}
