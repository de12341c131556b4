import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import { refusal } from '../src/errors'

import { audit } from '../src/workflow/audit'
import { GATE } from '../src/workflow/gate'
import { type Item, type ReviewTarget, targetFor } from '../src/workflow/target'
import { itemHash } from '../src/workflow/itemHash'
import { onContentChange } from '../src/workflow/machine'
import { restartAsDraft, type StoredWorkflow } from '../src/workflow/record'
import { PUBLISH_REFUSED } from './gateWrites'

type Change = {
  data: Record<string, unknown>
  /** The document written over, as its newest version; none on create. */
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  target: ReviewTarget
}

/**
 * Keeps `workflow` true to the content on every write. The gate's own writes pass once the published
 * content is checked against the approved hash. Any other write keeps the stored workflow (whatever the
 * client sent), records its author among the version's editors, and — when the content really changed —
 * acts as the machine says (src/workflow/machine.ts onContentChange).
 */
async function track({ data, originalDoc, req, target }: Change) {
  if (req.context[GATE]) {
    if (data._status === 'published') {
      const workflow = data.workflow as StoredWorkflow
      const hash = await itemHash(req, target, data)
      if (workflow?.state !== 'published' || !workflow.hash || workflow.hash !== hash) {
        throw refusal('发布内容与审签版本不一致 / The content differs from the approved version', 409)
      }
    }
    return data
  }
  // Restoring a published version, for one, arrives here without passing the operation hook.
  if (data._status === 'published') throw refusal(PUBLISH_REFUSED, 403)

  const userId = req.user ? String(req.user.id) : null
  if (!originalDoc) {
    data.workflow = { editors: userId ? [userId] : [], history: [], state: 'draft' } satisfies StoredWorkflow
    return data
  }
  const stored = (originalDoc?.workflow ?? {}) as StoredWorkflow
  data.workflow = stored
  const [before, after] = await Promise.all([itemHash(req, target, originalDoc), itemHash(req, target, data)])
  if (before === after) return data

  const state = stored.state ?? 'draft'
  const editors = [...new Set([...(stored.editors ?? []), ...(userId ? [userId] : [])])]
  const effect = onContentChange(state)
  if (effect === 'edit-draft') {
    data.workflow = { ...stored, editors }
  } else if (effect === 'void-review') {
    data.workflow = { ...restartAsDraft(stored, null), editors }
    await target.lock(req)
    await audit(req, {
      action: 'void',
      collection: target.slug,
      comment: '送审后内容被修改，已作废的审核须重新进行 / Content changed after submission: decisions voided',
      contentHash: after,
      document: target.id,
      documentTitle: target.title(data as Item),
      fromState: state,
      toState: 'draft',
    })
  } else {
    data.workflow = restartAsDraft(stored, userId)
  }
  return data
}

export const trackWorkflow: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) =>
  track({
    data,
    originalDoc: operation === 'create' ? undefined : (originalDoc ?? {}),
    req,
    // The gate's own view of the document: its fields, row lock and title, as act() uses them.
    target: targetFor(req.payload, collection.slug, originalDoc?.id ?? '')!,
  })

/** The same for a reviewed global: its first save starts it as a draft like any new item. */
export const trackGlobalWorkflow: GlobalBeforeChangeHook = ({ data, global, originalDoc, req }) =>
  track({
    data,
    originalDoc: originalDoc && Object.keys(originalDoc).length ? originalDoc : undefined,
    req,
    target: targetFor(req.payload, global.slug, global.slug)!,
  })
