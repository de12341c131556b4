import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { actAs } from '../workflow/gate'
import { configuredLevels } from '../workflow/levels'
import type { WorkflowAction } from '../workflow/machine'

export type ReviewChain = { approver: TypedUser; reviewers: TypedUser[]; submitter: TypedUser }

async function step(payload: Payload, user: TypedUser, collection: CollectionSlug, id: number | string, action: WorkflowAction) {
  const result = await actAs(payload, user, collection, id, action)
  if (result.status !== 200) throw new Error(`${action} on ${collection}/${id} failed: ${JSON.stringify(result.body)}`)
}

/** The submitter submits and one reviewer per review level passes the item: it then waits for 审签. */
export async function submitAndReview(payload: Payload, collection: CollectionSlug, id: number | string, chain: ReviewChain) {
  await step(payload, chain.submitter, collection, id, 'submit')
  const reviewLevels = configuredLevels(payload.config).length - 1
  for (let level = 0; level < reviewLevels; level++) {
    await step(payload, chain.reviewers[level]!, collection, id, 'pass-review')
  }
}

/**
 * Takes an item through every level the way people would; the approver's approval publishes it (unless it
 * has a later publishAt).
 */
export async function reviewAndPublish(payload: Payload, collection: CollectionSlug, id: number | string, chain: ReviewChain) {
  await submitAndReview(payload, collection, id, chain)
  await step(payload, chain.approver, collection, id, 'approve')
}
