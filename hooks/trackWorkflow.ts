import type { CollectionBeforeChangeHook } from 'payload'

import { refusal } from '../src/errors'

import { audit } from '../src/workflow/audit'
import { GATE } from '../src/workflow/gate'
import { lockRows } from '../src/workflow/rowLock'
import { itemHash } from '../src/workflow/itemHash'
import { restartAsDraft, type StoredWorkflow } from '../src/workflow/record'
import { PUBLISH_REFUSED } from './gateWrites'

const IN_REVIEW = new Set(['approved', 'pending-approval', 'pending-review'])

/**
 * Keeps `workflow` true to the content on every write. The gate's own writes pass once the published
 * content is checked against the approved hash. Any other write keeps the stored workflow (whatever the
 * client sent), records its author among the version's editors, and — when the content really changed —
 * voids the decisions taken on it (or, over a published item, opens a new draft round).
 */
export const trackWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (req.context[GATE]) {
    if (data._status === 'published') {
      const workflow = data.workflow as StoredWorkflow
      const hash = await itemHash(req, collection, data)
      if (workflow?.state !== 'published' || !workflow.hash || workflow.hash !== hash) {
        throw refusal('发布内容与审签版本不一致 / The content differs from the approved version', 409)
      }
    }
    return data
  }
  // Restoring a published version, for one, arrives here without passing the operation hook.
  if (data._status === 'published') throw refusal(PUBLISH_REFUSED, 403)

  const userId = req.user ? String(req.user.id) : null
  if (operation === 'create') {
    data.workflow = { editors: userId ? [userId] : [], history: [], state: 'draft' } satisfies StoredWorkflow
    return data
  }
  const stored = (originalDoc?.workflow ?? {}) as StoredWorkflow
  data.workflow = stored
  const [before, after] = await Promise.all([itemHash(req, collection, originalDoc ?? {}), itemHash(req, collection, data)])
  if (before === after) return data

  const state = stored.state ?? 'draft'
  const editors = [...new Set([...(stored.editors ?? []), ...(userId ? [userId] : [])])]
  if (state === 'draft') {
    data.workflow = { ...stored, editors }
  } else if (IN_REVIEW.has(state)) {
    data.workflow = { ...restartAsDraft(stored, null), editors }
    await lockRows(req, collection.slug, [originalDoc!.id])
    await audit(req, {
      action: 'void',
      collection: collection.slug,
      comment: '送审后内容被修改，已作废的审核须重新进行 / Content changed after submission: decisions voided',
      contentHash: after,
      document: originalDoc!.id,
      documentTitle: (data.title as string) ?? null,
      fromState: state,
      toState: 'draft',
    })
  } else {
    // A new draft over a published or withdrawn item: a new round, reviewed on its own.
    data.workflow = restartAsDraft(stored, userId)
  }
  return data
}
