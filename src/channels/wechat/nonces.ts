import type { Payload, PayloadRequest } from 'payload'

import { WechatNonces } from '../../../collections/WechatNonces'

const NONCES_SLUG = WechatNonces.slug as 'wechat-nonces'

/** The database adapter is called directly, as Payload's own KV store does: no hooks, no transaction of a request. */
const req = {} as PayloadRequest

/**
 * Records a callback's timestamp + nonce; false when it was recorded before (a replay). The unique key makes
 * two nodes receiving the same request at once agree: one insert wins. Entries past their window are dropped
 * on the way, since their timestamp is refused as stale anyway.
 */
export async function claimNonce(payload: Payload, key: string, expiresAt: Date): Promise<boolean> {
  await payload.db.deleteMany({ collection: NONCES_SLUG, req, where: { expiresAt: { less_than: new Date().toISOString() } } })
  try {
    await payload.db.create({ collection: NONCES_SLUG, data: { expiresAt: expiresAt.toISOString(), key }, req })
    return true
  } catch (error) {
    const { totalDocs } = await payload.db.count({ collection: NONCES_SLUG, req, where: { key: { equals: key } } })
    if (totalDocs > 0) return false
    throw error
  }
}
