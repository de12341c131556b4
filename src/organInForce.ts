import type { Payload, PayloadRequest } from 'payload'

import type { Organ } from './payload-types'

/**
 * The organ's details as the public may receive them (replies, sheets, articles, letters, the report): the
 * version both reviews passed, or nothing before the first. A draft is saved beside it and never read here.
 */
export async function organInForce(payload: Payload, req?: PayloadRequest): Promise<Partial<Organ>> {
  const organ = await payload.findGlobal({ slug: 'organ', depth: 0, overrideAccess: true, req })
  return organ._status === 'published' ? organ : {}
}
