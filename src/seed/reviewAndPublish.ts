import type { CollectionSlug, GlobalSlug, Payload, TypedUser } from 'payload'

import { type ActOptions, actAs } from '../workflow/gate'
import { settingsOf } from '../settings'
import type { WorkflowAction } from '../workflow/machine'

export type ReviewChain = { approver: TypedUser; reviewers: TypedUser[]; submitter: TypedUser }

type Slug = CollectionSlug | GlobalSlug

async function step(payload: Payload, user: TypedUser, collection: Slug, id: number | string, action: WorkflowAction, options?: ActOptions) {
  const result = await actAs(payload, user, collection, id, action, undefined, options)
  if (result.status !== 200) throw new Error(`${action} on ${collection}/${id} failed: ${JSON.stringify(result.body)}`)
}

/** The submitter submits and one reviewer per review level passes the item: it then waits for 审签. */
export async function submitAndReview(payload: Payload, collection: Slug, id: number | string, chain: ReviewChain, options?: ActOptions) {
  await step(payload, chain.submitter, collection, id, 'submit')
  const reviewLevels = settingsOf(payload.config).reviewLevels.length - 1
  for (let level = 0; level < reviewLevels; level++) {
    await step(payload, chain.reviewers[level]!, collection, id, 'pass-review', options)
  }
}

/**
 * Takes an item through every level the way people would; the approver's approval publishes it (unless it
 * has a later publishAt). `acknowledgeWarnings` has the first decider confirm the machine's warnings.
 */
export async function reviewAndPublish(payload: Payload, collection: Slug, id: number | string, chain: ReviewChain, options?: ActOptions) {
  await submitAndReview(payload, collection, id, chain, options)
  await step(payload, chain.approver, collection, id, 'approve')
}
